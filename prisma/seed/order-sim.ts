// Simulates the life of every demo order: capture, holds, sourcing, backorders, the work at each
// node (release, pick, pack, ship or ready for pickup), delivery or collection, cancellations and
// returns. Each order's full timeline is planned first; its state is then read at `now`, so every
// status, timestamp, reservation and event agrees with every other by construction.
import type { Channel, FulfillmentStatus, HoldType, LineStatus, OrderStatus } from "@/generated/prisma/enums";
import { deriveOrderStatus, FO_TO_LINE } from "@/lib/orders";
import { distanceKm } from "./geo-data";
import type { OpeningHours } from "./geo-data";
import type { CustomerRec, InboundSim, NodeRec, SkuRec } from "./model";
import type { Random } from "./random";
import { addDeliveryDays, addWorkingMinutes, atLocal, DAY, endOfLocalDay, HOUR, localParts, MINUTE, nextOpen, nextSlot } from "./time";

export type FoKind = "DC_SHIP" | "STORE_SHIP" | "STORE_PICKUP" | "TRANSFER_PICKUP";

export interface LineSim {
  no: number;
  sku: SkuRec;
  qty: number;
  unit: number;
  discount: number;
  mode: "SHIP" | "PICKUP";
  pickupStore: NodeRec | null;
}

export interface FoSim {
  seq: number;
  kind: FoKind;
  node: NodeRec;
  pickupStore: NodeRec | null;
  lines: { line: LineSim; qty: number }[];
  /** When sourcing created it (and reserved its stock). */
  createdAt: number;
  promisedAt: number;
  releasedAt: number;
  pickStartAt: number;
  pickedAt: number;
  packedAt: number;
  shippedAt: number | null;
  readyAt: number | null;
  deliveredAt: number | null;
  pickedUpAt: number | null;
  cancelAt: number | null;
  cancelReason: string | null;
  carrier: string | null;
  tracking: string | null;
  pickupCode: string | null;
  km: number;
  /** Share of the order total captured when this part is fulfilled (minor units). */
  share: number;
  fromBackorder: boolean;
}

export interface HoldSim {
  type: HoldType;
  reason: string;
  createdAt: number;
  releaseAt: number | null;
  outcome: "release" | "cancel" | "pending";
  note: string;
}

export interface ReturnPlan {
  /** Hours after the order completed (ignored when requestedAt is given). */
  afterHours: number;
  requestedAt?: number;
  method: "IN_STORE" | "MAIL";
  /** In store without notice: requested and received at the counter at once. */
  walkIn: boolean;
  store: NodeRec | null;
  receiveAfterHours: number;
  refundAfterHours: number;
  lines: { lineNo: number; qty: number; reason: string }[];
}

export interface OrderSim {
  placedAt: number;
  channel: Channel;
  customer: CustomerRec;
  originStore: NodeRec | null;
  ship: { name: string; line1: string; city: string; postalCode: string; country: string; lat: number; lng: number; foreign: boolean } | null;
  lines: LineSim[];
  fos: FoSim[];
  promo: string | null;
  subtotal: number;
  shipping: number;
  discount: number;
  total: number;
  hold: HoldSim | null;
  /** When sourcing ran (after a hold is released), null when it never does. */
  sourcedAt: number | null;
  backorder: { lineNo: number; po: InboundSim; resolveAt: number; dc: NodeRec } | null;
  cancel: { at: number; by: "CUSTOMER" | "AGENT" | "SYSTEM"; reason: string } | null;
  scheduledPickupAt: number | null;
  returnPlan: ReturnPlan | null;
  notes: { at: number; body: string }[];
  appeasement: { afterHours: number; amount: number; note: string } | null;
  paymentMethod: string;
  firstOrder: boolean;
}

/** The call centre answers Monday-Saturday, 08:00-20:00. */
export const CALL_CENTRE_HOURS: OpeningHours = {
  mon: [["08:00", "20:00"]],
  tue: [["08:00", "20:00"]],
  wed: [["08:00", "20:00"]],
  thu: [["08:00", "20:00"]],
  fri: [["08:00", "20:00"]],
  sat: [["09:00", "18:00"]],
  sun: [],
};

// ------------------------------------------------------------------ carriers

function carrierFor(rng: Random, country: string, express: boolean): { carrier: string; tracking: string } {
  const d = (n: number) => rng.digits(n);
  if (country === "BE") return rng.chance(0.7) ? { carrier: "bpost", tracking: `CD${d(9)}BE` } : { carrier: "DPD", tracking: d(14) };
  if (country === "CH") return rng.chance(0.7) ? { carrier: "Swiss Post", tracking: `99.60.${d(6)}.${d(8)}` } : { carrier: "DHL Express", tracking: d(10) };
  if (country === "LU") return rng.chance(0.7) ? { carrier: "Post Luxembourg", tracking: `LX${d(9)}LU` } : { carrier: "DPD", tracking: d(14) };
  if (express) return { carrier: "Chronopost", tracking: `XW${d(9)}FR` };
  return rng.chance(0.75) ? { carrier: "Colissimo", tracking: `6A${d(11)}` } : { carrier: "DPD", tracking: d(14) };
}

const borderDays = (country: string) => (country === "CH" ? 2 : country === "FR" ? 0 : 1);

// ------------------------------------------------------------------ the work at a node

/** Plans one fulfilment order's whole timeline from the moment sourcing created it. */
export function planTimeline(rng: Random, o: OrderSim, fo: FoSim): void {
  const t0 = fo.createdAt;
  const node = fo.node;
  const isStore = node.type === "STORE";
  const dest = fo.pickupStore ?? null;
  const destLat = dest ? dest.lat : o.ship!.lat;
  const destLng = dest ? dest.lng : o.ship!.lng;
  const destCountry = dest ? dest.country : o.ship!.country;
  fo.km = fo.kind === "STORE_PICKUP" ? 0 : Math.round(distanceKm(node.lat, node.lng, destLat, destLng));

  // Release: DC waves every few minutes while the DC works; stores when they open.
  let release = nextOpen(node.hours, t0 + rng.int(2, 12) * MINUTE);
  if (o.scheduledPickupAt !== null && fo.kind === "STORE_PICKUP") {
    release = Math.max(release, nextOpen(node.hours, o.scheduledPickupAt - DAY));
  }
  fo.releasedAt = release;
  const tail = rng.chance(0.12);
  if (fo.kind === "STORE_PICKUP") {
    fo.pickStartAt = addWorkingMinutes(node.hours, release, tail ? rng.int(60, 240) : rng.int(3, 55));
    fo.pickedAt = addWorkingMinutes(node.hours, fo.pickStartAt, rng.int(4, 25));
    fo.packedAt = addWorkingMinutes(node.hours, fo.pickedAt, rng.int(2, 10));
    fo.readyAt = fo.packedAt;
  } else {
    fo.pickStartAt = addWorkingMinutes(node.hours, release, isStore ? rng.int(15, 180) : tail ? rng.int(180, 600) : rng.int(10, 180));
    fo.pickedAt = addWorkingMinutes(node.hours, fo.pickStartAt, rng.int(3, 30));
    fo.packedAt = addWorkingMinutes(node.hours, fo.pickedAt, rng.int(5, 40));
    fo.shippedAt = isStore
      ? nextSlot(fo.packedAt + 10 * MINUTE, [16 * 60 + 30], [0, 1, 2, 3, 4, 5])
      : nextSlot(fo.packedAt + 10 * MINUTE, [12 * 60, 17 * 60, 20 * 60], [0, 1, 2, 3, 4, 5]);
  }

  if (fo.kind === "DC_SHIP" || fo.kind === "STORE_SHIP") {
    const express = fo.kind === "DC_SHIP" && rng.chance(0.12);
    const c = carrierFor(rng, destCountry, express);
    fo.carrier = c.carrier;
    fo.tracking = c.tracking;
    const base = (fo.km < 200 || express ? 1 : fo.km < 600 ? 2 : 3) + borderDays(destCountry);
    const r = rng.next();
    const delay = r < 0.08 ? 1 : r < 0.11 ? rng.int(2, 4) : 0;
    fo.deliveredAt = addDeliveryDays(fo.shippedAt!, base + delay, rng.int(9 * 60, 18 * 60 + 30));
    // Promise at capture: ships today when ordered before 15:00 on a weekday, then the nominal transit.
    const p = localParts(o.placedAt);
    const shipDay = p.weekday <= 4 && p.minutes < 15 * 60 ? o.placedAt : addDeliveryDays(o.placedAt, 1, 12 * 60);
    const nominal = (fo.km < 600 ? 2 : 3) + borderDays(destCountry) - (express ? 1 : 0);
    fo.promisedAt = endOfLocalDay(addDeliveryDays(Math.max(shipDay, fo.fromBackorder ? t0 : shipDay), nominal, 12 * 60));
  } else {
    const store = fo.pickupStore!;
    if (fo.kind === "TRANSFER_PICKUP") {
      fo.carrier = "Geodis";
      fo.tracking = `GEO${rng.digits(10)}`;
      const arrive = addDeliveryDays(fo.shippedAt!, fo.km < 400 ? 1 : 2, rng.int(8 * 60, 11 * 60));
      fo.readyAt = addWorkingMinutes(store.hours, arrive, rng.int(10, 90));
      fo.promisedAt = endOfLocalDay(addDeliveryDays(o.placedAt, 3, 12 * 60));
    } else {
      // Click & collect from the store's shelves: "ready within 2 hours" of opening time.
      fo.promisedAt = o.scheduledPickupAt ?? addWorkingMinutes(store.hours, Math.max(o.placedAt, t0), 120);
    }
    fo.pickupCode = rng.digits(6);
    const r = rng.next();
    const ready = fo.readyAt!;
    if (o.scheduledPickupAt !== null) {
      fo.pickedUpAt = Math.max(ready, addWorkingMinutes(store.hours, o.scheduledPickupAt, rng.int(0, 300)));
    } else if (r < 0.35) fo.pickedUpAt = addWorkingMinutes(store.hours, ready, rng.int(20, 360));
    else if (r < 0.7) fo.pickedUpAt = addWorkingMinutes(store.hours, ready + DAY - 4 * HOUR, rng.int(0, 420));
    else if (r < 0.9) fo.pickedUpAt = addWorkingMinutes(store.hours, ready + rng.int(2, 3) * DAY - 6 * HOUR, rng.int(0, 420));
    else if (r < 0.97) fo.pickedUpAt = addWorkingMinutes(store.hours, ready + rng.int(4, 7) * DAY - 6 * HOUR, rng.int(0, 420));
    else {
      // Never collected: the pickup expires after 10 days and the units go back to the shelf.
      fo.pickedUpAt = null;
      fo.cancelAt = atLocal(ready + 10 * DAY, 20, 0);
      fo.cancelReason = "Not collected within 10 days";
    }
  }
}

// ------------------------------------------------------------------ state at `now`

export interface FoState {
  exists: boolean;
  status: FulfillmentStatus;
  releasedAt: number | null;
  pickStartAt: number | null;
  pickedAt: number | null;
  packedAt: number | null;
  shippedAt: number | null;
  readyAt: number | null;
  deliveredAt: number | null;
  pickedUpAt: number | null;
  cancelledAt: number | null;
}

export interface ReturnState {
  requestedAt: number;
  approvedAt: number | null;
  receivedAt: number | null;
  refundedAt: number | null;
  status: "REQUESTED" | "APPROVED" | "RECEIVED" | "REFUNDED";
  lines: { line: LineSim; qty: number; reason: string }[];
  refund: number;
}

export interface OrderState {
  status: OrderStatus;
  holdOpen: boolean;
  holdReleasedAt: number | null;
  cancelledAt: number | null;
  sourced: boolean;
  backorderOpen: boolean;
  fos: FoState[];
  lineStatus: Map<number, LineStatus>;
  lineCancelled: Map<number, number>;
  fulfilledAt: number | null;
  completedAt: number | null;
  ret: ReturnState | null;
}

const reached = (t: number | null, now: number) => (t !== null && t <= now ? t : null);

export function foStateAt(fo: FoSim, now: number, orderCancelAt: number | null): FoState {
  const exists = fo.createdAt <= now && (orderCancelAt === null || fo.createdAt < orderCancelAt);
  let cancelAt = fo.cancelAt;
  if (orderCancelAt !== null && (cancelAt === null || orderCancelAt < cancelAt)) cancelAt = orderCancelAt;
  const cancelled = exists && cancelAt !== null && cancelAt <= now;
  const until = cancelled ? cancelAt! : now;
  const r = (t: number | null) => (t !== null && t <= until && t <= now ? t : null);
  const s: FoState = {
    exists,
    status: "CREATED",
    releasedAt: r(fo.releasedAt),
    pickStartAt: r(fo.pickStartAt),
    pickedAt: r(fo.pickedAt),
    packedAt: r(fo.packedAt),
    shippedAt: r(fo.shippedAt),
    readyAt: r(fo.readyAt),
    deliveredAt: r(fo.deliveredAt),
    pickedUpAt: r(fo.pickedUpAt),
    cancelledAt: cancelled ? cancelAt : null,
  };
  if (!exists) return s;
  if (cancelled) s.status = "CANCELLED";
  else if (s.pickedUpAt) s.status = "PICKED_UP";
  else if (s.deliveredAt) s.status = "DELIVERED";
  else if (fo.kind === "TRANSFER_PICKUP" && s.readyAt) s.status = "READY_FOR_PICKUP";
  else if (fo.kind === "TRANSFER_PICKUP" && s.shippedAt) s.status = "IN_TRANSIT_TO_STORE";
  else if (fo.kind === "STORE_PICKUP" && s.readyAt) s.status = "READY_FOR_PICKUP";
  else if (s.shippedAt) s.status = "SHIPPED";
  else if (s.packedAt) s.status = "PACKED";
  else if (s.pickStartAt) s.status = "PICKING";
  else if (s.releasedAt) s.status = "RELEASED";
  return s;
}

const LINE_RANK: Record<string, number> = {
  CREATED: 0, BACKORDERED: 1, SCHEDULED: 2, RELEASED: 3, PICKING: 4, PACKED: 5, SHIPPED: 6, READY_FOR_PICKUP: 6, DELIVERED: 7, PICKED_UP: 7,
};


/**
 * The order's state at `now`: each fulfilment order's progress, each line's status (the least
 * advanced of its parts), and the order status derived by the state machine in lib/orders.
 */
export function orderStateAt(o: OrderSim, now: number, returnRefund: (o: OrderSim, lines: ReturnState["lines"]) => number): OrderState {
  const holdOpen = !!o.hold && o.hold.createdAt <= now && (o.hold.releaseAt === null || o.hold.releaseAt > now);
  const holdReleasedAt = o.hold && o.hold.outcome === "release" ? reached(o.hold.releaseAt, now) : null;
  const cancelledAt = o.cancel ? reached(o.cancel.at, now) : null;
  const sourced = o.sourcedAt !== null && o.sourcedAt <= now && (cancelledAt === null || o.sourcedAt < cancelledAt);
  const fos = o.fos.map((fo) => foStateAt(fo, now, o.cancel ? o.cancel.at : null));
  const backorderOpen = !!o.backorder && sourced && o.backorder.resolveAt > now && cancelledAt === null;

  const lineStatus = new Map<number, LineStatus>();
  const lineCancelled = new Map<number, number>();
  for (const line of o.lines) {
    const parts = o.fos.map((fo, i) => [fo, fos[i]] as const).filter(([fo, st]) => st.exists && fo.lines.some((l) => l.line === line));
    let cancelledQty = 0;
    let status: LineStatus;
    if (cancelledAt !== null && parts.every(([, st]) => st.status === "CANCELLED")) {
      status = "CANCELLED";
      cancelledQty = line.qty;
    } else if (backorderOpen && o.backorder!.lineNo === line.no) {
      status = "BACKORDERED";
    } else if (parts.length === 0) {
      status = "CREATED";
    } else {
      let best: LineStatus | null = null;
      for (const [fo, st] of parts) {
        const qty = fo.lines.find((l) => l.line === line)!.qty;
        if (st.status === "CANCELLED") {
          cancelledQty += qty;
          continue;
        }
        const ls = FO_TO_LINE[st.status];
        if (best === null || LINE_RANK[ls] < LINE_RANK[best]) best = ls;
      }
      status = best ?? "CANCELLED";
      if (status === "CANCELLED") cancelledQty = line.qty;
    }
    lineStatus.set(line.no, status);
    lineCancelled.set(line.no, Math.min(cancelledQty, line.qty));
  }

  const open = o.lines.filter((l) => lineStatus.get(l.no) !== "CANCELLED");
  const done = (s: LineStatus | undefined) => s === "DELIVERED" || s === "PICKED_UP";
  // Fulfilled (state machine): every remaining line shipped, ready for pickup, delivered or collected.
  const fulfilled = (l: LineSim) => ["SHIPPED", "READY_FOR_PICKUP", "DELIVERED", "PICKED_UP"].includes(lineStatus.get(l.no)!);
  let completedAt: number | null = null;
  let fulfilledAt: number | null = null;
  if (open.length && open.every((l) => done(lineStatus.get(l.no)))) {
    completedAt = Math.max(...fos.filter((f) => f.exists && f.status !== "CANCELLED").map((f) => f.deliveredAt ?? f.pickedUpAt ?? 0));
  }
  if (open.length && open.every(fulfilled)) {
    fulfilledAt = Math.max(
      ...o.fos.map((fo, i) => [fo, fos[i]] as const).filter(([, f]) => f.exists && f.status !== "CANCELLED").map(([fo, f]) => (fo.kind.endsWith("PICKUP") ? (f.readyAt ?? f.shippedAt) : f.shippedAt) ?? f.pickedUpAt ?? f.deliveredAt ?? 0),
    );
  }

  let ret: ReturnState | null = null;
  if (completedAt !== null && o.returnPlan) {
    const plan = o.returnPlan;
    const requestedAt = plan.requestedAt !== undefined ? Math.max(plan.requestedAt, completedAt + HOUR) : completedAt + plan.afterHours * HOUR;
    if (requestedAt <= now) {
      const lines = plan.lines
        .map((pl) => ({ line: o.lines.find((l) => l.no === pl.lineNo)!, qty: pl.qty, reason: pl.reason }))
        .filter((x) => x.line && lineStatus.get(x.line.no) !== "CANCELLED");
      if (lines.length) {
        const receivedPlan = plan.walkIn ? requestedAt : requestedAt + plan.receiveAfterHours * HOUR;
        const approvedAt = plan.walkIn ? null : reached(requestedAt + rng0(plan) * MINUTE, now);
        const receivedAt = reached(receivedPlan, now);
        const refundedAt = receivedAt !== null ? reached(receivedAt + plan.refundAfterHours * HOUR, now) : null;
        ret = {
          requestedAt,
          approvedAt,
          receivedAt,
          refundedAt,
          status: refundedAt ? "REFUNDED" : receivedAt ? "RECEIVED" : approvedAt ? "APPROVED" : "REQUESTED",
          lines,
          refund: returnRefund(o, lines),
        };
        for (const x of lines) lineStatus.set(x.line.no, receivedAt ? "RETURNED" : "RETURN_REQUESTED");
      }
    }
  }

  // The one state machine (lib/orders) derives the order status from its lines and holds; a
  // refunded return is the one status it leaves to the refund itself.
  let status: OrderStatus = deriveOrderStatus({ lines: [...lineStatus.values()].map((s) => ({ status: s })), openHolds: holdOpen ? 1 : 0 });
  if (ret?.status === "REFUNDED") status = "REFUNDED";
  return { status, holdOpen, holdReleasedAt, cancelledAt, sourced, backorderOpen, fos, lineStatus, lineCancelled, fulfilledAt, completedAt, ret };
}

/** Automatic approval of a mail return a few minutes after the request (deterministic per plan). */
function rng0(plan: ReturnPlan): number {
  return 2 + (plan.lines.length * 7 + Math.round(plan.receiveAfterHours)) % 25;
}
