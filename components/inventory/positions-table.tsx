// The page of inventory positions: one row per node and SKU with every stock figure side by side.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatNumber, type Locale, type Translate } from "@/lib/i18n/client";
import type { PositionRow } from "@/lib/inventory/client";
import { PositionStatus } from "./position-status";

export function PositionsTable({ rows, t, locale }: { rows: PositionRow[]; t: Translate; locale: Locale }) {
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Table label={t("inventory.table.label")}>
      <thead>
        <tr>
          <Th>{t("inventory.table.sku")}</Th>
          <Th>{t("inventory.table.node")}</Th>
          <Th className="text-right">{t("inventory.table.onHand")}</Th>
          <Th className="text-right">{t("inventory.table.reserved")}</Th>
          <Th className="text-right">{t("inventory.table.inTransit")}</Th>
          <Th className="text-right">{t("inventory.table.onDemand")}</Th>
          <Th className="text-right">{t("inventory.table.safetyStock")}</Th>
          <Th className="text-right">{t("inventory.table.atp")}</Th>
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
                {r.node.name} · {t(`inventory.nodeType.${r.node.type}`)}
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
            <Td>
              <PositionStatus stocked={r.stocked} outOfStock={r.outOfStock} belowSafety={r.belowSafety} t={t} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
