// The customer list with each customer's order count and last order date.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { CustomerListItem } from "@/lib/customers/client";
import { formatDate, formatNumber, type Locale, type Translate } from "@/lib/i18n/client";
import { AGENT_TIME_ZONE } from "@/lib/orders/client";

export function CustomerTable({ items, t, locale }: { items: CustomerListItem[]; t: Translate; locale: Locale }) {
  return (
    <Table label={t("customers.list.label")}>
      <thead>
        <tr>
          <Th>{t("customers.list.name")}</Th>
          <Th>{t("customers.list.number")}</Th>
          <Th>{t("customers.list.email")}</Th>
          <Th>{t("customers.list.phone")}</Th>
          <Th>{t("customers.list.postcode")}</Th>
          <Th className="text-right">{t("customers.list.orders")}</Th>
          <Th>{t("customers.list.lastOrder")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {items.map((c) => (
          <tr key={c.id} className="hover:bg-slate-50">
            <Td>
              <Link href={`/customers/${c.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {c.lastName.toUpperCase()} {c.firstName}
              </Link>
            </Td>
            <Td className="font-mono text-xs">{c.number}</Td>
            <Td className="break-all">{c.email}</Td>
            <Td className="whitespace-nowrap">{c.phone ?? "–"}</Td>
            <Td>{c.postalCode ? `${c.postalCode} ${c.city ?? ""}` : "–"}</Td>
            <Td className="text-right tabular-nums">{formatNumber(c.orderCount, locale)}</Td>
            <Td className="whitespace-nowrap">{c.lastOrderAt ? formatDate(c.lastOrderAt, locale, AGENT_TIME_ZONE) : t("customers.list.never")}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
