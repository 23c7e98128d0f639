// Capture, steps 2 to 4, with no database: validate the order against its context (every problem at
// once, by field), price it, apply the hold rules, source it with the DOM engine, and lay out every
// row the order writes (customer, order, lines, holds, fulfilment work, reservations, decision,
// payment or payment link, timeline, customer message) with its derived statuses. The rows that carry the order
// number are finished once the number is drawn (`finishDraft`).
import { randomBytes, randomInt } from "node:crypto";
import type { LineStatus, OrderStatus } from "@/generated/prisma/enums";
import { actorColumns, type Actor } from "@/lib/auth";
import { newId } from "@/lib/db/ids";
import { ValidationError, type FieldErrors } from "@/lib/errors";
import { geocodeAddress } from "@/lib/geo/geocode";
import { composeCustomerMessage, type MessageOrder } from "@/lib/notifications";
import { planSourcing, type Plan, type SourcingInstance } from "@/lib/sourcing";
import { FO_TO_LINE } from "../../derive";
import { evaluateHolds, type HoldDecision } from "../../holds";
import { priceOrder, promoProblem } from "../../pricing";
import { promiseFor } from "../../sourcing/promises";
import { buildInstance, networkContext, withAvailable } from "../../sourcing/snapshot";
import { assertTransition, deriveOrderStatus } from "../../state-machine";
import type { CaptureOrderInput } from "../../schemas";
import type { CaptureContext } from "./read-context";
import { noPaymentGiven, type CapturePayment } from "./payment";

const PROMO_MESSAGES = {
  UNKNOWN: "This promo code does not exist.",
  INACTIVE: "This promo code is no longer active.",
  NOT_YET_VALID: "This promo code is not valid yet.",
  EXPIRED: "This promo code has expired.",
  MINIMUM_NOT_REACHED: "The order does not reach this promo code's minimum amount.",
} as const;

function splitName(name: string): { firstName: string; lastName: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { firstName: parts[0], lastName: "" };
  return { firstName: parts.slice(0, -1).join(" "), lastName: parts[parts.length - 1] };
}

const sameAddress = (a: { line1: string; postalCode: string }, b: { line1: string; postalCode: string }) =>
  a.postalCode.replace(/\s/g, "").toUpperCase() === b.postalCode.replace(/\s/g, "").toUpperCase() && a.line1.trim().toLowerCase() === b.line1.trim().toLowerCase();

/** Every problem with the order's catalogue rows, stores, address, customer and promo code, by field; nothing when it can be placed. */
export function validateOrder(input: CaptureOrderInput, ctx: CaptureContext, now: Date): { destination: { lat: number; lng: number } | null } {
  const fields: FieldErrors = {};
  const skuByCode = new Map(ctx.skus.map((s) => [s.code, s]));
  input.lines.forEach((l, i) => {
    const sku = skuByCode.get(l.sku);
    if (!sku) fields[`lines.${i}.sku`] = `Unknown SKU ${l.sku}.`;
    else if (!sku.active) fields[`lines.${i}.sku`] = `SKU ${l.sku} is no longer sold.`;
    if (l.pickupStore) {
      const store = ctx.nodes.byCode.get(l.pickupStore);
      if (!store) fields[`lines.${i}.pickupStore`] = `Unknown store ${l.pickupStore}.`;
      else if (store.type !== "STORE" || !store.canPickup || !store.active) fields[`lines.${i}.pickupStore`] = `${l.pickupStore} does not offer pickup.`;
    }
  });
  if (new Set(ctx.skus.map((s) => s.currency)).size > 1) fields.lines = "All lines must be in one currency.";

  let destination: { lat: number; lng: number } | null = null;
  if (input.shippingAddress) {
    try {
      destination = geocodeAddress(input.shippingAddress);
    } catch (e) {
      if (e instanceof ValidationError || (e as { fields?: FieldErrors }).fields) Object.assign(fields, (e as { fields: FieldErrors }).fields);
      else throw e;
    }
  }
  if (input.customerId && !ctx.customer) fields.customerId = "This customer does not exist.";
  if (input.promoCode) {
    const subtotal = input.lines.reduce((a, l) => a + l.qty * (skuByCode.get(l.sku)?.priceMinor ?? 0), 0);
    const problem = promoProblem(ctx.promo, subtotal, now);
    if (problem) fields.promoCode = PROMO_MESSAGES[problem];
  }
  if (Object.keys(fields).length) throw new ValidationError("The order cannot be placed as it is.", fields);
  return { destination };
}

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

export interface Draft {
  orderId: string;
  /** What the buyer pays, authorised (or asked by link) before the write. */
  totalMinor: number;
  currency: string;
  /** Units to reserve, one row per position (node, SKU), in lock order. */
  reserve: Array<{ id: string; nodeId: string; skuId: string; qty: number }>;
  /** Units released today per node, for the capacity cache after commit. */
  releasedByNode: Map<string, number>;
  /** The rows, once the order number is known and the payment settled. */
  rows(number: string, payment?: CapturePayment): DraftRows;
}

export function draftOrder(
  actor: Actor,
  input: CaptureOrderInput,
  ctx: CaptureContext,
  destination: { lat: number; lng: number } | null,
  now: Date,
  options: { orderId?: string } = {},
): Draft {
  const skuByCode = new Map(ctx.skus.map((s) => [s.code, s]));
  const sku = (code: string) => skuByCode.get(code)!;
  const currency = ctx.skus[0]?.currency ?? "EUR";
  const priced = priceOrder(
    input.lines.map((l) => ({ qty: l.qty, unitPriceMinor: sku(l.sku).priceMinor, mode: l.mode })),
    input.promoCode ? ctx.promo : null,
  );

  // Customer: the one found, or a new one; a new address joins their book.
  const { firstName, lastName } = splitName(input.customer.name);
  const customer = ctx.customer ?? { id: newId(), firstName, locale: input.shippingAddress?.country === "FR" ? "fr" : "en", phone: null, hasOrders: false, addresses: [] };
  const knownAddress = input.shippingAddress ? customer.addresses.some((a) => sameAddress(a, input.shippingAddress!)) : true;

  // Holds.
  const unitsBySku = new Map<string, number>();
  for (const l of input.lines) unitsBySku.set(l.sku, (unitsBySku.get(l.sku) ?? 0) + l.qty);
  const holds: HoldDecision[] = evaluateHolds(
    { totalMinor: priced.totalMinor, currency, unitsBySku, newCustomer: !customer.hasOrders, addressMismatch: customer.addresses.length > 0 && !knownAddress },
    ctx.holds.definition,
  );
  if (input.payment?.method === "PAY_BY_LINK") holds.push({ type: "PAYMENT", reason: "Waiting for the buyer to pay by link." });
  const release = holds.length === 0;

  // Sourcing on the snapshot; the reservation step proves the units are still there.
  const orderId = options.orderId ?? newId();
  const lines = input.lines.map((l, i) => ({ ...l, id: newId(), lineNo: i + 1, sku: sku(l.sku) }));
  const sctx = withAvailable(networkContext(ctx.nodes.list.filter((n) => n.active), ctx.sourcing, ctx.usedToday), ctx.skus, ctx.positions);
  const firstPickup = input.lines.find((l) => l.mode === "PICKUP")?.pickupStore;
  const pickupPoint = firstPickup ? sctx.nodeByCode.get(firstPickup) : undefined;
  const dest = destination ?? (pickupPoint ? { lat: pickupPoint.lat, lng: pickupPoint.lng } : { lat: 0, lng: 0 });
  const instance: SourcingInstance = buildInstance(sctx, {
    id: orderId,
    destination: dest,
    lines: lines.map((l) => ({ id: l.id, sku: l.sku.code, qty: l.qty, mode: l.mode, pickupNode: l.pickupStore })),
  });
  const plan: Plan = planSourcing(instance);

  // Fulfilment work: one order per source node and destination, its lines and reservations.
  const foStatus = release ? "RELEASED" : "CREATED";
  const works = plan.shipments.map((shipment, k) => {
    const source = sctx.nodeByCode.get(shipment.node);
    if (!source) throw new Error(`Plan names unknown node ${shipment.node}`);
    const pickup = shipment.to === "customer" ? null : sctx.nodeByCode.get(shipment.to);
    if (shipment.to !== "customer" && !pickup) throw new Error(`Plan names unknown pickup store ${shipment.to}`);
    return { id: newId(), sequence: k + 1, source, pickup: pickup ?? null, promise: promiseFor(source, pickup ?? "customer", dest, now), shipment };
  });
  const linePromise = new Map<string, Date>();
  const assigned = new Map<string, number>();
  const reserveByPosition = new Map<string, { id: string; nodeId: string; skuId: string; qty: number }>();
  const positionId = new Map(ctx.positions.map((p) => [`${p.skuId}|${p.nodeId}`, p.id]));
  const releasedByNode = new Map<string, number>();
  const folRows: Json[] = [];
  const reservationRows: Json[] = [];
  for (const w of works) {
    for (const { line, qty } of w.shipment.lines) {
      const l = lines.find((x) => x.id === line);
      if (!l) throw new Error(`Plan names unknown line ${line}`);
      const folId = newId();
      folRows.push({ id: folId, fulfillmentOrderId: w.id, orderLineId: line, qty });
      reservationRows.push({ id: newId(), orderLineId: line, fulfillmentOrderLineId: folId, nodeId: w.source.id, skuId: l.sku.id, qty, status: "ACTIVE" });
      const key = `${l.sku.id}|${w.source.id}`;
      const id = positionId.get(key);
      if (!id) throw new Error(`Plan takes ${l.sku.code} from ${w.source.code}, which holds no stock of it.`);
      const r = reserveByPosition.get(key) ?? { id, nodeId: w.source.id, skuId: l.sku.id, qty: 0 };
      r.qty += qty;
      reserveByPosition.set(key, r);
      if (release) releasedByNode.set(w.source.id, (releasedByNode.get(w.source.id) ?? 0) + qty);
      assigned.set(line, (assigned.get(line) ?? 0) + qty);
      if (!linePromise.has(line) || linePromise.get(line)! < w.promise) linePromise.set(line, w.promise);
    }
  }
  // Units nobody has: promised from the next inbound supply, when there is one.
  for (const { line } of plan.unfilled) {
    const l = lines.find((x) => x.id === line);
    if (!l) continue;
    const supply = ctx.inbound.get(l.sku.id);
    const node = supply ? sctx.nodeById.get(supply.nodeId) : undefined;
    if (!supply || !node) continue;
    const pickup = l.mode === "PICKUP" && l.pickupStore ? (sctx.nodeByCode.get(l.pickupStore) ?? null) : null;
    const p = promiseFor(node, pickup ?? "customer", dest, supply.eta);
    if (!linePromise.has(line) || linePromise.get(line)! < p) linePromise.set(line, p);
  }
  const promisedDates = [...linePromise.values()];
  const orderPromise = promisedDates.length ? new Date(Math.max(...promisedDates.map((d) => d.getTime()))) : null;

  // Statuses, as recomputeOrder derives them.
  const lineStatus = (l: (typeof lines)[number]): LineStatus => {
    if ((assigned.get(l.id) ?? 0) < l.qty) return "BACKORDERED";
    return FO_TO_LINE[foStatus] as LineStatus;
  };
  const statuses = lines.map(lineStatus);
  const status: OrderStatus = deriveOrderStatus({ lines: statuses.map((s) => ({ status: s })), openHolds: holds.length });
  if (status !== "CREATED") assertTransition("order", "CREATED", status);

  const reserve = [...reserveByPosition.values()].sort((a, b) => (a.skuId === b.skuId ? (a.nodeId < b.nodeId ? -1 : 1) : a.skuId < b.skuId ? -1 : 1));

  return {
    orderId,
    totalMinor: priced.totalMinor,
    currency,
    reserve,
    releasedByNode,
    rows(number: string, payment: CapturePayment = noPaymentGiven(orderId)): DraftRows {
      instance.order.id = number;
      plan.orderId = number;
      const who = actorColumns(actor);
      // Row times are the clock's; business times (placed, released, promised) are `now`'s.
      const at = new Date();
      // Timeline entries one millisecond apart, so they read in the order they happened.
      let tick = at.getTime();
      const events: Json[] = [];
      const event = (type: string, data: unknown, reason: string | null = null) =>
        events.push({ id: newId(), orderId, type, ...who, reason, data: data ?? {}, createdAt: new Date(tick++) });

      const fos = works.map((w) => ({ ...w, number: `${number}-${w.sequence}` }));
      event("order.created", { channel: input.channel, totalMinor: priced.totalMinor, currency, lines: input.lines.length, promoCode: priced.promoCode });
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

      const messageOrder: MessageOrder = {
        id: orderId,
        number,
        currency,
        totalMinor: priced.totalMinor,
        promisedDate: orderPromise,
        customer: { firstName: customer.firstName, locale: customer.locale },
        lines: lines.map((l) => {
          const store = l.pickupStore ? ctx.nodes.byCode.get(l.pickupStore) : undefined;
          return {
            id: l.id,
            qty: l.qty,
            cancelledQty: 0,
            deliveryMode: l.mode,
            promisedDate: linePromise.get(l.id) ?? null,
            sku: { code: l.sku.code, name: l.sku.name },
            pickupNode: store ? { name: store.name, timeZone: store.timeZone } : null,
          };
        }),
      };
      const linkData = payment.kind === "link" ? { paymentUrl: payment.url, paymentExpiresAt: payment.expiresAt.toISOString(), paymentAmountMinor: priced.totalMinor } : {};
      const message = composeCustomerMessage("ORDER_CONFIRMED", messageOrder, linkData, null);
      const addr = input.shippingAddress;

      return {
        customer: ctx.customer
          ? []
          : [{ id: customer.id, number: `C-${randomBytes(5).toString("hex").toUpperCase()}`, firstName, lastName, email: input.customer.email, phone: input.customer.phone ?? null, locale: customer.locale, createdAt: at, updatedAt: at }],
        address:
          addr && !knownAddress
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
            promisedDate: orderPromise,
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
          status: statuses[i],
          promisedDate: linePromise.get(l.id) ?? null,
          version: statuses[i] === "CREATED" ? 1 : 2,
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
        fulfillmentLines: folRows,
        reservations: reservationRows.map((r) => ({ ...r, createdAt: at, updatedAt: at })),
        decisions: [
          {
            id: newId(),
            orderId,
            reason: "CAPTURE",
            ruleSetId: ctx.sourcing.ruleSetId,
            // Serialised once, with the rest of the rows (capture/write.ts).
            input: instance,
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
        outbox: [{ id: newId(), channel: "EMAIL", topic: "ORDER_CONFIRMED", orderId, recipient: input.customer.email, subject: message.subject, payload: message.payload, status: "PENDING", attempts: 0, nextAttemptAt: at, createdAt: at }],
      };
    },
  };
}
