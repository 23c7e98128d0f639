// Capture: the rows the order's one write inserts (capture/write.ts), laid out from what the steps
// decided, once the order number is drawn and the payment settled: customer and address when new,
// order, lines, holds, fulfilment work, reservations, sourcing decision, payment or payment link,
// timeline, and the confirmation to the buyer.
import { randomInt } from "node:crypto";
import { actorColumns, type Actor } from "@/lib/auth";
import { newId } from "@/lib/db";
import type { HoldDecision } from "../../holds";
import type { PricedOrder } from "../../pricing";
import type { CaptureOrderInput } from "../../schemas";
import type { CapturePayment } from "./authorise";
import { confirmationRow } from "./notify";
import type { CaptureContext } from "./read-context";
import { newCustomerNumber, type ResolvedCustomer } from "./resolve-customer";
import type { SourcedOrder } from "./source";

type Json = Record<string, unknown>;

export interface DraftRows {
  customer: Json[];
  address: Json[];
  order: Json[];
  lines: Json[];
  holds: Json[];
  fulfillmentOrders: Json[];
  fulfillmentLines: Json[];
  reservations: Json[];
  decisions: Json[];
  payments: Json[];
  paymentLinks: Json[];
  events: Json[];
  outbox: Json[];
}

/** What the capture's steps decided about one order. */
export interface Decided {
  actor: Actor;
  input: CaptureOrderInput;
  ctx: CaptureContext;
  orderId: string;
  now: Date;
  currency: string;
  customer: ResolvedCustomer;
  priced: PricedOrder;
  holds: HoldDecision[];
  sourced: SourcedOrder;
}

export function layOutRows(d: Decided, number: string, payment: CapturePayment): DraftRows {
  const { actor, input, ctx, orderId, now, currency, customer, priced, holds, sourced } = d;
  const { plan, instance, lines, linePromise, status, lineStatuses, foStatus } = sourced;
  const release = holds.length === 0;
  instance.order.id = number;
  plan.orderId = number;
  const who = actorColumns(actor);
  // Row times are the clock's; business times (placed, released, promised) are `now`'s.
  const at = new Date();
  // Timeline entries one millisecond apart, so they read in the order they happened.
  let tick = at.getTime();
  const events: Json[] = [];
  const event = (type: string, data: unknown, reason: string | null = null) => events.push({ id: newId(), orderId, type, ...who, reason, data: data ?? {}, createdAt: new Date(tick++) });

  const fos = sourced.works.map((w) => ({ ...w, number: `${number}-${w.sequence}` }));
  // The buyer's name as given with this order: what the channel API answers (never the name stored for the e-mail).
  event("order.created", { channel: input.channel, totalMinor: priced.totalMinor, currency, lines: input.lines.length, promoCode: priced.promoCode, customerName: input.customer.name });
  for (const h of holds) event("order.held", { type: h.type }, h.reason);
  if (release) for (const fo of fos) event("fulfillment.released", { fulfillmentOrder: fo.number, node: fo.source.code, to: fo.pickup?.code ?? "customer", promisedDate: fo.promise.toISOString() });
  const unfilledUnits = plan.unfilled.reduce((a, u) => a + u.qty, 0);
  event("order.sourced", {
    shipments: plan.shipments.map((s) => ({ node: s.node, to: s.to, units: s.lines.reduce((a, l) => a + l.qty, 0) })),
    unfilledUnits,
    cost: Math.round(plan.cost * 100) / 100,
    method: plan.explanation.method,
  });
  if (payment.kind === "authorised") {
    event("payment.authorized", { amountMinor: priced.totalMinor, currency, method: payment.method, provider: payment.provider, reference: payment.reference, cardLast4: payment.cardLast4 });
  } else {
    event("payment.link_sent", { amountMinor: priced.totalMinor, currency, expiresAt: payment.expiresAt.toISOString() });
  }
  if (status !== "CREATED") event("order.status_changed", { from: "CREATED", to: status });

  const outbox = confirmationRow(
    { id: orderId, number, currency, totalMinor: priced.totalMinor, recipient: input.customer.email, customer: { firstName: customer.firstName, locale: customer.locale } },
    sourced,
    ctx,
    payment,
    at,
  );
  const addr = input.shippingAddress;
  const destination = customer.destination;

  return {
    customer: customer.isNew
      ? [{ id: customer.id, number: newCustomerNumber(), firstName: customer.firstName, lastName: customer.lastName, email: input.customer.email, phone: input.customer.phone ?? null, locale: customer.locale, createdAt: at, updatedAt: at }]
      : [],
    // An order through the API never changes a customer it did not create: another channel's
    // order for a known e-mail keeps its address on the order alone.
    address:
      addr && !customer.knownAddress && (customer.isNew || actor.kind !== "apiKey")
        ? [{ id: newId(), customerId: customer.id, line1: addr.line1, line2: addr.line2 ?? null, city: addr.city, postalCode: addr.postalCode, country: addr.country, lat: destination?.lat ?? null, lng: destination?.lng ?? null, isDefault: customer.addresses.length === 0, createdAt: at }]
        : [],
    order: [
      {
        id: orderId,
        number,
        channel: input.channel,
        status,
        customerId: customer.id,
        email: input.customer.email,
        phone: input.customer.phone ?? customer.phone ?? null,
        shipName: addr ? addr.name || input.customer.name : null,
        shipLine1: addr?.line1 ?? null,
        shipLine2: addr?.line2 ?? null,
        shipCity: addr?.city ?? null,
        shipPostalCode: addr?.postalCode ?? null,
        shipCountry: addr?.country ?? null,
        shipLat: destination?.lat ?? null,
        shipLng: destination?.lng ?? null,
        currency,
        subtotalMinor: priced.subtotalMinor,
        shippingMinor: priced.shippingMinor,
        discountMinor: priced.discountMinor,
        taxMinor: priced.taxMinor,
        totalMinor: priced.totalMinor,
        promoCode: priced.promoCode,
        placedAt: now,
        promisedDate: sourced.orderPromise,
        sourcingRuleSetId: ctx.sourcing.ruleSetId,
        holdRuleSetId: ctx.holds.ruleSetId,
        createdBy: actor.id,
        // Created, then derived once: the version a first change must quote.
        version: 2,
        createdAt: at,
        updatedAt: at,
      },
    ],
    lines: lines.map((l, i) => ({
      id: l.id,
      orderId,
      lineNo: l.lineNo,
      skuId: l.sku.id,
      qty: l.qty,
      unitPriceMinor: l.sku.priceMinor,
      discountMinor: priced.lineDiscountMinor[i],
      deliveryMode: l.mode,
      pickupNodeId: l.pickupStore ? ctx.nodes.byCode.get(l.pickupStore)!.id : null,
      status: lineStatuses[i],
      promisedDate: linePromise.get(l.id) ?? null,
      version: lineStatuses[i] === "CREATED" ? 1 : 2,
      createdAt: at,
      updatedAt: at,
    })),
    holds: holds.map((h) => ({ id: newId(), orderId, type: h.type, reason: h.reason, createdAt: at })),
    fulfillmentOrders: fos.map((fo) => ({
      id: fo.id,
      number: fo.number,
      orderId,
      nodeId: fo.source.id,
      deliveryMode: fo.pickup ? "PICKUP" : "SHIP",
      pickupNodeId: fo.pickup?.id ?? null,
      status: foStatus,
      releasedAt: release ? now : null,
      pickupCode: fo.pickup ? String(randomInt(0, 1_000_000)).padStart(6, "0") : null,
      promisedDate: fo.promise,
      createdAt: at,
      updatedAt: at,
    })),
    fulfillmentLines: sourced.fulfillmentLines,
    reservations: sourced.reservations.map((r) => ({ ...r, createdAt: at, updatedAt: at })),
    decisions: [
      {
        id: newId(),
        orderId,
        reason: "CAPTURE",
        ruleSetId: ctx.sourcing.ruleSetId,
        // Serialised once, with the rest of the rows (capture/write.ts).
        input: instance,
        stock: sourced.stock,
        plan: { shipments: plan.shipments, unfilled: plan.unfilled, cost: plan.cost },
        explanation: plan.explanation,
        costMinor: Math.round(plan.cost * 100),
        createdAt: at,
      },
    ],
    payments:
      payment.kind === "authorised"
        ? [
            {
              id: newId(),
              orderId,
              type: "AUTHORIZATION",
              amountMinor: priced.totalMinor,
              currency,
              method: payment.method,
              provider: payment.provider,
              reference: payment.reference,
              idempotencyKey: payment.idempotencyKey,
              createdBy: actor.id,
              note: payment.note,
              createdAt: at,
            },
          ]
        : [],
    paymentLinks: payment.kind === "link" ? [{ id: newId(), token: payment.token, orderId, amountMinor: priced.totalMinor, currency, expiresAt: payment.expiresAt, createdAt: at }] : [],
    events,
    outbox: [outbox],
  };
}
