"use client";
// The inbound supply table, kept live: each shipment with its route, ETA (late ones marked), and
// units received against ordered, linking to its detail; a cursor link to the next page, and the
// CSV export of every shipment matching the filters.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { queryString } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatNumber } from "@/lib/i18n/client";
import type { InboundPage, InboundRow } from "@/lib/inventory/client";
import { InboundLiveStatus, InboundStatusBadge, LateBadge } from "./inbound-badges";
import { useInboundList, type InboundFilters } from "./queries";

function NodeCell({ row }: { row: InboundRow }) {
  const { t } = useI18n();
  if (row.from) return <>{row.from.name}</>;
  return <span className="text-slate-700">{row.supplier ? t("inbound.list.supplier", { name: row.supplier }) : "—"}</span>;
}

export function InboundList({ initialData, filters }: { initialData: InboundPage; filters: InboundFilters }) {
  const { t, locale } = useI18n();
  const query = useInboundList(initialData, filters);
  const data = query.data ?? initialData;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-medium text-slate-800">{t("inbound.list.summary", { total: n(data.total), late: n(data.lateOpen) })}</p>
        <div className="flex flex-wrap items-center gap-3">
          <InboundLiveStatus generatedAt={data.generatedAt} failed={query.isError} />
          {data.total > 0 ? (
            // Every shipment matching the filters, not only this page.
            <a href={`/api/inbound/export${queryString({ ...filters, cursor: undefined })}`} download className={buttonClass("secondary", "sm")} title={t("inbound.list.exportHint")}>
              {t("inbound.list.export", { total: n(data.total) })}
            </a>
          ) : null}
        </div>
      </div>
      {data.rows.length === 0 ? (
        <EmptyState title={t("inbound.list.empty")}>{t("inbound.list.emptyHint")}</EmptyState>
      ) : (
        <Table label={t("inbound.list.tableLabel")}>
          <caption className="sr-only">{t("inbound.list.caption")}</caption>
          <thead>
            <tr>
              <Th>{t("inbound.list.reference")}</Th>
              <Th>{t("inbound.list.typeCol")}</Th>
              <Th>{t("inbound.list.statusCol")}</Th>
              <Th>{t("inbound.list.from")}</Th>
              <Th>{t("inbound.list.to")}</Th>
              <Th>{t("inbound.list.eta")}</Th>
              <Th className="text-right">{t("inbound.list.units")}</Th>
              <Th className="text-right">{t("inbound.list.lines")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.rows.map((r) => (
              <tr key={r.reference} className={r.late ? "bg-red-50/60" : undefined}>
                <Td className="whitespace-nowrap font-mono">
                  <Link href={`/inventory/inbound/${encodeURIComponent(r.reference)}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {r.reference}
                  </Link>
                </Td>
                <Td>{t(`inbound.type.${r.type}`)}</Td>
                <Td className="whitespace-nowrap">
                  <InboundStatusBadge status={r.status} />
                </Td>
                <Td>
                  <NodeCell row={r} />
                </Td>
                <Td>{r.to.name}</Td>
                <Td className="whitespace-nowrap" suppressHydrationWarning>
                  <span className="mr-2">{formatDate(r.eta, locale)}</span>
                  {r.late ? <LateBadge daysLate={r.daysLate} /> : null}
                </Td>
                <Td className="text-right tabular-nums">
                  {n(r.receivedUnits)} / {n(r.units)}
                </Td>
                <Td className="text-right tabular-nums">{n(r.lines)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {filters.cursor || data.nextCursor ? (
        <nav aria-label={t("inbound.list.tableLabel")} className="flex gap-3">
          {filters.cursor ? (
            <LinkButton variant="secondary" size="sm" href={`/inventory/inbound${queryString({ ...filters, cursor: undefined })}`}>
              {t("inbound.list.first")}
            </LinkButton>
          ) : null}
          {data.nextCursor ? (
            <LinkButton variant="secondary" size="sm" href={`/inventory/inbound${queryString({ ...filters, cursor: data.nextCursor })}`}>
              {t("inbound.list.next")}
            </LinkButton>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
