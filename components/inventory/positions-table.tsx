// The page of inventory positions: one row per node and SKU with every stock figure side by side.
// Each figure's header is a link that sorts by it (again to reverse), and says how it is sorted.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatNumber, type Locale, type Translate } from "@/lib/i18n/client";
import type { PositionRow, PositionSort } from "@/lib/inventory/client";
import { PositionStatus } from "./position-status";

export interface TableSort {
  sort: PositionSort;
  dir: "asc" | "desc";
  /** The page's URL sorted this way (filters kept, back to page 1). */
  hrefFor: (sort: PositionSort, dir: "asc" | "desc") => string;
}

/** Figures read best highest first; the SKU, the ETA and the days of cover lowest first. */
const FIRST_DIR: Record<PositionSort, "asc" | "desc"> = {
  sku: "asc",
  onHand: "desc",
  reserved: "desc",
  safetyStock: "desc",
  atp: "desc",
  inTransit: "desc",
  nextEta: "asc",
  onDemand: "desc",
  daysOfCover: "asc",
};

function SortHeader({ column, label, sorting, t, numeric = true }: { column: PositionSort; label: string; sorting: TableSort; t: Translate; numeric?: boolean }) {
  const active = sorting.sort === column;
  const next = active ? (sorting.dir === "asc" ? "desc" : "asc") : FIRST_DIR[column];
  return (
    <Th className={numeric ? "text-right" : undefined} aria-sort={active ? (sorting.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={sorting.hrefFor(column, next)} className="inline-flex items-center gap-1 text-slate-800 underline-offset-2 hover:underline">
        {label}
        {active ? (
          <>
            <span aria-hidden="true">{sorting.dir === "asc" ? "▲" : "▼"}</span>
            <span className="sr-only">({sorting.dir === "asc" ? t("inventoryTable.sortedAsc") : t("inventoryTable.sortedDesc")})</span>
          </>
        ) : null}
      </Link>
    </Th>
  );
}

export function PositionsTable({ rows, t, locale, sorting }: { rows: PositionRow[]; t: Translate; locale: Locale; sorting: TableSort }) {
  const n = (v: number) => formatNumber(v, locale);
  const days = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: v < 10 ? 1 : 0 }).format(v);
  const caption = t("inventoryTable.table.caption", {
    sort: t(`inventoryTable.sort.${sorting.sort}`),
    dir: sorting.dir === "asc" ? t("inventoryTable.sortedAsc") : t("inventoryTable.sortedDesc"),
  });
  return (
    <Table label={t("inventory.table.label")}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <SortHeader column="sku" label={t("inventory.table.sku")} sorting={sorting} t={t} numeric={false} />
          <Th>{t("inventory.table.node")}</Th>
          <SortHeader column="onHand" label={t("inventory.table.onHand")} sorting={sorting} t={t} />
          <SortHeader column="reserved" label={t("inventory.table.reserved")} sorting={sorting} t={t} />
          <SortHeader column="inTransit" label={t("inventory.table.inTransit")} sorting={sorting} t={t} />
          <SortHeader column="onDemand" label={t("inventory.table.onDemand")} sorting={sorting} t={t} />
          <SortHeader column="safetyStock" label={t("inventory.table.safetyStock")} sorting={sorting} t={t} />
          <SortHeader column="atp" label={t("inventory.table.atp")} sorting={sorting} t={t} />
          <SortHeader column="daysOfCover" label={t("inventoryTable.table.daysOfCover")} sorting={sorting} t={t} />
          <Th>{t("inventory.table.status")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id} className="hover:bg-slate-50">
            <Td>
              <Link href={`/inventory/${encodeURIComponent(r.sku.code)}`} className="font-mono font-medium text-brand-700 underline-offset-2 hover:underline">
                {r.sku.code}
              </Link>
              <span className="block text-xs text-slate-600">{r.sku.name}</span>
            </Td>
            <Td>
              <span className="font-medium">{r.node.code}</span>
              <span className="block text-xs text-slate-600">
                {r.node.name} · {t(`inventory.nodeType.${r.node.type}`)} · {r.node.country}
              </span>
            </Td>
            <Td className="text-right tabular-nums">{n(r.onHand)}</Td>
            <Td className="text-right tabular-nums">{n(r.reserved)}</Td>
            <Td className="text-right tabular-nums">
              {n(r.inTransit)}
              {r.nextEta ? <span className="block text-xs text-slate-600">{t("inventory.table.eta", { date: formatDate(r.nextEta, locale) })}</span> : null}
            </Td>
            <Td className="text-right tabular-nums">{n(r.onDemand)}</Td>
            <Td className="text-right tabular-nums">{n(r.safetyStock)}</Td>
            <Td className="text-right font-semibold tabular-nums">{n(r.atp)}</Td>
            <Td className="text-right tabular-nums">
              {r.daysOfCover === null ? (
                <span className="text-xs text-slate-600">{t("inventoryTable.table.noDemand")}</span>
              ) : (
                <>
                  <span className={r.atRisk ? "font-semibold text-red-800" : undefined}>{days(r.daysOfCover)}</span>
                  <span className="block text-xs text-slate-600">{t("inventoryTable.table.perDay", { daily: days(r.dailyDemand) })}</span>
                </>
              )}
            </Td>
            <Td>
              <PositionStatus stocked={r.stocked} outOfStock={r.outOfStock} belowSafety={r.belowSafety} atRisk={r.atRisk} t={t} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
