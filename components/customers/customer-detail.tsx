// The customer page's sections: contact, addresses and their orders (each linking to the order).
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { OrderStatusBadge } from "@/components/orders/status-badges";
import type { CustomerDetail } from "@/lib/customers/client";
import { formatDate, formatDateTime, formatMoney, formatNumber, isLocale, type Locale, type Translate } from "@/lib/i18n/client";
import { AGENT_TIME_ZONE } from "@/lib/orders/client";

interface Props {
  customer: CustomerDetail;
  t: Translate;
  locale: Locale;
}

export function CustomerContact({ customer, t, locale }: Props) {
  const rows: Array<[string, React.ReactNode]> = [
    [t("customers.detail.number"), <span key="n" className="font-mono">{customer.number}</span>],
    [t("customers.detail.email"), <a key="e" href={`mailto:${customer.email}`} className="break-all text-brand-700 underline">{customer.email}</a>],
    [t("customers.detail.phone"), customer.phone ?? t("common.none")],
    [t("customers.detail.language"), isLocale(customer.locale) ? t(`common.languages.${customer.locale}`) : customer.locale],
    [t("customers.detail.since"), formatDate(customer.createdAt, locale, AGENT_TIME_ZONE)],
  ];
  return (
    <Card>
      <CardTitle>{t("customers.detail.contact")}</CardTitle>
      <dl className="text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="flex justify-between gap-4 py-1">
            <dt className="text-slate-600">{label}</dt>
            <dd className="text-right text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

export function CustomerAddresses({ customer, t }: Omit<Props, "locale">) {
  return (
    <Card>
      <CardTitle>{t("customers.detail.addresses")}</CardTitle>
      {customer.addresses.length === 0 ? (
        <p className="text-sm text-slate-600">{t("customers.detail.noAddresses")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {customer.addresses.map((a) => (
            <li key={a.id} className="rounded-md border border-slate-200 p-3 text-sm">
              <div className="mb-1 flex items-center gap-2">
                {a.label ? <span className="font-medium">{a.label}</span> : null}
                {a.isDefault ? <Badge tone="info">{t("customers.detail.default")}</Badge> : null}
              </div>
              <address className="not-italic leading-6">
                <span className="block">{a.line1}</span>
                {a.line2 ? <span className="block">{a.line2}</span> : null}
                <span className="block">
                  {a.postalCode} {a.city}
                </span>
                <span className="block">{a.country}</span>
              </address>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function CustomerOrders({ customer, t, locale }: Props) {
  return (
    <section aria-labelledby="customer-orders-title">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="customer-orders-title" className="text-base font-semibold text-slate-900">
          {t("customers.detail.orders")} ({formatNumber(customer.orderCount, locale)})
        </h2>
        {customer.orderCount > 0 ? (
          <Link href={`/orders?q=${encodeURIComponent(customer.email)}`} className="text-sm font-medium text-brand-700 underline">
            {t("customers.detail.allOrders")}
          </Link>
        ) : null}
      </div>
      {customer.orders.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700">{t("customers.detail.noOrders")}</p>
      ) : (
        <>
          <Table label={t("customers.detail.ordersLabel")}>
            <thead>
              <tr>
                <Th>{t("orders.list.number")}</Th>
                <Th>{t("orders.list.placed")}</Th>
                <Th>{t("orders.list.channel")}</Th>
                <Th>{t("orders.list.status")}</Th>
                <Th className="text-right">{t("orders.list.lines")}</Th>
                <Th className="text-right">{t("orders.list.total")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {customer.orders.map((o) => (
                <tr key={o.id} className="hover:bg-slate-50">
                  <Td>
                    <Link href={`/orders/${encodeURIComponent(o.number)}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      {o.number}
                    </Link>
                  </Td>
                  <Td className="whitespace-nowrap">{formatDateTime(o.placedAt, locale, AGENT_TIME_ZONE)}</Td>
                  <Td>{t(`orders.channel.${o.channel}`)}</Td>
                  <Td>
                    <OrderStatusBadge status={o.status} t={t} />
                  </Td>
                  <Td className="text-right tabular-nums">{o.lineCount}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(o.totalMinor, o.currency, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {customer.orderCount > customer.orders.length ? (
            <p className="mt-2 text-sm text-slate-700">{t("customers.detail.showingLatest", { shown: customer.orders.length, total: customer.orderCount })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
