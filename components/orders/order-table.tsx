// The order list: number, date, customer, channel, status, lines, total and delivery modes.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime, formatMoney, formatNumber, type Locale, type Translate } from "@/lib/i18n/client";
import { AGENT_TIME_ZONE, type OrderListItem } from "@/lib/orders/client";
import { OrderStatusBadge } from "./status-badges";

export function OrderTable({ items, t, locale, caption }: { items: OrderListItem[]; t: Translate; locale: Locale; caption: string }) {
  return (
    <Table label={t("orders.list.label")}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <Th>{t("orders.list.number")}</Th>
          <Th>{t("orders.list.placed")}</Th>
          <Th>{t("orders.list.customer")}</Th>
          <Th>{t("orders.list.channel")}</Th>
          <Th>{t("orders.list.status")}</Th>
          <Th className="text-right">{t("orders.list.lines")}</Th>
          <Th className="text-right">{t("orders.list.total")}</Th>
          <Th>{t("orders.list.modes")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {items.map((o) => (
          <tr key={o.id} className="hover:bg-slate-50">
            <Td className="whitespace-nowrap">
              <Link href={`/orders/${encodeURIComponent(o.number)}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {o.number}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">{formatDateTime(o.placedAt, locale, AGENT_TIME_ZONE)}</Td>
            <Td>
              <Link href={`/customers/${o.customer.id}`} className="text-slate-900 underline-offset-2 hover:underline">
                {o.customer.firstName} {o.customer.lastName}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">{t(`orders.channel.${o.channel}`)}</Td>
            <Td>
              <OrderStatusBadge status={o.status} t={t} />
            </Td>
            <Td className="text-right tabular-nums">{formatNumber(o.lineCount, locale)}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(o.totalMinor, o.currency, locale)}</Td>
            <Td>{o.deliveryModes.map((m) => t(`orders.mode.${m}`)).join(", ")}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
