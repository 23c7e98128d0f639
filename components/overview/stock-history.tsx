"use client";
// A SKU's stock history: the chart of on hand, reserved and in transit per day (with a summary and
// the daily table), the node filter, and the movement ledger a page at a time, each reference linking
// to its order or inbound shipment.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { queryString } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { DISPLAY_TIME_ZONE, formatDateTime, formatNumber } from "@/lib/i18n/client";
import type { SkuHistory } from "@/lib/inventory/client";
import { FigureChart } from "./figure-chart";
import { formatDay } from "./format";

/** Times are shown in the operations' time zone, as on the other back-office screens. */
const C = { onHand: "#0072B2", reserved: "#D55E00", inTransit: "#009E73" };

export function StockHistory({ history, nodes, sort, scopedToStore }: { history: SkuHistory; nodes: Array<{ code: string; name: string }>; sort: string | null; scopedToStore: boolean }) {
  const { t, locale } = useI18n();
  const n = (v: number) => formatNumber(v, locale);
  const signed = (v: number) => formatNumber(v, locale, { signDisplay: "exceptZero" });
  const base = `/inventory/${encodeURIComponent(history.sku)}`;
  const page = (cursor: string | null) => `${base}${queryString({ sort, node: scopedToStore ? null : history.node, cursor })}#stock-movements`;
  const first = history.series[0];
  const last = history.series[history.series.length - 1];
  const rows = history.series.map((d) => ({ label: formatDay(d.day, locale), onHand: d.onHand, reserved: d.reserved, inTransit: d.inTransit }));

  return (
    <section aria-labelledby="history-heading" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="history-heading" className="text-lg font-semibold text-slate-900">
            {t("overview.history.title")}
          </h2>
          <p className="text-sm text-slate-700">{t("overview.history.description", { days: n(history.days) })}</p>
        </div>
        {scopedToStore ? null : (
          <form method="get" action={base} className="flex items-end gap-2">
            {sort ? <input type="hidden" name="sort" value={sort} /> : null}
            <div>
              <label htmlFor="history-node" className="block text-sm font-medium text-slate-800">
                {t("overview.history.nodeFilter")}
              </label>
              <select id="history-node" name="node" defaultValue={history.node ?? ""} className={inputClass(false, "w-56")}>
                <option value="">{t("overview.history.allNodes")}</option>
                {nodes.map((node) => (
                  <option key={node.code} value={node.code}>
                    {node.code} · {node.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              {t("overview.history.apply")}
            </button>
          </form>
        )}
      </div>

      <Card>
        <FigureChart
          id="stock-history"
          kind="line"
          title={t("overview.history.chartTitle")}
          caption={t("overview.history.chartCaption")}
          summary={
            first && last
              ? t("overview.history.summary", {
                  firstDay: formatDay(first.day, locale),
                  lastDay: formatDay(last.day, locale),
                  from: n(first.onHand),
                  to: n(last.onHand),
                  reserved: n(last.reserved),
                  inTransit: n(last.inTransit),
                })
              : undefined
          }
          data={rows}
          series={[
            { key: "onHand", label: t("overview.history.onHand"), color: C.onHand },
            { key: "reserved", label: t("overview.history.reserved"), color: C.reserved },
            { key: "inTransit", label: t("overview.history.inTransit"), color: C.inTransit },
          ]}
          labelHeader={t("overview.history.day")}
          height={260}
          showTableLabel={t("overview.history.showTable")}
        />
      </Card>

      <Card aria-labelledby="stock-movements">
        <CardTitle id="stock-movements" className="mb-1">
          {t("overview.history.ledger")}
        </CardTitle>
        <p className="mb-3 text-sm text-slate-700">{t("overview.history.ledgerCount", { count: n(history.movementCount) })}</p>
        {history.movements.length === 0 ? (
          <EmptyState title={t("overview.history.noMovements")} />
        ) : (
          <Table label={t("overview.history.ledgerLabel")}>
            <thead>
              <tr>
                <Th>{t("overview.history.time")}</Th>
                <Th>{t("overview.columns.node")}</Th>
                <Th>{t("overview.history.kind")}</Th>
                <Th className="text-right">{t("overview.history.qty")}</Th>
                <Th className="text-right">{t("overview.history.onHandAfter")}</Th>
                <Th>{t("overview.history.reason")}</Th>
                <Th>{t("overview.history.reference")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {history.movements.map((m) => (
                <tr key={m.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(m.occurredAt, locale, DISPLAY_TIME_ZONE)}</Td>
                  <Td>
                    <span className="font-medium">{m.node.code}</span>
                    <span className="block text-xs text-slate-600">{m.node.name}</span>
                  </Td>
                  <Td>{t(`overview.history.kinds.${m.kind}`)}</Td>
                  <Td className={m.qty < 0 ? "text-right tabular-nums text-red-800" : "text-right tabular-nums text-emerald-800"}>{signed(m.qty)}</Td>
                  <Td className="text-right tabular-nums">{n(m.onHandAfter)}</Td>
                  <Td>{m.reason ?? "—"}</Td>
                  <Td className="font-mono text-xs">
                    {m.reference && m.referenceKind ? (
                      <Link
                        href={m.referenceKind === "order" ? `/orders/${encodeURIComponent(m.reference)}` : `/inventory/inbound/${encodeURIComponent(m.reference)}`}
                        className="text-brand-700 underline underline-offset-2"
                      >
                        {m.reference}
                      </Link>
                    ) : (
                      (m.reference ?? "—")
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <nav aria-label={t("overview.history.pagination")} className="mt-3 flex flex-wrap gap-2">
          {history.cursor ? (
            <Link href={page(null)} className={buttonClass("secondary", "sm")}>
              {t("overview.history.first")}
            </Link>
          ) : null}
          {history.nextCursor ? (
            <Link href={page(history.nextCursor)} className={buttonClass("secondary", "sm")}>
              {t("overview.history.next")}
            </Link>
          ) : null}
        </nav>
      </Card>
    </section>
  );
}
