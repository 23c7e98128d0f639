// The read-only sections of the order page. Each takes the order (from getOrderDetail) and the
// translator; node-side dates are shown in the node's time zone, order-side ones in the agent's.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatDateTime, formatMoney, formatNumber, type Locale, type Translate } from "@/lib/i18n/client";
import { DeliveryMode, OrderStatus } from "@/generated/prisma/enums";
import { AGENT_TIME_ZONE, type OrderDetail } from "@/lib/orders/client";
import { ledgerTotals } from "@/lib/payments/client";
import { FulfillmentStatusBadge, LineStatusBadge } from "./status-badges";

interface Props {
  order: OrderDetail;
  t: Translate;
  locale: Locale;
}

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-slate-600">{children}</p>;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-4 py-1">
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-right text-slate-900">{children}</dd>
    </div>
  );
}

export function OrderSummaryCards({ order, t, locale }: Props) {
  const money = (minor: number) => formatMoney(minor, order.currency, locale);
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Card>
        <CardTitle>{t("orders.detail.customer")}</CardTitle>
        <p className="font-medium">
          <Link href={`/customers/${order.customer.id}`} className="text-brand-700 underline">
            {order.customer.firstName} {order.customer.lastName}
          </Link>{" "}
          <span className="text-sm text-slate-600">({order.customer.number})</span>
        </p>
        <dl className="mt-2 text-sm">
          <Row label={t("orders.detail.email")}>
            <a href={`mailto:${order.email}`} className="break-all text-brand-700 underline">
              {order.email}
            </a>
          </Row>
          <Row label={t("orders.detail.phone")}>{order.phone ?? order.customer.phone ?? t("common.none")}</Row>
        </dl>
      </Card>
      <Card>
        <CardTitle>{t("orders.detail.shipTo")}</CardTitle>
        {order.shipLine1 ? (
          <address className="text-sm not-italic leading-6 text-slate-900">
            {order.shipName ? <span className="block">{order.shipName}</span> : null}
            <span className="block">{order.shipLine1}</span>
            {order.shipLine2 ? <span className="block">{order.shipLine2}</span> : null}
            <span className="block">
              {order.shipPostalCode} {order.shipCity}
            </span>
            <span className="block">{order.shipCountry}</span>
          </address>
        ) : (
          <Empty>{t("orders.detail.noShipTo")}</Empty>
        )}
      </Card>
      <Card>
        <CardTitle>{t("orders.detail.totals")}</CardTitle>
        <dl className="text-sm tabular-nums">
          <Row label={t("orders.detail.subtotal")}>{money(order.subtotalMinor)}</Row>
          <Row label={t("orders.detail.shipping")}>{money(order.shippingMinor)}</Row>
          {order.discountMinor ? <Row label={t("orders.detail.discount")}>−{money(order.discountMinor)}</Row> : null}
          <Row label={t("orders.detail.tax")}>{money(order.taxMinor)}</Row>
          <div className="mt-1 flex justify-between gap-4 border-t border-slate-200 pt-2 font-semibold">
            <dt>{t("orders.detail.total")}</dt>
            <dd>{money(order.totalMinor)}</dd>
          </div>
          <Row label={t("orders.detail.promoCode")}>{order.promoCode ? <Badge>{order.promoCode}</Badge> : t("orders.detail.noPromo")}</Row>
        </dl>
      </Card>
    </div>
  );
}

type OrderLine = OrderDetail["lines"][number];

/** `lineActions` adds a column with the per-line actions (the page passes them when the agent may act). */
export function OrderLinesTable({ order, t, locale, lineActions }: Props & { lineActions?: (line: OrderLine) => React.ReactNode }) {
  return (
    <section aria-labelledby="lines-title">
      <h2 id="lines-title" className="mb-3 text-base font-semibold text-slate-900">
        {t("orders.detail.lines.title")}
      </h2>
      {order.lines.length === 0 ? (
        <Empty>{t("orders.detail.lines.empty")}</Empty>
      ) : (
        <Table label={t("orders.detail.lines.title")}>
          <thead>
            <tr>
              <Th>{t("orders.detail.lines.lineNo")}</Th>
              <Th>{t("orders.detail.lines.sku")}</Th>
              <Th>{t("orders.detail.lines.name")}</Th>
              <Th className="text-right">{t("orders.detail.lines.qty")}</Th>
              <Th className="text-right">{t("orders.detail.lines.cancelled")}</Th>
              <Th className="text-right">{t("orders.detail.lines.unitPrice")}</Th>
              <Th>{t("orders.detail.lines.mode")}</Th>
              <Th>{t("orders.detail.lines.pickupStore")}</Th>
              <Th>{t("orders.detail.lines.status")}</Th>
              {lineActions ? <Th>{t("orders.detail.lines.actions")}</Th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {order.lines.map((l) => (
              <tr key={l.id}>
                <Td className="tabular-nums">{l.lineNo}</Td>
                <Td className="font-mono text-xs">{l.sku.code}</Td>
                <Td>{l.sku.name}</Td>
                <Td className="text-right tabular-nums">{formatNumber(l.qty, locale)}</Td>
                <Td className="text-right tabular-nums">{l.cancelledQty ? formatNumber(l.cancelledQty, locale) : "–"}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{formatMoney(l.unitPriceMinor, order.currency, locale)}</Td>
                <Td>{t(`orders.mode.${l.deliveryMode}`)}</Td>
                <Td>{l.pickupNode ? `${l.pickupNode.name} (${l.pickupNode.code})` : "–"}</Td>
                <Td>
                  <LineStatusBadge status={l.status} t={t} />
                </Td>
                {lineActions ? <Td>{lineActions(l)}</Td> : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

export function FulfillmentOrders({ order, t, locale }: Props) {
  return (
    <section aria-labelledby="fo-title">
      <h2 id="fo-title" className="mb-3 text-base font-semibold text-slate-900">
        {t("orders.detail.fulfillment.title")}
      </h2>
      {order.fulfillmentOrders.length === 0 ? (
        <Empty>{t("orders.detail.fulfillment.empty")}</Empty>
      ) : (
        <ul className="grid gap-3 lg:grid-cols-2">
          {order.fulfillmentOrders.map((fo) => {
            const tz = fo.node.timeZone;
            const dates: Array<[string, Date | null]> = [
              [t("orders.detail.fulfillment.released"), fo.releasedAt],
              [t("orders.detail.fulfillment.picked"), fo.pickedAt],
              [t("orders.detail.fulfillment.packed"), fo.packedAt],
              [t("orders.detail.fulfillment.shipped"), fo.shippedAt],
              [t("orders.detail.fulfillment.received"), fo.receivedAt],
              [t("orders.detail.fulfillment.ready"), fo.readyAt],
              [t("orders.detail.fulfillment.collectBy"), fo.status === "READY_FOR_PICKUP" ? fo.pickupExpiresAt : null],
              [t("orders.detail.fulfillment.delivered"), fo.deliveredAt],
              [t("orders.detail.fulfillment.pickedUp"), fo.pickedUpAt],
              [t("orders.detail.fulfillment.cancelled"), fo.cancelledAt],
            ];
            return (
              <li key={fo.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 className="font-semibold text-slate-900">
                      {fo.node.name} <span className="font-mono text-xs font-normal text-slate-600">{fo.node.code}</span>
                    </h3>
                    <p className="text-xs text-slate-600">
                      {t("orders.detail.fulfillment.number")} {fo.number}
                    </p>
                  </div>
                  <FulfillmentStatusBadge status={fo.status} t={t} />
                </div>
                <dl className="mt-2 text-sm">
                  <Row label={t("orders.detail.fulfillment.mode")}>{t(`orders.mode.${fo.deliveryMode}`)}</Row>
                  {fo.deliveryMode === "PICKUP" && fo.pickupNode ? (
                    <Row label={t("orders.detail.fulfillment.pickupAt")}>
                      {fo.pickupNode.name} ({fo.pickupNode.code})
                    </Row>
                  ) : null}
                  {fo.deliveryMode === "PICKUP" && fo.pickupCode ? (
                    <Row label={t("orders.detail.fulfillment.pickupCode")}>
                      <span className="font-mono font-semibold tracking-widest">{fo.pickupCode}</span>
                    </Row>
                  ) : null}
                  <Row label={t("orders.detail.fulfillment.promised")}>{fo.promisedDate ? formatDate(fo.promisedDate, locale, tz) : "–"}</Row>
                  {dates
                    .filter(([, d]) => d)
                    .map(([label, d]) => (
                      <Row key={label} label={label}>
                        {formatDateTime(d!, locale, tz)}
                      </Row>
                    ))}
                  {fo.trackingNumber ? (
                    <Row label={t("orders.detail.fulfillment.tracking")}>
                      {fo.carrier ? `${fo.carrier} ` : ""}
                      <span className="font-mono">{fo.trackingNumber}</span>
                    </Row>
                  ) : null}
                  {fo._count.parcels > 0 ? <Row label={t("orders.detail.fulfillment.parcels")}>{fo._count.parcels}</Row> : null}
                  {fo.handedOverBy ? (
                    <Row label={t("orders.detail.fulfillment.handedOver")}>
                      {fo.handedOverBy}
                      {fo.handoverCheck ? ` (${t(`orders.detail.fulfillment.handoverCheck.${fo.handoverCheck}`)})` : ""}
                    </Row>
                  ) : null}
                  {fo.cancelReason ? <Row label={t("orders.detail.fulfillment.cancelReason")}>{fo.cancelReason}</Row> : null}
                </dl>
                <h4 className="mt-2 text-sm font-medium text-slate-800">{t("orders.detail.fulfillment.items")}</h4>
                <ul className="text-sm text-slate-800">
                  {fo.lines.map((l) => (
                    <li key={l.id}>
                      {t("orders.detail.fulfillment.itemLine", { lineNo: l.orderLine.lineNo, sku: l.orderLine.sku.code, qty: l.qty })}
                      {l.shortQty ? <span className="ml-2 text-red-800">{t("orders.detail.fulfillment.short", { qty: l.shortQty })}</span> : null}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function PaymentsCard({ order, t, locale }: Props) {
  const totals = ledgerTotals(order.payments);
  const money = (minor: number) => formatMoney(minor, order.currency, locale);
  return (
    <Card>
      <CardTitle>{t("orders.detail.payments.title")}</CardTitle>
      {order.payments.length === 0 ? (
        <Empty>{t("orders.detail.payments.empty")}</Empty>
      ) : (
        <>
          <dl aria-label={t("returns.order.payments.totals")} className="mb-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
            {(
              [
                ["returns.order.payments.authorised", totals.authorizedMinor],
                ["returns.order.payments.captured", totals.capturedMinor],
                ["returns.order.payments.refunded", totals.refundedMinor],
                ["returns.order.payments.balance", totals.balanceMinor],
              ] as const
            ).map(([label, minor]) => (
              <div key={label} className="rounded-md bg-slate-50 p-2">
                <dt className="text-xs text-slate-600">{t(label)}</dt>
                <dd className="font-semibold tabular-nums text-slate-900">{money(minor)}</dd>
              </div>
            ))}
          </dl>
          <Table label={t("orders.detail.payments.title")} className="border-0">
            <thead>
              <tr>
                <Th>{t("orders.detail.payments.date")}</Th>
                <Th>{t("orders.detail.payments.type")}</Th>
                <Th className="text-right">{t("orders.detail.payments.amount")}</Th>
                <Th>{t("orders.detail.payments.method")}</Th>
                <Th>{t("orders.detail.payments.reference")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {order.payments.map((p) => (
                <tr key={p.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(p.createdAt, locale, AGENT_TIME_ZONE)}</Td>
                  <Td>{t(`orders.paymentType.${p.type}`)}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">
                    {p.type === "REFUND" || p.type === "APPEASEMENT" || p.type === "VOID" ? "−" : ""}
                    {formatMoney(p.amountMinor, p.currency, locale)}
                  </Td>
                  <Td>{p.method}</Td>
                  <Td className="font-mono text-xs break-all">{p.reference ?? "–"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </Card>
  );
}

export function ReturnsCard({ order, t, locale }: Props) {
  const money = (minor: number) => formatMoney(minor, order.currency, locale);
  return (
    <Card>
      <CardTitle>{t("orders.detail.returns.title")}</CardTitle>
      {order.returns.length === 0 ? (
        <Empty>{t("orders.detail.returns.empty")}</Empty>
      ) : (
        <ul className="space-y-3">
          {order.returns.map((r) => {
            const units = r.lines.reduce((s, l) => s + l.qty, 0);
            const received = r.lines.reduce((s, l) => s + l.receivedQty, 0);
            return (
              <li key={r.id} className="rounded-md border border-slate-200 p-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-semibold">
                    <Link href={`/returns/${encodeURIComponent(r.number)}`} className="text-brand-700 underline" aria-label={t("returns.order.rmaLink", { number: r.number })}>
                      {r.number}
                    </Link>
                  </h3>
                  <Badge tone={r.status === "REJECTED" ? "danger" : r.status === "REFUNDED" || r.status === "EXCHANGED" ? "success" : "info"}>{t(`orders.returnStatus.${r.status}`)}</Badge>
                </div>
                <p className="text-slate-600">{t("orders.detail.returns.requested", { date: formatDate(r.requestedAt, locale, AGENT_TIME_ZONE) })}</p>
                <dl className="mt-1">
                  <Row label={t("orders.detail.returns.method")}>{t(`orders.returnMethod.${r.method}`)}</Row>
                  {r.receivingNode ? <Row label={t("orders.detail.returns.receivingNode")}>{r.receivingNode.name}</Row> : null}
                  <Row label={t("orders.detail.returns.reason")}>{reasonLabel(r.reason, t)}</Row>
                  <Row label={t("returns.order.received")}>{t("returns.order.unitsOf", { received: formatNumber(received, locale), units: formatNumber(units, locale) })}</Row>
                  <Row label={t("returns.order.expected")}>{r.expectedRefundMinor ? money(r.expectedRefundMinor) : "–"}</Row>
                  <Row label={t("returns.order.refunded")}>{money(r.refundMinor)}</Row>
                  {r.exchangeOrder ? (
                    <Row label={t("returns.detail.exchange.order")}>
                      <Link href={`/orders/${encodeURIComponent(r.exchangeOrder.number)}`} className="text-brand-700 underline">
                        {r.exchangeOrder.number}
                      </Link>
                    </Row>
                  ) : null}
                </dl>
                <ul className="mt-1 text-slate-700">
                  {r.lines.map((l) => (
                    <li key={l.id}>
                      {t("orders.detail.returns.lineItem", { lineNo: l.orderLine.lineNo, sku: l.orderLine.sku.code, qty: l.qty, reason: reasonLabel(l.reason, t) })}
                      {l.disposition ? <Badge className="ml-2">{t(`orders.disposition.${l.disposition}`)}</Badge> : null}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

/** A return reason code in the user's language (the rules' catalogue names them); an unknown code as is. */
function reasonLabel(code: string, t: Translate): string {
  const key = `admin.rules.reasons.codes.${code}`;
  const label = t(key as never);
  return label === key ? code : label;
}

type OrderHold = OrderDetail["holds"][number];

/** `holdAction` renders the release control next to each open hold. */
export function HoldsCard({ order, t, locale, holdAction }: Props & { holdAction?: (hold: OrderHold) => React.ReactNode }) {
  return (
    <Card>
      <CardTitle>{t("orders.detail.holds.title")}</CardTitle>
      {order.holds.length === 0 ? (
        <Empty>{t("orders.detail.holds.empty")}</Empty>
      ) : (
        <ul className="space-y-3">
          {order.holds.map((h) => (
            <li key={h.id} className="text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{t(`orders.holdType.${h.type}`)}</span>
                <Badge tone={h.releasedAt ? "neutral" : "warning"}>{h.releasedAt ? t("orders.detail.holds.released") : t("orders.detail.holds.open")}</Badge>
              </div>
              <p className="text-slate-800">{h.reason}</p>
              <p className="text-xs text-slate-600">{t("orders.detail.holds.placedAt", { date: formatDateTime(h.createdAt, locale, AGENT_TIME_ZONE) })}</p>
              {!h.releasedAt && holdAction ? holdAction(h) : null}
              {h.releasedAt ? (
                <p className="text-xs text-slate-600">
                  {t("orders.detail.holds.releasedBy", { date: formatDateTime(h.releasedAt, locale, AGENT_TIME_ZONE), name: h.releasedBy ?? "–" })}
                  {h.releaseNote ? ` — ${h.releaseNote}` : ""}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function NotesCard({ order, t, locale }: Props) {
  return (
    <Card>
      <CardTitle>{t("orders.detail.notes.title")}</CardTitle>
      {order.notes.length === 0 ? (
        <Empty>{t("orders.detail.notes.empty")}</Empty>
      ) : (
        <ul className="space-y-3">
          {order.notes.map((n) => (
            <li key={n.id} className="text-sm">
              <p className="whitespace-pre-line text-slate-900">{n.body}</p>
              <p className="text-xs text-slate-600">{t("orders.detail.notes.by", { name: n.author.name, date: formatDateTime(n.createdAt, locale, AGENT_TIME_ZONE) })}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** "ORDER_CREATED" / "order.created" → "Order created" when the catalogue has no name for it. */
function humanise(type: string): string {
  const words = type.replace(/[._-]+/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function eventLabel(type: string, t: Translate): string {
  const key = `orders.eventType.${type}`;
  const label = t(key as never);
  return label === key ? humanise(type) : label;
}

/** Changes recorded as { from, to } in the event data (status, quantity, delivery method). */
function transition(data: unknown): { from: string | number; to: string | number } | null {
  if (data && typeof data === "object" && "from" in data && "to" in data) {
    const { from, to } = data as { from: unknown; to: unknown };
    const ok = (v: unknown): v is string | number => typeof v === "string" || typeof v === "number";
    if (ok(from) && ok(to)) return { from, to };
  }
  return null;
}

function valueName(value: string | number, t: Translate): string {
  if (typeof value === "number") return String(value);
  if (value in OrderStatus) return t(`orders.status.${value as OrderStatus}`);
  if (value in DeliveryMode) return t(`orders.mode.${value as DeliveryMode}`);
  return value;
}

/** Where an event happened, from its data: node, fulfilment order, line. */
function eventContext(data: unknown, t: Translate): string[] {
  if (!data || typeof data !== "object") return [];
  const d = data as Record<string, unknown>;
  const out: string[] = [];
  if (typeof d.node === "string") out.push(d.node);
  if (typeof d.fulfillmentOrder === "string") out.push(d.fulfillmentOrder);
  if (typeof d.line === "number" || typeof d.line === "string") out.push(t("orders.detail.timeline.line", { line: d.line }));
  return out;
}

export function Timeline({ order, t, locale }: Props) {
  return (
    <Card>
      <CardTitle>{t("orders.detail.timeline.title")}</CardTitle>
      {order.events.length === 0 ? (
        <Empty>{t("orders.detail.timeline.empty")}</Empty>
      ) : (
        <ol aria-label={t("orders.detail.timeline.label")} className="relative space-y-4 border-l border-slate-200 pl-4">
          {order.events.map((e) => {
            const move = transition(e.data);
            const where = eventContext(e.data, t);
            return (
              <li key={e.id} className="text-sm">
                <span aria-hidden="true" className="absolute -left-[5px] mt-1.5 h-2.5 w-2.5 rounded-full bg-brand-700" />
                <p className="font-medium text-slate-900">
                  {eventLabel(e.type, t)}
                  {move ? <span className="font-normal text-slate-700"> · {valueName(move.from, t)} → {valueName(move.to, t)}</span> : null}
                  {where.length ? <span className="font-normal text-slate-700"> · {where.join(" · ")}</span> : null}
                </p>
                <p className="text-xs text-slate-600">
                  <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, locale, AGENT_TIME_ZONE)}</time> · {t("orders.detail.timeline.by", { name: e.actorName })} ({t(`orders.actorType.${e.actorType}`)})
                </p>
                {e.reason ? <p className="text-slate-800">{t("orders.detail.timeline.reason", { reason: e.reason })}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
