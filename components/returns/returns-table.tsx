// The returns list: RMA, order, customer, status, method, receiving node, units received, refund.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatMoney, formatNumber, type Locale, type Translate } from "@/lib/i18n/client";
import type { ReturnListItem } from "@/lib/returns/client";
import { ReturnStatusBadge } from "./return-badges";

export function ReturnsTable({ items, t, locale, caption, timeZone }: { items: ReturnListItem[]; t: Translate; locale: Locale; caption: string; timeZone: string }) {
  return (
    <Table label={t("returns.title")}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>{t("returns.list.columns.number")}</Th>
          <Th>{t("returns.list.columns.requested")}</Th>
          <Th>{t("returns.list.columns.order")}</Th>
          <Th>{t("returns.list.columns.customer")}</Th>
          <Th>{t("returns.list.columns.status")}</Th>
          <Th>{t("returns.list.columns.method")}</Th>
          <Th>{t("returns.list.columns.node")}</Th>
          <Th className="text-right">{t("returns.list.columns.units")}</Th>
          <Th className="text-right">{t("returns.list.columns.refund")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {items.map((r) => (
          <tr key={r.id} className="hover:bg-slate-50">
            <Td className="whitespace-nowrap">
              <Link href={`/returns/${encodeURIComponent(r.number)}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {r.number}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">{formatDate(r.requestedAt, locale, timeZone)}</Td>
            <Td className="whitespace-nowrap">
              <Link href={`/orders/${encodeURIComponent(r.order.number)}`} className="text-slate-900 underline-offset-2 hover:underline">
                {r.order.number}
              </Link>
            </Td>
            <Td className="min-w-32">
              {r.customer.firstName} {r.customer.lastName}
              <span className="hidden text-xs text-slate-600 [overflow-wrap:anywhere] xl:block">{r.order.email}</span>
            </Td>
            <Td>
              <ReturnStatusBadge status={r.status} t={t} />
            </Td>
            <Td className="whitespace-nowrap">{t(`returns.method.${r.method}`)}</Td>
            <Td>
              {r.receivingNode ? (
                <>
                  <span className="hidden xl:inline">{r.receivingNode.name}</span>
                  <span className="block whitespace-nowrap font-mono text-xs text-slate-600 xl:mt-0.5">{r.receivingNode.code}</span>
                </>
              ) : (
                "–"
              )}
            </Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{t("returns.list.unitsOf", { received: formatNumber(r.receivedUnits, locale), units: formatNumber(r.units, locale) })}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">
              {formatMoney(r.refundMinor, r.order.currency, locale)}
              <span className="text-slate-600"> / {r.expectedRefundMinor ? formatMoney(r.expectedRefundMinor, r.order.currency, locale) : "–"}</span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
