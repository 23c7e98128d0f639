// Turns the simulated orders into database rows: orders, lines, holds, fulfilment orders and their
// lines, reservations (adding ACTIVE ones to the stock positions), sourcing decisions, returns,
// the payment ledger, the timeline events, agent notes and outbox messages.
import type { ActorType, Channel, Disposition } from "@/generated/prisma/enums";
import { DEFAULT_RULES, type ReturnRules, type SourcingRules } from "@/lib/rules/client";
import type { StockEvent } from "./history";
import type { NodeRec, Row, Stock } from "./model";
import type { FoSim, FoState, OrderSim, OrderState } from "./order-sim";
import { orderStateAt } from "./order-sim";
import { refundFor } from "./orders";
import { formatDate, formatMoney } from "@/lib/i18n";
import { renderMessage, type MessageLine, type TemplateData, type CustomerTopic, type MessageLocale, trackingUrl } from "@/lib/notifications";
import { pad } from "./random";
import { cetOffsetHours, MINUTE } from "./time";

/** The default PICKUP rules' window: seeded ready pickups must be collected within it. */
const PICKUP_WINDOW_DAYS = DEFAULT_RULES.PICKUP.windowDays;

export interface Actor {
  actorType: ActorType;
  actorId: string | null;
  actorName: string;
}

export interface RowContext {
  now: number;
  stock: Stock;
  sourcing: SourcingRules;
  sourcingRuleSetId: string;
  holdRuleSetId: string;
  returns: ReturnRules;
  agent: { id: string; name: string };
  storeUsers: Map<string, { id: string; name: string }>;
  apiKeys: Record<Channel, { id: string; name: string }>;
  /** Sourcing decisions are kept for orders placed in the last this many days. */
  decisionDays: number;
}

export interface OrderRows {
  orders: Row[];
  holds: Row[];
  lines: Row[];
  fulfillmentOrders: Row[];
  fulfillmentLines: Row[];
  reservations: Row[];
  decisions: Row[];
  returns: Row[];
  returnLines: Row[];
  payments: Row[];
  events: Row[];
  notes: Row[];
  outbox: Row[];
  statusCounts: Record<string, number>;
  /** Units that left a node for a customer (shipped, handed over) or came back to its shelf (restocked returns). */
  stockEvents: StockEvent[];
}

const SYSTEM: Actor = { actorType: "SYSTEM", actorId: null, actorName: "OMS" };
const SOURCING_ENGINE: Actor = { actorType: "SYSTEM", actorId: null, actorName: "Sourcing engine" };
const HOLD_RULES: Actor = { actorType: "SYSTEM", actorId: null, actorName: "Hold rules" };
const GATEWAY: Actor = { actorType: "SYSTEM", actorId: null, actorName: "Payment gateway" };
// The demo marketplace connector listens on this machine: the demo never sends anything outside it.
const MARKETPLACE_WEBHOOK = "http://127.0.0.1:4010/marketplace/webhooks/oms";
const eur = (minor: number) => `€${(minor / 100).toFixed(2)}`;
const d = (t: number | null) => (t === null ? null : new Date(t));

export function buildOrderRows(orders: OrderSim[], ctx: RowContext): OrderRows {
  const out: OrderRows = {
    orders: [], holds: [], lines: [], fulfillmentOrders: [], fulfillmentLines: [], reservations: [], decisions: [], returns: [], returnLines: [], payments: [], events: [], notes: [], outbox: [], statusCounts: {}, stockEvents: [],
  };
  const { now, stock } = ctx;
  const agent: Actor = { actorType: "USER", actorId: ctx.agent.id, actorName: ctx.agent.name };
  const nodeActor = (n: NodeRec): Actor => {
    if (n.type === "DC") return { actorType: "SYSTEM", actorId: null, actorName: `WMS ${n.code}` };
    const u = ctx.storeUsers.get(n.code);
    return u ? { actorType: "USER", actorId: u.id, actorName: u.name } : { actorType: "USER", actorId: null, actorName: `Store team ${n.code}` };
  };
  const foCost = (fo: FoSim) => {
    const c = ctx.sourcing.costs;
    const units = fo.lines.reduce((s, l) => s + l.qty, 0);
    const handling = fo.node.type === "DC" ? c.handlingPerUnit.DC : c.handlingPerUnit.STORE;
    return Math.round(100 * ((fo.kind === "STORE_PICKUP" ? 0 : c.perShipment) + units * (handling + c.perKm * fo.km)));
  };

  orders.forEach((o, index) => {
    const n = pad(index + 1, 6);
    const orderId = `ord_${n}`;
    const number = `OMS-${100001 + index}`;
    const st: OrderState = orderStateAt(o, now, refundFor);
    out.statusCounts[st.status] = (out.statusCounts[st.status] ?? 0) + 1;
    const customerName = `${o.customer.firstName} ${o.customer.lastName}`;
    const customer: Actor = { actorType: "CUSTOMER", actorId: o.customer.id, actorName: customerName };
    const key = ctx.apiKeys[o.channel];
    const creator: Actor =
      o.channel === "WEB" || o.channel === "MOBILE"
        ? customer
        : o.channel === "CALL_CENTER"
          ? agent
          : { actorType: "API_KEY", actorId: key.id, actorName: o.channel === "STORE" ? `${key.name} at ${o.originStore!.code}` : key.name };
    const events: { at: number; type: string; actor: Actor; reason?: string | null; data?: Record<string, unknown> }[] = [];
    const ev = (at: number, type: string, actor: Actor, data: Record<string, unknown> = {}, reason: string | null = null) => {
      if (at <= now) events.push({ at, type, actor, data, reason });
    };
    let payN = 0;
    const pay = (at: number, type: string, amount: number, note: string | null = null, by: string | null = null) => {
      if (at > now || amount <= 0) return;
      payN++;
      out.payments.push({
        id: `pay_${n}_${pad(payN, 2)}`,
        orderId,
        type,
        amountMinor: amount,
        currency: "EUR",
        method: o.paymentMethod,
        reference: `psp_${number}_${payN}`,
        note,
        createdBy: by,
        createdAt: d(at),
      });
    };
    // Customer e-mails rendered as lib/notifications renders them, so the dispatcher can send any of them.
    let msgN = 0;
    const locale: MessageLocale = o.customer.locale === "fr" ? "fr" : "en";
    const date = (t: number | null) => (t === null ? null : cachedDate(t, locale));
    const toLine = (line: OrderSim["lines"][number], qty: number, promise: number | null): MessageLine => ({
      name: line.sku.name,
      sku: line.sku.code,
      qty,
      mode: line.mode,
      promisedDate: date(promise),
      store: line.pickupStore?.name ?? null,
    });
    const linePromise = (line: OrderSim["lines"][number]) => {
      const ps = o.fos.filter((fo) => fo.lines.some((l) => l.line === line)).map((fo) => fo.promisedAt);
      return ps.length ? Math.max(...ps) : null;
    };
    const email = (at: number, topic: CustomerTopic, input: Record<string, unknown>, shape: (data: TemplateData) => void = () => {}) => {
      if (at > now) return;
      msgN++;
      const data: TemplateData = {
        orderNumber: number,
        firstName: o.customer.firstName,
        lines: o.lines.map((l) => toLine(l, l.qty, linePromise(l))),
        promisedDate: date(o.fos.length ? Math.max(...o.fos.map((fo) => fo.promisedAt)) : null),
        total: cachedMoney(o.total, locale),
        trackingUrl: trackingUrl(number),
      };
      shape(data);
      const rendered = renderMessage(topic, locale, data);
      out.outbox.push({
        id: `obx_${n}_${pad(msgN, 2)}`,
        channel: "EMAIL",
        topic,
        orderId,
        recipient: o.customer.email,
        subject: rendered.subject,
        payload: { locale, text: rendered.text, html: rendered.html, data, input },
        status: "SENT",
        attempts: 1,
        nextAttemptAt: d(at),
        lastError: null,
        createdAt: d(at),
        sentAt: d(at + 2000 + ((index * 7919 + msgN * 104729) % 40000)),
      });
      if (o.channel === "MARKETPLACE") {
        msgN++;
        out.outbox.push({ id: `obx_${n}_${pad(msgN, 2)}`, channel: "WEBHOOK", topic: "order.status_changed", orderId, recipient: MARKETPLACE_WEBHOOK, subject: null, payload: { orderNumber: number, event: topic }, status: "SENT", attempts: 1, nextAttemptAt: d(at), lastError: null, createdAt: d(at), sentAt: d(at + 1500) });
      }
    };
    const foLines = (fo: FoSim) => fo.lines.map((l) => toLine(l.line, l.qty, fo.promisedAt));

    // Capture and payment authorisation.
    ev(o.placedAt, "order.created", creator, { channel: o.channel, totalMinor: o.total, lines: o.lines.length, promoCode: o.promo, storeCode: o.originStore?.code ?? null });
    pay(o.placedAt + 4000, "AUTHORIZATION", o.total);
    ev(o.placedAt + 4000, "payment.authorized", GATEWAY, { amountMinor: o.total, method: o.paymentMethod });
    email(o.placedAt + 30_000, "ORDER_CONFIRMED", {});

    // Holds.
    if (o.hold) {
      const h = o.hold;
      const releasedAt = h.releaseAt !== null && h.releaseAt <= now ? h.releaseAt : null;
      out.holds.push({
        id: `hold_${n}_1`,
        orderId,
        type: h.type,
        reason: h.reason,
        createdAt: d(h.createdAt),
        releasedAt: d(releasedAt),
        releasedBy: releasedAt ? ctx.agent.id : null,
        releaseNote: releasedAt ? (h.outcome === "release" ? h.note : "Order cancelled") : null,
      });
      ev(h.createdAt, "order.held", HOLD_RULES, { type: h.type }, h.reason);
      if (releasedAt && h.outcome === "release") ev(releasedAt, "order.hold_released", agent, { type: h.type }, h.note);
    }

    // Sourcing, backorders and the decisions kept for the agent's "why this node?".
    const foNumber = (fo: FoSim) => `${number}-${fo.seq}`;
    const initial = o.fos.filter((fo) => !fo.fromBackorder);
    if (st.sourced) {
      const cost = initial.reduce((s, fo) => s + foCost(fo), 0);
      ev(o.sourcedAt!, "order.scheduled", SOURCING_ENGINE, { fulfillmentOrders: initial.map(foNumber), split: initial.length > 1, costMinor: cost });
      if (o.backorder) {
        const line = o.lines.find((l) => l.no === o.backorder!.lineNo)!;
        ev(o.sourcedAt! + 1000, "order.backordered", SOURCING_ENGINE, { line: line.no, sku: line.sku.code, qty: line.qty, inbound: o.backorder.po.reference, eta: new Date(o.backorder.po.eta).toISOString() }, "No stock to promise in the network");
        if (o.backorder.resolveAt <= now && st.cancelledAt === null) ev(o.backorder.resolveAt, "order.supply_arrived", SOURCING_ENGINE, { inbound: o.backorder.po.reference, line: line.no });
      }
      if (o.placedAt >= now - ctx.decisionDays * 86_400_000) {
        out.decisions.push(decisionRow(`sd_${n}_1`, orderId, "CAPTURE", o, initial, o.sourcedAt!, ctx, foCost, true));
        const later = o.fos.filter((fo) => fo.fromBackorder);
        if (later.length && o.backorder!.resolveAt <= now && st.cancelledAt === null) {
          out.decisions.push(decisionRow(`sd_${n}_2`, orderId, "RESOURCE_SUPPLY_ARRIVED", o, later, o.backorder!.resolveAt, ctx, foCost, false));
        }
      }
    }

    // Fulfilment orders, their lines and reservations.
    let captured = 0;
    o.fos.forEach((fo, i) => {
      const fs: FoState = st.fos[i];
      if (!fs.exists) return;
      const foId = `fo_${n}_${fo.seq}`;
      const isPickup = fo.kind === "STORE_PICKUP" || fo.kind === "TRANSFER_PICKUP";
      out.fulfillmentOrders.push({
        id: foId,
        number: foNumber(fo),
        orderId,
        nodeId: fo.node.id,
        deliveryMode: isPickup ? "PICKUP" : "SHIP",
        pickupNodeId: fo.pickupStore?.id ?? null,
        status: fs.status,
        pickupCode: fo.pickupCode,
        carrier: fs.shippedAt ? fo.carrier : null,
        trackingNumber: fs.shippedAt ? fo.tracking : null,
        promisedDate: d(fo.promisedAt),
        releasedAt: d(fs.releasedAt),
        pickedAt: d(fs.pickedAt),
        packedAt: d(fs.packedAt),
        shippedAt: d(fs.shippedAt),
        // Transfers are received at the pickup store when they are made ready.
        receivedAt: fo.kind === "TRANSFER_PICKUP" ? d(fs.readyAt) : null,
        readyAt: d(fs.readyAt),
        pickupExpiresAt: fs.readyAt !== null ? d(fs.readyAt + PICKUP_WINDOW_DAYS * 86_400_000) : null,
        deliveredAt: d(fs.deliveredAt),
        pickedUpAt: d(fs.pickedUpAt),
        cancelledAt: d(fs.cancelledAt),
        version: 1,
        createdAt: d(fo.createdAt),
        updatedAt: d(Math.max(fo.createdAt, ...[fs.releasedAt, fs.pickStartAt, fs.packedAt, fs.shippedAt, fs.readyAt, fs.deliveredAt, fs.pickedUpAt, fs.cancelledAt].map((t) => t ?? 0))),
      });
      const active = fs.status === "CREATED" || fs.status === "RELEASED" || fs.status === "PICKING" || fs.status === "PACKED" || (fo.kind === "STORE_PICKUP" && fs.status === "READY_FOR_PICKUP");
      const consumedAt = fo.kind === "STORE_PICKUP" ? fs.pickedUpAt : fs.shippedAt;
      fo.lines.forEach((fl, j) => {
        const folId = `fol_${n}_${fo.seq}_${pad(j + 1, 2)}`;
        const picked = fs.pickedAt !== null ? fl.qty : 0;
        out.fulfillmentLines.push({
          id: folId,
          fulfillmentOrderId: foId,
          orderLineId: `ol_${n}_${pad(fl.line.no, 2)}`,
          qty: fl.qty,
          pickedQty: fs.status === "CANCELLED" ? 0 : picked,
          shortQty: 0,
          handedOverQty: fs.status === "PICKED_UP" ? fl.qty : 0,
        });
        const status = fs.status === "CANCELLED" ? "RELEASED" : active ? "ACTIVE" : "CONSUMED";
        if (status === "ACTIVE") stock.reserved[stock.at(fo.node.idx, fl.line.sku.idx)] += fl.qty;
        out.reservations.push({
          id: `res_${n}_${fo.seq}_${pad(j + 1, 2)}`,
          orderLineId: `ol_${n}_${pad(fl.line.no, 2)}`,
          fulfillmentOrderLineId: folId,
          nodeId: fo.node.id,
          skuId: fl.line.sku.id,
          qty: fl.qty,
          status,
          createdAt: d(fo.createdAt),
          updatedAt: d(status === "RELEASED" ? fs.cancelledAt : status === "CONSUMED" ? consumedAt ?? fo.createdAt : fo.createdAt),
        });
      });

      // The units leave the node's shelf when they ship (or, for a pickup at the node, are handed over).
      if (consumedAt !== null && consumedAt <= now) {
        const kind = fo.kind === "STORE_PICKUP" ? "SALE" : "SHIPMENT";
        const reason = fo.kind === "STORE_PICKUP" ? "Handed over to the customer" : fo.kind === "TRANSFER_PICKUP" ? `Sent to ${fo.pickupStore!.code} for pickup` : "Shipped to the customer";
        for (const fl of fo.lines) {
          out.stockEvents.push({ node: fo.node.idx, sku: fl.line.sku.idx, at: consumedAt, qty: -fl.qty, kind, reference: number, reason });
          // A transfer for a pickup never collected: its units went on the pickup store's shelf.
          if (fs.status === "CANCELLED" && fo.kind === "TRANSFER_PICKUP" && fs.cancelledAt !== null && fs.cancelledAt <= now) {
            out.stockEvents.push({ node: fo.pickupStore!.idx, sku: fl.line.sku.idx, at: fs.cancelledAt, qty: fl.qty, kind: "RECEIPT", reference: number, reason: "Uncollected pickup back on the shelf" });
          }
        }
      }

      const na = nodeActor(fo.node);
      const ref = { fulfillmentOrder: foNumber(fo), node: fo.node.code };
      if (fo.fromBackorder) ev(fo.createdAt, "fulfillment.created", SOURCING_ENGINE, ref);
      if (fs.releasedAt) ev(fs.releasedAt, "fulfillment.released", SYSTEM, ref);
      if (fs.pickStartAt) ev(fs.pickStartAt, "fulfillment.picking_started", na, ref);
      if (fs.pickedAt) ev(fs.pickedAt, "fulfillment.picked", na, ref);
      if (fs.packedAt && fo.kind !== "STORE_PICKUP") ev(fs.packedAt, "fulfillment.packed", na, ref);
      if (fs.shippedAt) {
        if (fo.kind === "TRANSFER_PICKUP") ev(fs.shippedAt, "fulfillment.in_transit_to_store", na, { ...ref, pickupStore: fo.pickupStore!.code, carrier: fo.carrier, trackingNumber: fo.tracking });
        else {
          ev(fs.shippedAt, "fulfillment.shipped", na, { ...ref, carrier: fo.carrier, trackingNumber: fo.tracking });
          email(fs.shippedAt + MINUTE, "ORDER_SHIPPED", { fulfillmentOrderId: foId, carrier: fo.carrier, trackingNumber: fo.tracking }, (data) => {
            data.lines = foLines(fo);
            data.shipment = { carrier: fo.carrier, trackingNumber: fo.tracking };
            data.promisedDate = date(fo.promisedAt);
          });
        }
      }
      if (fs.readyAt) {
        const store = fo.pickupStore!;
        ev(fs.readyAt, "fulfillment.ready_for_pickup", nodeActor(store), { ...ref, pickupStore: store.code });
        email(fs.readyAt + MINUTE, "READY_FOR_PICKUP", { fulfillmentOrderId: foId, pickupCode: fo.pickupCode, storeName: store.name }, (data) => {
          data.lines = foLines(fo);
          data.pickup = { code: fo.pickupCode!, store: store.name, address: store.address };
          data.promisedDate = null;
        });
      }
      if (fs.deliveredAt) ev(fs.deliveredAt, "fulfillment.delivered", { actorType: "SYSTEM", actorId: null, actorName: fo.carrier ?? "Carrier" }, { ...ref, late: fs.deliveredAt > fo.promisedAt });
      if (fs.pickedUpAt) ev(fs.pickedUpAt, "fulfillment.picked_up", nodeActor(fo.pickupStore!), { ...ref, pickupStore: fo.pickupStore!.code });
      const captureAt = isPickup ? fs.pickedUpAt : fs.shippedAt;
      if (captureAt) {
        pay(captureAt + 30_000, "CAPTURE", fo.share);
        ev(captureAt + 30_000, "payment.captured", GATEWAY, { amountMinor: fo.share, fulfillmentOrder: foNumber(fo) });
        captured += fo.share;
      }
      if (fs.cancelledAt && (st.cancelledAt === null || fs.cancelledAt < st.cancelledAt)) {
        // A part cancelled on its own (pickup never collected): its share of the authorisation is voided.
        ev(fs.cancelledAt, "fulfillment.cancelled", SYSTEM, ref, fo.cancelReason);
        pay(fs.cancelledAt + 30_000, "VOID", fo.share, fo.cancelReason);
        ev(fs.cancelledAt + 30_000, "payment.voided", GATEWAY, { amountMinor: fo.share });
        email(fs.cancelledAt + MINUTE, "ORDER_CANCELLED", { lines: fo.lines.map((l) => ({ lineId: `ol_${n}_${pad(l.line.no, 2)}`, qty: l.qty })) }, (data) => {
          data.cancellation = { whole: false };
          data.lines = foLines(fo);
        });
      }
    });

    // Cancellation of the whole order.
    if (st.cancelledAt !== null && o.cancel) {
      const by = o.cancel.by === "CUSTOMER" ? customer : o.cancel.by === "AGENT" ? agent : SYSTEM;
      ev(st.cancelledAt, "order.cancelled", by, {}, o.cancel.reason);
      pay(st.cancelledAt + 20_000, "VOID", o.total - captured, o.cancel.reason);
      ev(st.cancelledAt + 20_000, "payment.voided", GATEWAY, { amountMinor: o.total - captured });
      email(st.cancelledAt + MINUTE, "ORDER_CANCELLED", {}, (data) => (data.cancellation = { whole: true }));
    }
    if (st.fulfilledAt !== null && (st.completedAt === null || st.fulfilledAt < st.completedAt)) ev(st.fulfilledAt + 1000, "order.fulfilled", SYSTEM);
    if (st.completedAt !== null) ev(st.completedAt + 1000, "order.completed", SYSTEM);

    // Returns (BORIS in store or by mail), dispositions and refunds.
    if (st.ret) {
      const r = st.ret;
      const plan = o.returnPlan!;
      const receiving = plan.method === "IN_STORE" ? plan.store! : o.customer.nearDcs[0];
      const returnId = `ret_${n}_1`;
      out.returns.push({
        id: returnId,
        number: `RMA-${100001 + index}`,
        orderId,
        status: r.status,
        method: plan.method,
        receivingNodeId: receiving.id,
        reason: r.lines[0].reason,
        refundMinor: r.refundedAt ? r.refund : 0,
        expectedRefundMinor: r.refund,
        requestedAt: d(r.requestedAt),
        receivedAt: d(r.receivedAt),
        refundedAt: d(r.refundedAt),
        version: 1,
        createdAt: d(r.requestedAt),
        updatedAt: d(r.refundedAt ?? r.receivedAt ?? r.approvedAt ?? r.requestedAt),
      });
      r.lines.forEach((x, j) => {
        const restock = ctx.returns.restockableReasons.includes(x.reason);
        const disposition: Disposition | null = r.receivedAt ? (restock ? "RESTOCK" : "DISPOSE") : null;
        out.returnLines.push({
          id: `rl_${n}_1_${pad(j + 1, 2)}`,
          returnId,
          orderLineId: `ol_${n}_${pad(x.line.no, 2)}`,
          qty: x.qty,
          reason: x.reason,
          receivedQty: r.receivedAt ? x.qty : 0,
          refundedQty: r.refundedAt ? x.qty : 0,
          valueMinor: x.qty * x.line.unit - Math.round((x.line.discount * x.qty) / x.line.qty),
          condition: r.receivedAt ? (restock ? "RESELLABLE" : "DAMAGED") : null,
          proposedDisposition: disposition,
          disposition,
          routedToNodeId: disposition === null ? null : disposition === "RESTOCK" ? receiving.id : o.customer.nearDcs[0].id,
          exchangeSkuId: null,
        });
        if (disposition === "RESTOCK" && r.receivedAt !== null && r.receivedAt <= now) {
          out.stockEvents.push({ node: receiving.idx, sku: x.line.sku.idx, at: r.receivedAt, qty: x.qty, kind: "RETURN", reference: `RMA-${100001 + index}`, reason: null });
        }
      });
      const requester = plan.walkIn ? nodeActor(receiving) : o.channel === "CALL_CENTER" ? agent : customer;
      const data = { return: `RMA-${100001 + index}`, method: plan.method, node: receiving.code, lines: r.lines.map((x) => ({ line: x.line.no, qty: x.qty, reason: x.reason })) };
      ev(r.requestedAt, "return.requested", requester, data);
      if (r.approvedAt) {
        ev(r.approvedAt, "return.approved", { actorType: "SYSTEM", actorId: null, actorName: "Return rules" }, { return: data.return });
      }
      if (r.receivedAt) ev(r.receivedAt, "return.received", nodeActor(receiving), { return: data.return, node: receiving.code });
      if (r.refundedAt) {
        ev(r.refundedAt, "return.refunded", SYSTEM, { return: data.return, amountMinor: r.refund });
        pay(r.refundedAt + 10_000, "REFUND", r.refund, `Return ${data.return}`);
        ev(r.refundedAt + 10_000, "payment.refunded", GATEWAY, { amountMinor: r.refund });
        email(r.refundedAt + MINUTE, "REFUNDED", { amountMinor: r.refund, currency: "EUR" }, (data) => {
          data.refund = { amount: cachedMoney(r.refund, locale) };
          data.lines = [];
        });
      }
    }

    // Agent notes and goodwill gestures.
    o.notes.forEach((note, j) => {
      if (note.at > now) return;
      out.notes.push({ id: `note_${n}_${j + 1}`, orderId, authorId: ctx.agent.id, body: note.body, createdAt: d(note.at) });
      ev(note.at, "note.added", agent, { noteId: `note_${n}_${j + 1}`, excerpt: note.body.slice(0, 140) });
    });
    const late = o.fos.some((fo, i) => st.fos[i].deliveredAt !== null && st.fos[i].deliveredAt! > fo.promisedAt);
    if (o.appeasement && late && st.completedAt !== null) {
      const at = st.completedAt + o.appeasement.afterHours * 3_600_000;
      if (at <= now) {
        pay(at, "APPEASEMENT", o.appeasement.amount, o.appeasement.note, ctx.agent.id);
        ev(at, "payment.appeasement", agent, { amountMinor: o.appeasement.amount }, o.appeasement.note);
        out.notes.push({ id: `note_${n}_a`, orderId, authorId: ctx.agent.id, body: `${o.appeasement.note}: ${eur(o.appeasement.amount)} refunded.`, createdAt: d(at) });
      }
    }

    // The order and its lines.
    events.sort((a, b) => a.at - b.at);
    events.forEach((e, j) =>
      out.events.push({ id: `evt_${n}_${pad(j + 1, 3)}`, orderId, type: e.type, actorType: e.actor.actorType, actorId: e.actor.actorId, actorName: e.actor.actorName, reason: e.reason ?? null, data: e.data ?? {}, createdAt: d(e.at) }),
    );
    const lastChange = events.length ? events[events.length - 1].at : o.placedAt;
    const existing = o.fos.filter((_, i) => st.fos[i].exists);
    // Totals describe the order as it stands (as lib/orders re-prices it): cancelled units leave
    // with their share of the discount, shipping goes when nothing ships any more.
    const open = (l: OrderSim["lines"][number]) => l.qty - (st.lineCancelled.get(l.no) ?? 0);
    const subtotal = o.lines.reduce((a, l) => a + open(l) * l.unit, 0);
    const discount = o.lines.reduce((a, l) => a + Math.round((l.discount * open(l)) / l.qty), 0);
    const shipping = o.lines.some((l) => open(l) > 0 && l.mode === "SHIP") ? o.shipping : 0;
    const total = subtotal - discount + shipping;
    out.orders.push({
      id: orderId,
      number,
      channel: o.channel,
      status: st.status,
      customerId: o.customer.id,
      email: o.customer.email,
      phone: o.customer.phone,
      shipName: o.ship?.name ?? null,
      shipLine1: o.ship?.line1 ?? null,
      shipLine2: null,
      shipCity: o.ship?.city ?? null,
      shipPostalCode: o.ship?.postalCode ?? null,
      shipCountry: o.ship?.country ?? null,
      shipLat: o.ship ? Math.round(o.ship.lat * 1e5) / 1e5 : null,
      shipLng: o.ship ? Math.round(o.ship.lng * 1e5) / 1e5 : null,
      currency: "EUR",
      subtotalMinor: subtotal,
      shippingMinor: shipping,
      discountMinor: discount,
      taxMinor: Math.round(total - total / 1.2),
      totalMinor: total,
      promoCode: o.promo,
      placedAt: d(o.placedAt),
      promisedDate: existing.length ? d(Math.max(...existing.map((fo) => fo.promisedAt))) : null,
      sourcingRuleSetId: ctx.sourcingRuleSetId,
      holdRuleSetId: ctx.holdRuleSetId,
      createdBy: o.channel === "CALL_CENTER" ? ctx.agent.id : key.id,
      version: 1,
      createdAt: d(o.placedAt),
      updatedAt: d(lastChange),
    });
    for (const line of o.lines) {
      const promises = existing.filter((fo) => fo.lines.some((l) => l.line === line)).map((fo) => fo.promisedAt);
      out.lines.push({
        id: `ol_${n}_${pad(line.no, 2)}`,
        orderId,
        lineNo: line.no,
        skuId: line.sku.id,
        qty: line.qty,
        cancelledQty: st.lineCancelled.get(line.no) ?? 0,
        unitPriceMinor: line.unit,
        discountMinor: line.discount,
        deliveryMode: line.mode,
        pickupNodeId: line.pickupStore?.id ?? null,
        status: st.lineStatus.get(line.no),
        promisedDate: promises.length ? d(Math.max(...promises)) : null,
        version: 1,
        createdAt: d(o.placedAt),
        updatedAt: d(lastChange),
      });
    }
  });
  return out;
}

// Intl formatters are slow to build; the seed formats tens of thousands of dates and amounts.
const dateCache = new Map<string, string>();
const moneyCache = new Map<string, string>();
function cachedDate(t: number, locale: MessageLocale): string {
  const day = Math.floor((t + cetOffsetHours(t) * 3_600_000) / 86_400_000);
  const key = `${locale}|${day}`;
  let v = dateCache.get(key);
  if (v === undefined) dateCache.set(key, (v = formatDate(new Date(t), locale, "Europe/Paris")));
  return v;
}
function cachedMoney(minor: number, locale: MessageLocale): string {
  const key = `${locale}|${minor}`;
  let v = moneyCache.get(key);
  if (v === undefined) moneyCache.set(key, (v = formatMoney(minor, "EUR", locale)));
  return v;
}

function decisionRow(
  id: string,
  orderId: string,
  reason: "CAPTURE" | "RESOURCE_SUPPLY_ARRIVED",
  o: OrderSim,
  fos: FoSim[],
  at: number,
  ctx: RowContext,
  foCost: (fo: FoSim) => number,
  capture: boolean,
): Row {
  const shipments = fos.map((fo) => ({
    node: fo.node.code,
    to: fo.pickupStore ? fo.pickupStore.code : "customer",
    lines: fo.lines.map((l) => ({ line: l.line.no, sku: l.line.sku.code, qty: l.qty })),
  }));
  const unfilled =
    capture && o.backorder ? [{ line: o.backorder.lineNo, sku: o.lines.find((l) => l.no === o.backorder!.lineNo)!.sku.code, qty: o.lines.find((l) => l.no === o.backorder!.lineNo)!.qty }] : [];
  const cost = fos.reduce((s, fo) => s + foCost(fo), 0);
  const parts: string[] = [];
  for (const fo of fos) {
    const units = fo.lines.reduce((s, l) => s + l.qty, 0);
    const u = `${units} unit${units > 1 ? "s" : ""}`;
    if (fo.kind === "STORE_PICKUP") parts.push(`${u} picked from ${fo.node.code}'s own shelves for pickup there`);
    else if (fo.kind === "TRANSFER_PICKUP") parts.push(`${u} sent from ${fo.node.code} to ${fo.pickupStore!.code} (${fo.km} km) for pickup, the store having none to spare`);
    else if (fo.kind === "STORE_SHIP") parts.push(`${u} shipped from store ${fo.node.code} (${fo.km} km), the nearest node with stock within ${ctx.sourcing.shipFromStoreMaxKm} km`);
    else parts.push(`${u} shipped from ${fo.node.code} (${fo.km} km)`);
  }
  let summary = parts.length ? `${parts.join("; ")}.` : "";
  if (fos.length > 1) summary = `Split into ${fos.length} shipments because no single node had every line: ${summary}`;
  if (unfilled.length) summary += ` ${unfilled[0].qty} unit(s) of ${unfilled[0].sku} backordered: nothing available to promise until ${o.backorder!.po.reference} arrives at ${o.backorder!.dc.code}.`;
  if (reason === "RESOURCE_SUPPLY_ARRIVED") summary = `Supply arrived (${o.backorder!.po.reference}): ${summary}`;
  summary += ` Estimated cost ${eur(cost)}.`;
  return {
    id,
    orderId,
    reason,
    ruleSetId: ctx.sourcingRuleSetId,
    input: {
      destination: o.ship ? { postalCode: o.ship.postalCode, country: o.ship.country, lat: o.ship.lat, lng: o.ship.lng } : null,
      lines: o.lines.map((l) => ({ line: l.no, sku: l.sku.code, qty: l.qty, mode: l.mode, pickupStore: l.pickupStore?.code ?? null })),
    },
    plan: { shipments, unfilled },
    explanation: { summary: summary.trim(), split: fos.length > 1, shipments: fos.length, costMinor: cost },
    costMinor: cost,
    createdAt: new Date(at),
  };
}
