// The read-only sections of the RMA page: summary, lines with what was received and where the units
// went, refund (expected against refunded, fees, the ledger rows), exchange and the return's events.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime, formatMoney, formatNumber, type Locale, type Translate } from "@/lib/i18n/client";
import type { ReturnDetail } from "@/lib/returns/client";
import { reasonLabel } from "./return-badges";

interface Props {
  ret: ReturnDetail;
  t: Translate;
  locale: Locale;
  timeZone: string;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-4 py-1">
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-right text-slate-900">{children}</dd>
    </div>
  );
}

export function ReturnSummaryCard({ ret, t, locale, timeZone }: Props) {
  const { order } = ret;
  return (
    <Card>
      <CardTitle>{t("returns.detail.summary")}</CardTitle>
      <dl className="text-sm">
        <Row label={t("returns.detail.order")}>
          <Link href={`/orders/${encodeURIComponent(order.number)}`} className="text-brand-700 underline">
            {order.number}
          </Link>
        </Row>
        <Row label={t("returns.detail.channel")}>{t(`orders.channel.${order.channel}`)}</Row>
        <Row label={t("returns.detail.customer")}>
          <Link href={`/customers/${order.customer.id}`} className="text-brand-700 underline">
            {order.customer.firstName} {order.customer.lastName}
          </Link>
          <span className="block break-all text-xs text-slate-600">{order.email}</span>
        </Row>
        <Row label={t("returns.filters.method")}>{t(`returns.method.${ret.method}`)}</Row>
        <Row label={t("returns.detail.receivingNode")}>{ret.receivingNode ? `${ret.receivingNode.name} (${ret.receivingNode.code})` : t("returns.detail.noNode")}</Row>
        <Row label={t("returns.detail.requested")}>{formatDateTime(ret.requestedAt, locale, timeZone)}</Row>
        {ret.receivedAt ? <Row label={t("returns.detail.received")}>{formatDateTime(ret.receivedAt, locale, ret.receivingNode?.timeZone ?? timeZone)}</Row> : null}
        {ret.refundedAt ? <Row label={t("returns.detail.refunded")}>{formatDateTime(ret.refundedAt, locale, timeZone)}</Row> : null}
      </dl>
    </Card>
  );
}

export function ReturnLinesTable({ ret, t, locale }: Props) {
  const money = (minor: number) => formatMoney(minor, ret.order.currency, locale);
  return (
    <section aria-labelledby="return-lines-title">
      <h2 id="return-lines-title" className="mb-3 text-base font-semibold text-slate-900">
        {t("returns.detail.lines.title")}
      </h2>
      {ret.lines.length === 0 ? (
        <p className="text-sm text-slate-600">{t("returns.detail.lines.empty")}</p>
      ) : (
        <Table label={t("returns.detail.lines.label")}>
          <thead>
            <tr>
              <Th>{t("returns.detail.lines.lineNo")}</Th>
              <Th>{t("returns.detail.lines.name")}</Th>
              <Th className="text-right">{t("returns.detail.lines.qty")}</Th>
              <Th className="text-right">{t("returns.detail.lines.received")}</Th>
              <Th>{t("returns.detail.lines.reason")}</Th>
              <Th>{t("returns.detail.lines.condition")}</Th>
              <Th>{t("returns.detail.lines.disposition")}</Th>
              <Th>{t("returns.detail.lines.routedTo")}</Th>
              <Th className="text-right">{t("returns.detail.lines.value")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {ret.lines.map((l) => {
              const overridden = l.disposition && l.proposedDisposition && l.disposition !== l.proposedDisposition;
              return (
                <tr key={l.id}>
                  <Td className="tabular-nums">{l.orderLine.lineNo}</Td>
                  <Td>
                    {l.orderLine.sku.name} <span className="block font-mono text-xs text-slate-600">{l.orderLine.sku.code}</span>
                    {l.exchangeSku ? <Badge tone="info" className="mt-1">{t("returns.detail.lines.exchangeFor", { sku: l.exchangeSku.code })}</Badge> : null}
                  </Td>
                  <Td className="text-right tabular-nums">{formatNumber(l.qty, locale)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(l.receivedQty, locale)}</Td>
                  <Td>{reasonLabel(l.reason, t)}</Td>
                  <Td>{l.condition ? t(`returns.condition.${l.condition}`) : <span className="text-slate-600">{t("returns.detail.lines.notYet")}</span>}</Td>
                  <Td>
                    {l.disposition ? t(`returns.disposition.${l.disposition}`) : "–"}
                    {overridden ? (
                      <span className="block text-xs text-slate-600">
                        {t("returns.detail.lines.proposed")}: {t(`returns.disposition.${l.proposedDisposition!}`)}
                        {l.overrideReason ? <span className="block">{t("returns.detail.lines.override", { reason: l.overrideReason })}</span> : null}
                      </span>
                    ) : null}
                  </Td>
                  <Td>{l.routedToNode ? `${l.routedToNode.name} (${l.routedToNode.code})` : "–"}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{l.valueMinor ? money(l.valueMinor) : "–"}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </section>
  );
}

export function RefundCard({ ret, t, locale, timeZone }: Props) {
  const money = (minor: number) => formatMoney(minor, ret.order.currency, locale);
  return (
    <Card>
      <CardTitle>{t("returns.detail.refund.title")}</CardTitle>
      <dl className="text-sm tabular-nums">
        <Row label={t("returns.detail.refund.expected")}>{ret.expectedRefundMinor || !ret.refundMinor ? money(ret.expectedRefundMinor) : "–"}</Row>
        {ret.restockingFeeMinor ? <Row label={t("returns.detail.refund.restockingFee")}>−{money(ret.restockingFeeMinor)}</Row> : null}
        {ret.returnShippingMinor ? <Row label={t("returns.detail.refund.returnShipping")}>−{money(ret.returnShippingMinor)}</Row> : null}
        {ret.shippingRefundMinor ? <Row label={t("returns.detail.refund.shippingRefund")}>{money(ret.shippingRefundMinor)}</Row> : null}
        <div className="mt-1 flex justify-between gap-4 border-t border-slate-200 pt-2 font-semibold">
          <dt>{t("returns.detail.refund.refunded")}</dt>
          <dd>{money(ret.refundMinor)}</dd>
        </div>
      </dl>
      {ret.refundedEarlyReason ? <p className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900">{t("returns.detail.refund.early", { reason: ret.refundedEarlyReason })}</p> : null}
      <h3 className="mt-4 mb-2 text-sm font-medium text-slate-800">{t("returns.detail.refund.ledger")}</h3>
      {ret.payments.length === 0 ? (
        <p className="text-sm text-slate-600">{t("returns.detail.refund.ledgerEmpty")}</p>
      ) : (
        <Table label={t("returns.detail.refund.ledger")} className="border-0">
          <thead>
            <tr>
              <Th>{t("returns.detail.refund.date")}</Th>
              <Th>{t("returns.detail.refund.type")}</Th>
              <Th className="text-right">{t("returns.detail.refund.amount")}</Th>
              <Th>{t("returns.detail.refund.method")}</Th>
              <Th>{t("returns.detail.refund.reference")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {ret.payments.map((p) => (
              <tr key={p.id}>
                <Td className="whitespace-nowrap">{formatDateTime(p.createdAt, locale, timeZone)}</Td>
                <Td>{t(`orders.paymentType.${p.type}`)}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(p.amountMinor, p.currency, locale)}</Td>
                <Td>{t("returns.order.payments.provider", { method: p.method, provider: p.provider })}</Td>
                <Td className="font-mono text-xs break-all">{p.reference ?? "–"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

export function ExchangeCard({ ret, t, locale }: Props) {
  const diff = ret.exchangeDifferenceMinor;
  const money = (minor: number) => formatMoney(minor, ret.order.currency, locale);
  return (
    <Card>
      <CardTitle>{t("returns.detail.exchange.title")}</CardTitle>
      {!ret.exchangeOrder ? (
        <p className="text-sm text-slate-600">{t("returns.detail.exchange.none")}</p>
      ) : (
        <dl className="text-sm">
          <Row label={t("returns.detail.exchange.order")}>
            <Link href={`/orders/${encodeURIComponent(ret.exchangeOrder.number)}`} className="text-brand-700 underline">
              {ret.exchangeOrder.number}
            </Link>{" "}
            <span className="text-slate-600">({t(`orders.status.${ret.exchangeOrder.status}`)})</span>
          </Row>
          <Row label={t("returns.detail.exchange.difference")}>
            {diff > 0 ? t("returns.detail.exchange.charged", { amount: money(diff) }) : diff < 0 ? t("returns.detail.exchange.refundedBack", { amount: money(-diff) }) : t("returns.detail.exchange.even")}
          </Row>
        </dl>
      )}
    </Card>
  );
}

/** "return.received" → "Return received" when the catalogue has no name for it. */
function eventLabel(type: string, t: Translate): string {
  const key = `orders.eventType.${type}`;
  const label = t(key as never);
  if (label !== key) return label;
  const words = type.replace(/[._-]+/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function ReturnTimeline({ ret, t, locale, timeZone }: Props) {
  return (
    <Card>
      <CardTitle>{t("returns.detail.timeline.title")}</CardTitle>
      {ret.events.length === 0 ? (
        <p className="text-sm text-slate-600">{t("returns.detail.timeline.empty")}</p>
      ) : (
        <ol aria-label={t("returns.detail.timeline.label")} className="relative space-y-4 border-l border-slate-200 pl-4">
          {ret.events.map((e) => (
            <li key={e.id} className="text-sm">
              <span aria-hidden="true" className="absolute -left-[5px] mt-1.5 h-2.5 w-2.5 rounded-full bg-brand-700" />
              <p className="font-medium text-slate-900">{eventLabel(e.type, t)}</p>
              <p className="text-xs text-slate-600">
                <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale, timeZone)}</time> · {t("returns.detail.timeline.by", { name: e.actorName })}
              </p>
              {e.reason ? <p className="text-slate-800">{t("returns.detail.timeline.reason", { reason: e.reason })}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
