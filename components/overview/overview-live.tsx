"use client";
// The network overview's live part: the headline figures, the alerts at a glance, stock by node type
// and region, SKUs out of stock everywhere (each linking to its drill-down), supply in transit by ETA
// week, demand against supply per category and on demand per node. Polls every 4 seconds.
import Link from "next/link";
import { AlertsSummary } from "@/components/alerts/alerts-summary";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { formatMoney, formatNumber } from "@/lib/i18n/client";
import type { NetworkOverview, StockGroup } from "@/lib/inventory/client";
import { FigureChart, type ChartRow, type TableColumn } from "./figure-chart";
import { formatDay } from "./format";
import { LiveStatus } from "./live-status";
import { useNetworkOverview } from "./queries";

// Okabe-Ito colours, each at least 3:1 against white.
const C = { units: "#0072B2", value: "#6B5B00", demand: "#D55E00", atp: "#009E73", transit: "#0072B2", late: "#B91C1C" };

export function OverviewLive({ initialData }: { initialData: NetworkOverview }) {
  const { t, locale } = useI18n();
  const { data: o, isError } = useNetworkOverview(initialData);
  const n = (v: number) => formatNumber(v, locale);
  const money = (v: number) => formatMoney(v, o.currency, locale);
  const compactMoney = (v: number) => new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: o.currency, notation: "compact", maximumFractionDigits: 1 }).format(v / 100);
  const country = (code: string) => {
    try {
      return new Intl.DisplayNames([locale === "fr" ? "fr-FR" : "en-GB"], { type: "region" }).of(code) ?? code;
    } catch {
      return code;
    }
  };

  const groupSeries = [
    { key: "units", label: t("overview.columns.units"), color: C.units },
    { key: "valueMinor", label: t("overview.columns.value"), color: C.value, right: true, format: money, axisFormat: compactMoney },
  ];
  const groupColumns: TableColumn[] = [
    { key: "nodes", label: t("overview.columns.nodes") },
    { key: "units", label: t("overview.columns.units") },
    { key: "valueMinor", label: t("overview.columns.value"), format: money },
    { key: "outOfStock", label: t("overview.columns.outOfStock") },
    { key: "belowSafety", label: t("overview.columns.belowSafety") },
  ];
  const groupRow = (label: string, g: StockGroup): ChartRow => ({ label, nodes: g.nodes, units: g.units, valueMinor: g.valueMinor, outOfStock: g.outOfStock, belowSafety: g.belowSafety });

  const late = o.inTransit.late;
  const transitRows: ChartRow[] = [
    ...(late.units > 0 ? [{ label: t("overview.transit.late"), units: late.units, shipments: late.shipments }] : []),
    ...o.inTransit.weeks.map((w) => ({ label: t("overview.transit.weekOf", { date: formatDay(w.weekStart, locale) }), units: w.units, shipments: w.shipments })),
  ];
  const transitTotal = transitRows.reduce((s, r) => s + Number(r.units), 0);
  const sp = o.stockProblems;

  return (
    <div className="space-y-6">
      <LiveStatus generatedAt={o.generatedAt} failed={isError} />

      <section aria-label={t("overview.cardsLabel")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
        <Stat label={t("overview.units")} value={n(o.totals.units)} hint={t("overview.unitsHint", { positions: n(o.totals.positions), nodes: n(o.totals.nodes) })} />
        <Stat label={t("overview.value")} value={money(o.totals.valueMinor)} hint={t("overview.valueHint")} />
        <Stat label={t("overview.stockOuts")} value={n(sp.outOfStockPositions)} hint={t("overview.stockOutsHint", { skus: n(sp.stockedOutSkus), demand: n(sp.stockedOutDemand) })} />
        <Stat label={t("overview.belowSafety")} value={n(sp.belowSafetyPositions)} hint={t("overview.belowSafetyHint", { demand: n(sp.belowSafetyDemand) })} />
        <Stat label={t("overview.waiting")} value={n(o.onDemandByNode.waiting)} hint={t("overview.waitingHint")} />
      </section>

      <AlertsSummary />

      <div className="grid gap-6 xl:grid-cols-2">
        <Card>
          <FigureChart
            id="stock-by-node-type"
            kind="bar"
            title={t("overview.byNodeType.title")}
            caption={t("overview.byNodeType.caption")}
            data={o.byNodeType.map((g) => groupRow(t(`overview.nodeType.${g.type}`), g))}
            series={groupSeries}
            columns={groupColumns}
            labelHeader={t("overview.columns.nodeType")}
            tableOpen
            height={220}
            showTableLabel={t("overview.showTable")}
          />
        </Card>
        <Card>
          <FigureChart
            id="stock-by-region"
            kind="bar"
            title={t("overview.byRegion.title")}
            caption={t("overview.byRegion.caption")}
            data={o.byRegion.map((g) => groupRow(country(g.country), g))}
            series={groupSeries}
            columns={groupColumns}
            labelHeader={t("overview.columns.region")}
            tableOpen={o.byRegion.length <= 4}
            height={220}
            showTableLabel={t("overview.showTable")}
          />
        </Card>
      </div>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card aria-labelledby="stocked-out-title">
          <CardTitle id="stocked-out-title">{t("overview.stockedOut.title")}</CardTitle>
          <p className="mb-3 text-sm text-slate-700">{t("overview.stockedOut.description")}</p>
          {sp.topStockedOut.length === 0 ? (
            <EmptyState title={t("overview.stockedOut.empty")} />
          ) : (
            <>
              <Table label={t("overview.stockedOut.tableLabel")}>
                <thead>
                  <tr>
                    <Th>{t("overview.columns.sku")}</Th>
                    <Th className="text-right">{t("overview.columns.onDemand")}</Th>
                    <Th className="text-right">{t("overview.columns.waiting")}</Th>
                    <Th className="text-right">{t("overview.columns.inTransit")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {sp.topStockedOut.map((s) => (
                    <tr key={s.code}>
                      <Td>
                        <Link href={`/inventory/${encodeURIComponent(s.code)}`} className="font-medium text-brand-700 underline underline-offset-2">
                          {s.code}
                        </Link>
                        <span className="block text-xs text-slate-600">{s.name}</span>
                      </Td>
                      <Td className="text-right tabular-nums">{n(s.onDemand)}</Td>
                      <Td className="text-right tabular-nums">{n(s.waiting)}</Td>
                      <Td className="text-right tabular-nums">{n(s.inTransit)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <p className="mt-2 text-xs text-slate-700">{t("overview.stockedOut.more", { shown: n(sp.topStockedOut.length), total: n(sp.stockedOutSkus) })}</p>
            </>
          )}
        </Card>
        <Card>
          {transitRows.length === 0 ? (
            <>
              <CardTitle>{t("overview.transit.title")}</CardTitle>
              <EmptyState title={t("overview.transit.empty")} />
            </>
          ) : (
            <FigureChart
              id="transit-by-week"
              kind="bar"
              title={t("overview.transit.title")}
              caption={t("overview.transit.caption")}
              summary={t("overview.transit.summary", { units: n(transitTotal), late: n(late.units) })}
              data={transitRows}
              series={[{ key: "units", label: t("overview.columns.units"), color: C.transit }]}
              barColors={transitRows.map((_, i) => (i === 0 && late.units > 0 ? C.late : C.transit))}
              columns={[
                { key: "units", label: t("overview.columns.units") },
                { key: "shipments", label: t("overview.columns.shipments") },
              ]}
              labelHeader={t("overview.columns.week")}
              showTableLabel={t("overview.showTable")}
            />
          )}
        </Card>
      </div>

      <Card>
        {o.byCategory.length === 0 ? (
          <>
            <CardTitle>{t("overview.demand.title")}</CardTitle>
            <EmptyState title={t("overview.demand.empty")} />
          </>
        ) : (
          <FigureChart
            id="demand-by-category"
            kind="hbar"
            title={t("overview.demand.title")}
            caption={t("overview.demand.caption")}
            data={o.byCategory.map((c) => ({ label: c.name, onDemand: c.onDemand, waiting: c.waiting, atp: c.atp, inTransit: c.inTransit }))}
            series={[
              { key: "onDemand", label: t("overview.columns.onDemand"), color: C.demand },
              { key: "atp", label: t("overview.columns.atp"), color: C.atp },
              { key: "inTransit", label: t("overview.columns.inTransit"), color: C.transit },
            ]}
            columns={[
              { key: "onDemand", label: t("overview.columns.onDemand") },
              { key: "waiting", label: t("overview.columns.waiting") },
              { key: "atp", label: t("overview.columns.atp") },
              { key: "inTransit", label: t("overview.columns.inTransit") },
            ]}
            labelHeader={t("overview.columns.category")}
            height={Math.max(200, o.byCategory.length * 44 + 60)}
            showTableLabel={t("overview.showTable")}
          />
        )}
      </Card>

      <Card>
        {o.onDemandByNode.top.length === 0 ? (
          <>
            <CardTitle>{t("overview.nodes.title")}</CardTitle>
            <EmptyState title={t("overview.nodes.empty")} />
          </>
        ) : (
          <FigureChart
            id="demand-by-node"
            kind="hbar"
            title={t("overview.nodes.title")}
            caption={t("overview.nodes.caption", { count: n(o.onDemandByNode.nodesWithDemand) })}
            data={o.onDemandByNode.top.map((d) => ({ label: d.code, name: d.name, onDemand: d.onDemand }))}
            series={[{ key: "onDemand", label: t("overview.columns.onDemand"), color: C.demand }]}
            rowLabel={(row) => (
              <>
                <span className="font-medium">{row.label}</span>
                <span className="block text-xs text-slate-600">{row.name}</span>
              </>
            )}
            labelHeader={t("overview.columns.node")}
            height={Math.max(200, o.onDemandByNode.top.length * 30 + 40)}
            showTableLabel={t("overview.showTable")}
          />
        )}
      </Card>
    </div>
  );
}
