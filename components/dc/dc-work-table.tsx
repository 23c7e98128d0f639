"use client";
// The DC console's compact table of fulfilment orders: one row each, its number opening the work
// screen. Column headers sort the rows on this page (the server pages oldest first); the sorted
// column says so to screen readers with aria-sort.
import Link from "next/link";
import { useState } from "react";
import { FulfillmentStatusBadge } from "@/components/orders/status-badges";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatAge } from "@/components/store/format";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { FulfillmentStatus } from "@/generated/prisma/enums";
import { workUnits, type FulfillmentWork, type WorkSourcingReason } from "@/lib/fulfillment/client";
import { workReasonText } from "@/components/orders/sourcing/reason-text";
import { formatDate, type Key } from "@/lib/i18n/client";

export type DcSortKey = "number" | "order" | "customer" | "promised" | "status" | "units" | "age";
type Direction = "ascending" | "descending";

/** Statuses in the order work flows, so sorting by status follows the floor. */
const FLOW: readonly FulfillmentStatus[] = ["CREATED", "RELEASED", "PICKING", "PACKED", "SHIPPED", "IN_TRANSIT_TO_STORE", "RECEIVED_AT_STORE", "READY_FOR_PICKUP", "DELIVERED", "PICKED_UP", "CANCELLED"];
/** Not yet handed to a carrier: a passed promise still matters. */
const BEFORE_SHIPPING: readonly FulfillmentStatus[] = ["CREATED", "RELEASED", "PICKING", "PACKED"];

export interface DcRow {
  work: FulfillmentWork;
  promised: string | null;
  units: number;
  picked: number;
  short: number;
  /** Minutes since release at the console's last refresh; null before release. */
  ageMinutes: number | null;
  late: boolean;
}

export function toRows(items: FulfillmentWork[], generatedAt: string): DcRow[] {
  const now = Date.parse(generatedAt);
  return items.map((work) => {
    const promised = work.promisedDate ?? work.order.promisedDate;
    const released = work.releasedAt ? Date.parse(work.releasedAt) : null;
    return {
      work,
      promised,
      ...workUnits(work),
      ageMinutes: released === null ? null : Math.max(0, Math.floor((now - released) / 60_000)),
      late: promised !== null && Date.parse(promised) < now && BEFORE_SHIPPING.includes(work.status),
    };
  });
}

/** Rows sorted by one column; rows without a value (no promise, not released) always come last. */
export function sortRows(rows: DcRow[], key: DcSortKey, direction: Direction, locale: string): DcRow[] {
  const text = new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
  const sign = direction === "ascending" ? 1 : -1;
  const value = (r: DcRow): string | number | null => {
    switch (key) {
      case "number":
        return r.work.number;
      case "order":
        return r.work.order.number;
      case "customer":
        return r.work.order.customerName;
      case "promised":
        return r.promised ? Date.parse(r.promised) : null;
      case "status":
        return FLOW.indexOf(r.work.status);
      case "units":
        return r.units;
      case "age":
        return r.ageMinutes;
    }
  };
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.index - b.index : a.v === null ? 1 : -1;
      const c = typeof a.v === "string" && typeof b.v === "string" ? text.compare(a.v, b.v) : (a.v as number) - (b.v as number);
      return c === 0 ? a.index - b.index : sign * c;
    })
    .map((x) => x.row);
}

const COLUMNS: Array<{ key: DcSortKey; label: Key; numeric?: boolean }> = [
  { key: "number", label: "dc.table.number" },
  { key: "order", label: "dc.table.order" },
  { key: "customer", label: "dc.table.customer" },
  { key: "promised", label: "dc.table.promised" },
  { key: "status", label: "dc.table.status" },
  { key: "units", label: "dc.table.units", numeric: true },
];

export function DcWorkTable({ items, generatedAt, timeZone, label, reasons }: { items: FulfillmentWork[]; generatedAt: string; timeZone: string; label: string; reasons?: Record<string, WorkSourcingReason> }) {
  const { t, locale } = useI18n();
  // Oldest release first, as the server pages them.
  const [sort, setSort] = useState<{ key: DcSortKey; direction: Direction }>({ key: "age", direction: "descending" });
  const rows = sortRows(toRows(items, generatedAt), sort.key, sort.direction, locale);

  function header(key: DcSortKey, text: string, numeric = false) {
    const active = sort.key === key;
    const next: Direction = active ? (sort.direction === "ascending" ? "descending" : "ascending") : key === "age" ? "descending" : "ascending";
    return (
      <Th key={key} aria-sort={active ? sort.direction : undefined} className={numeric ? "text-right" : undefined}>
        <button
          type="button"
          onClick={() => setSort({ key, direction: next })}
          className="inline-flex items-center gap-1 rounded font-semibold text-slate-800 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
        >
          {text}
          <span aria-hidden="true" className={active ? "text-slate-900" : "text-slate-500"}>
            {active ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </Th>
    );
  }

  return (
    <Table label={label}>
      <thead>
        <tr>
          {COLUMNS.map((c) => header(c.key, t(c.label), c.numeric))}
          <Th className="text-right">{t("dc.table.pickedShort")}</Th>
          {header("age", t("dc.table.age"), true)}
          <Th>{t("explain.atNode.label")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.work.id} className="hover:bg-slate-50">
            <th scope="row" className="px-3 py-2 text-left align-top font-medium">
              <Link href={`/dc/work/${encodeURIComponent(r.work.id)}`} className="font-mono text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
                {r.work.number}
              </Link>
            </th>
            <Td className="whitespace-nowrap font-mono">{r.work.order.number}</Td>
            <Td>{r.work.order.customerName}</Td>
            <Td className="whitespace-nowrap">
              {r.promised ? formatDate(r.promised, locale, timeZone) : <span className="text-slate-700">{t("dc.table.noPromise")}</span>}
              {r.late ? (
                <Badge tone="danger" className="ml-2">
                  {t("dc.table.late")}
                </Badge>
              ) : null}
            </Td>
            <Td className="whitespace-nowrap">
              <FulfillmentStatusBadge status={r.work.status} t={t} />
              {r.work.mode === "PICKUP" ? (
                <Badge tone="info" className="ml-2">
                  {t("dc.table.pickup")}
                </Badge>
              ) : null}
            </Td>
            <Td className="text-right tabular-nums">{r.units}</Td>
            <Td className={r.short > 0 ? "text-right font-medium tabular-nums text-amber-900" : "text-right tabular-nums"}>{t("dc.table.pickedShortValue", { picked: r.picked, short: r.short })}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{r.ageMinutes === null ? <span className="text-slate-700">{t("dc.table.notReleased")}</span> : formatAge(r.ageMinutes, t)}</Td>
            <Td className="min-w-48 max-w-xs text-xs text-slate-700">{reasons?.[r.work.id] ? workReasonText(reasons[r.work.id], t, locale) : t("explain.atNode.none")}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
