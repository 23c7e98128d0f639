"use client";
// One SKU's live drill-down: network totals, its stock history (chart and movement ledger), ATP by
// node, every node's position and the inbound supply for it. Polls every 4 seconds; sorting, the node
// filter and ledger pages are links, so every view has its address.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { PositionStatus } from "@/components/inventory/position-status";
import { Card, Stat } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { queryString } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { DISPLAY_TIME_ZONE, formatDate, formatNumber } from "@/lib/i18n/client";
import type { SkuPositionSort } from "@/lib/inventory/client";
import { FigureChart } from "./figure-chart";
import { LiveStatus } from "./live-status";
import { useSkuDrillDown, type SkuDrillDown, type SkuDrillDownParams } from "./queries";
import { StockHistory } from "./stock-history";

const SORTS: SkuPositionSort[] = ["atp-desc", "atp-asc", "node"];
const CHART_NODES = 15;

export function SkuDrillDownLive({ initialData, params }: { initialData: SkuDrillDown; params: SkuDrillDownParams }) {
  const { t, locale } = useI18n();
  const { data, isError } = useSkuDrillDown(initialData, params);
  const { inventory: inv, history } = data;
  const sort = (params.sort ?? "atp-desc") as SkuPositionSort;
  const n = (v: number) => formatNumber(v, locale);
  const href = (s: SkuPositionSort) => `/inventory/${encodeURIComponent(inv.sku.code)}${queryString({ sort: s === "atp-desc" ? null : s, node: params.node })}`;
  const chartData = inv.positions
    .filter((p) => p.atp > 0)
    .sort((a, b) => b.atp - a.atp)
    .slice(0, CHART_NODES)
    .map((p) => ({ label: p.node.code, atp: p.atp }));

  return (
    <div className="space-y-6">
      <LiveStatus generatedAt={history.generatedAt} failed={isError} />

      <section aria-label={t("inventory.sku.totalsLabel")} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Stat
          label={inv.scopedToStore ? t("inventory.sku.storeAtp") : t("inventory.sku.networkAtp")}
          value={n(inv.totals.atp)}
          hint={t("inventory.sku.nodesWithAtp", { count: n(inv.totals.nodesWithAtp) })}
        />
        <Stat label={t("inventory.sku.onHand")} value={n(inv.totals.onHand)} hint={t("inventory.sku.reservedHint", { reserved: n(inv.totals.reserved) })} />
        <Stat label={t("inventory.sku.inTransit")} value={n(inv.totals.inTransit)} />
        <Stat label={t("inventory.sku.onDemand")} value={n(inv.totals.onDemand)} hint={t("inventory.sku.onDemandHint")} />
      </section>

      <StockHistory history={history} nodes={inv.positions.map((p) => p.node)} sort={params.sort} scopedToStore={inv.scopedToStore} />

      {!inv.scopedToStore && chartData.length > 1 ? (
        <Card>
          <FigureChart
            id="atp-by-node"
            kind="bar"
            title={t("inventory.sku.chartTitle")}
            caption={t("inventory.sku.chartCaption")}
            data={chartData}
            series={[{ key: "atp", label: t("inventory.table.atp"), color: "#1d4ed8" }]}
            labelHeader={t("inventory.table.node")}
            height={200}
            showTableLabel={t("inventory.sku.showTable")}
          />
        </Card>
      ) : null}

      <section aria-labelledby="positions-heading">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
          <h2 id="positions-heading" className="text-lg font-semibold text-slate-900">
            {t("inventory.sku.positions")}
          </h2>
          <nav aria-label={t("inventory.sku.sortLabel")} className="flex flex-wrap items-center gap-1 text-sm">
            <span className="mr-1 text-slate-700">{t("inventory.sku.sortLabel")}:</span>
            {SORTS.map((s) => (
              <Link
                key={s}
                href={href(s)}
                aria-current={s === sort ? "true" : undefined}
                className={cn("rounded-md px-2.5 py-1 font-medium", s === sort ? "bg-brand-700 text-white" : "text-brand-700 hover:bg-brand-50")}
              >
                {t(`inventory.sku.sort.${s}`)}
              </Link>
            ))}
          </nav>
        </div>
        {inv.positions.length === 0 ? (
          <EmptyState title={t("inventory.sku.noPositions")} />
        ) : (
          <Table label={t("inventory.sku.positions")}>
            <thead>
              <tr>
                <Th aria-sort={sort === "node" ? "ascending" : undefined}>{t("inventory.table.node")}</Th>
                <Th className="text-right">{t("inventory.table.onHand")}</Th>
                <Th className="text-right">{t("inventory.table.reserved")}</Th>
                <Th className="text-right">{t("inventory.table.safetyStock")}</Th>
                <Th className="text-right">{t("inventory.table.inTransit")}</Th>
                <Th className="text-right">{t("inventory.table.onDemand")}</Th>
                <Th className="text-right" aria-sort={sort === "atp-desc" ? "descending" : sort === "atp-asc" ? "ascending" : undefined}>
                  <Link href={href(sort === "atp-desc" ? "atp-asc" : "atp-desc")} className="text-brand-700 underline-offset-2 hover:underline" aria-label={t("inventory.sku.sortAtp")}>
                    {t("inventory.table.atp")} {sort === "atp-desc" ? "↓" : sort === "atp-asc" ? "↑" : "↕"}
                  </Link>
                </Th>
                <Th>{t("inventory.table.status")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {inv.positions.map((p) => (
                <tr key={p.node.code}>
                  <Td>
                    <span className="font-medium">{p.node.code}</span>
                    <span className="block text-xs text-slate-600">
                      {p.node.name} · {p.node.city} · {t(`inventory.nodeType.${p.node.type}`)}
                    </span>
                  </Td>
                  <Td className="text-right tabular-nums">{n(p.onHand)}</Td>
                  <Td className="text-right tabular-nums">{n(p.reserved)}</Td>
                  <Td className="text-right tabular-nums">{n(p.safetyStock)}</Td>
                  <Td className="text-right tabular-nums">
                    {n(p.inTransit)}
                    {p.nextEta ? <span className="block text-xs text-slate-600">{t("inventory.table.eta", { date: formatDate(p.nextEta, locale, DISPLAY_TIME_ZONE) })}</span> : null}
                  </Td>
                  <Td className="text-right tabular-nums">{n(p.onDemand)}</Td>
                  <Td className="text-right font-semibold tabular-nums">{n(p.atp)}</Td>
                  <Td>
                    <PositionStatus stocked={p.stocked} outOfStock={p.outOfStock} belowSafety={p.belowSafety} t={t} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="inbound-heading">
        <h2 id="inbound-heading" className="mb-2 text-lg font-semibold text-slate-900">
          {t("inventory.sku.inbound")}
        </h2>
        {inv.inbound.length === 0 ? (
          <EmptyState title={t("inventory.sku.noInbound")} />
        ) : (
          <Table label={t("inventory.sku.inboundLabel")}>
            <thead>
              <tr>
                <Th>{t("inventory.sku.reference")}</Th>
                <Th>{t("inventory.sku.type")}</Th>
                <Th>{t("inventory.sku.from")}</Th>
                <Th>{t("inventory.sku.to")}</Th>
                <Th className="text-right">{t("inventory.sku.qty")}</Th>
                <Th>{t("inventory.sku.eta")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {inv.inbound.map((s) => (
                <tr key={`${s.reference}-${s.toNode.code}`}>
                  <Td className="font-mono">
                    <Link href={`/inventory/inbound/${encodeURIComponent(s.reference)}`} className="text-brand-700 underline underline-offset-2">
                      {s.reference}
                    </Link>
                  </Td>
                  <Td>{t(`inventory.inboundType.${s.type}`)}</Td>
                  <Td>{s.fromNode ? `${s.fromNode.code} · ${s.fromNode.name}` : (s.supplier ?? "—")}</Td>
                  <Td>
                    {s.toNode.code} · {s.toNode.name}
                  </Td>
                  <Td className="text-right tabular-nums">{n(s.qty)}</Td>
                  <Td>{formatDate(s.eta, locale, DISPLAY_TIME_ZONE)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </div>
  );
}
