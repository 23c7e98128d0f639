// Plans the demo orders: when they were placed and on which channel, what they contain, how they
// were priced, held, sourced (including splits, ship-from-store, backorders) and what happened
// after. A few dozen "showcase" orders are steered into every open state (and the demo stores'
// queues) so that any scale of the world shows every screen with data.
import type { Channel, FulfillmentStatus, HoldType, OrderStatus } from "@/generated/prisma/enums";
import { distanceKm, TOWNS } from "./geo-data";
import type { CustomerRec, InboundSim, NodeRec, SkuRec } from "./model";
import type { Stock } from "./model";
import { FIRST_NAMES, LAST_NAMES, STREETS, streetLine } from "./people-data";
import type { Random } from "./random";
import { WeightedTable } from "./random";
import { CALL_CENTRE_HOURS, orderStateAt, planTimeline } from "./order-sim";
import type { FoKind, FoSim, LineSim, OrderSim, OrderState, ReturnPlan, ReturnState } from "./order-sim";
import { priceOrder, promoProblem, type PromoInput } from "@/lib/orders/client";
import { addWorkingMinutes, atLocal, DAY, HOUR, localParts, MINUTE, nextOpen } from "./time";
import type { HoldRules, ReturnRules, SourcingRules } from "@/lib/rules/client";

export interface PromoSim {
  code: string;
  description: string;
  percentOff: number | null;
  amountOffMinor: number | null;
  freeShipping: boolean;
  minSubtotalMinor: number;
  active: boolean;
  validFrom: number | null;
  validUntil: number | null;
}

export function demoPromos(now: number): PromoSim[] {
  return [
    { code: "WELCOME10", description: "10% off a first order", percentOff: 10, amountOffMinor: null, freeShipping: false, minSubtotalMinor: 0, active: true, validFrom: now - 365 * DAY, validUntil: null },
    { code: "FREESHIP", description: "Free standard shipping from EUR 30 (no percent or amount: the shipping fee is waived)", percentOff: null, amountOffMinor: null, freeShipping: true, minSubtotalMinor: 3000, active: true, validFrom: now - 120 * DAY, validUntil: null },
    { code: "SUMMER5", description: "EUR 5 off from EUR 40", percentOff: null, amountOffMinor: 500, freeShipping: false, minSubtotalMinor: 4000, active: true, validFrom: now - 60 * DAY, validUntil: now + 30 * DAY },
    { code: "SPRING15", description: "15% off from EUR 50 (spring sale, expired)", percentOff: 15, amountOffMinor: null, freeShipping: false, minSubtotalMinor: 5000, active: true, validFrom: now - 100 * DAY, validUntil: now - 40 * DAY },
  ];
}

export interface OrderWorld {
  rng: Random;
  now: number;
  dcs: NodeRec[];
  stores: NodeRec[];
  skus: SkuRec[];
  productSkus: number[][];
  customers: CustomerRec[];
  stock: Stock;
  inbound: InboundSim[];
  promos: PromoSim[];
  sourcing: SourcingRules;
  holds: HoldRules;
  returns: ReturnRules;
  /** The SKU the first showcase backorder waits for (the demo stock-out journey), one unit of it. */
  backorderSku?: SkuRec;
}

type Force =
  | { kind: "queue"; store: NodeRec; foKind: FoKind; status: FulfillmentStatus; uncollectedDays?: number }
  | { kind: "status"; status: OrderStatus; hold?: HoldType; sku?: SkuRec }
  | { kind: "return"; status: "RETURN_REQUESTED" | "RETURNED" | "REFUNDED"; store?: NodeRec };

const CHANNELS: Channel[] = ["WEB", "MOBILE", "CALL_CENTER", "STORE", "MARKETPLACE"];
const CHANNEL_WEIGHTS = [45, 25, 10, 10, 10];

/** Local hour-of-day weights per channel (0..23). */
const HOUR_WEIGHTS: Record<Channel, number[]> = {
  WEB: [2, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 3, 4, 5, 6, 7, 6, 5, 5, 5, 6, 7, 8, 9, 9, 7, 4],
  MOBILE: [3, 1.5, 0.6, 0.3, 0.3, 0.5, 1.5, 3, 4, 4, 4, 5, 7, 7, 5, 4, 4, 5, 6, 8, 10, 10, 8, 5],
  CALL_CENTER: [0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 7, 6, 4, 4, 6, 7, 6, 5, 4, 2, 0, 0, 0, 0],
  STORE: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 5, 6, 6, 6, 6, 7, 7, 6, 4, 1, 0, 0, 0],
  MARKETPLACE: [3, 2, 1, 0.5, 0.5, 1, 2, 3, 4, 5, 5, 6, 6, 5, 5, 5, 5, 6, 7, 8, 8, 7, 6, 4],
};
const HOURS = Array.from({ length: 24 }, (_, h) => h);
/** Monday..Sunday demand. */
const WEEKDAY_WEIGHTS = [1, 0.95, 1, 0.95, 1.05, 1.2, 1.1];

const RETURN_REASON_WEIGHTS: [string, number][] = [
  ["SIZE_TOO_SMALL", 26], ["SIZE_TOO_LARGE", 22], ["CHANGED_MIND", 20], ["NOT_AS_DESCRIBED", 12], ["DAMAGED", 8], ["WRONG_ITEM", 5], ["ARRIVED_LATE", 7],
];

const NOTES = [
  "Customer asked for the parcel to be left with the concierge.",
  "Gift order: customer asked us not to include the receipt.",
  "Customer asked whether the size runs small; advised one size up.",
  "Customer called to check the delivery date; reassured.",
  "Customer prefers to be contacted by e-mail rather than phone.",
  "Customer asked about the return policy for sale items; 30 days, explained.",
];

export class OrderPlanner {
  private readonly rng: Random;
  private readonly skuTable: WeightedTable<SkuRec>;
  private readonly customerTable: WeightedTable<CustomerRec>;
  private readonly ordersByCustomer = new Map<number, number>();
  private readonly expensive: SkuRec[];
  private readonly cheap: SkuRec[];
  /** Extra quantities to add to inbound purchase orders for backordered lines. */
  readonly inboundAdditions: { po: InboundSim; skuIdx: number; qty: number }[] = [];
  /** SKUs with an open backorder: nothing left to promise anywhere in the network. */
  readonly stockedOut = new Set<number>();

  constructor(private readonly w: OrderWorld) {
    this.rng = w.rng;
    this.skuTable = new WeightedTable(w.skus, w.skus.map((s) => s.popularity));
    this.customerTable = new WeightedTable(w.customers, w.customers.map((c) => c.weight));
    this.expensive = w.skus.filter((s) => s.priceMinor >= 14_000);
    this.cheap = w.skus.filter((s) => s.priceMinor <= 3_000);
  }

  /** All orders, oldest first. */
  plan(count: number): OrderSim[] {
    const { rng, now } = this.w;
    const forces = this.forces().slice(0, Math.max(0, Math.floor(count * 0.3)));
    const natural = count - forces.length;
    const dayWeights = Array.from({ length: 90 }, (_, d) => (1 + (0.35 * (90 - d)) / 90) * WEEKDAY_WEIGHTS[localParts(now - d * DAY).weekday]);
    const days = Array.from({ length: 90 }, (_, d) => d);
    const slots: { at: number; channel: Channel }[] = [];
    for (let i = 0; i < natural; i++) {
      const channel = rng.weighted(CHANNELS, CHANNEL_WEIGHTS);
      let at = 0;
      for (let tries = 0; tries < 50; tries++) {
        const d = rng.weighted(days, dayWeights);
        const hour = rng.weighted(HOURS, HOUR_WEIGHTS[channel]);
        at = atLocal(now - d * DAY, hour, rng.int(0, 59)) + rng.int(0, 59) * 1000;
        if (at < now - 5 * MINUTE && at > now - 90 * DAY) break;
      }
      at = Math.min(at, now - 5 * MINUTE);
      slots.push({ at, channel });
    }
    slots.sort((a, b) => a.at - b.at);
    const orders: OrderSim[] = [];
    for (const s of slots) orders.push(this.commit(this.build(s.at, s.channel, undefined)));
    for (const f of forces) orders.push(this.commit(this.forced(f)));
    return orders.sort((a, b) => a.placedAt - b.placedAt || a.customer.idx - b.customer.idx);
  }

  /** The showcase orders: the demo stores' queues first, then every open order state. */
  private forces(): Force[] {
    const [par, lyo] = this.w.stores;
    const q = (store: NodeRec, foKind: FoKind, status: FulfillmentStatus, uncollectedDays?: number): Force => ({ kind: "queue", store, foKind, status, uncollectedDays });
    const st = (status: OrderStatus, hold?: HoldType): Force => ({ kind: "status", status, hold });
    return [
      q(par, "STORE_PICKUP", "READY_FOR_PICKUP", 6),
      q(par, "STORE_PICKUP", "RELEASED"),
      q(par, "STORE_PICKUP", "READY_FOR_PICKUP"),
      q(par, "STORE_SHIP", "PACKED"),
      q(par, "STORE_PICKUP", "PICKING"),
      q(par, "STORE_SHIP", "RELEASED"),
      q(lyo, "STORE_PICKUP", "READY_FOR_PICKUP"),
      q(lyo, "STORE_PICKUP", "RELEASED"),
      st("ON_HOLD", "HIGH_VALUE"),
      { kind: "status", status: "BACKORDERED", sku: this.w.backorderSku },
      st("SCHEDULED"),
      st("RELEASED"),
      st("IN_FULFILLMENT"),
      st("FULFILLED"),
      st("CANCELLED"),
      { kind: "return", status: "RETURN_REQUESTED", store: par },
      { kind: "return", status: "RETURNED" },
      { kind: "return", status: "REFUNDED" },
      st("CREATED"),
      st("ON_HOLD", "QUANTITY"),
      st("ON_HOLD", "ADDRESS_CHECK"),
      st("ON_HOLD", "FRAUD"),
      q(par, "TRANSFER_PICKUP", "IN_TRANSIT_TO_STORE"),
      q(par, "TRANSFER_PICKUP", "READY_FOR_PICKUP"),
      q(par, "STORE_SHIP", "PICKING"),
      q(par, "STORE_SHIP", "PACKED"),
      q(par, "STORE_PICKUP", "READY_FOR_PICKUP"),
      q(par, "STORE_PICKUP", "RELEASED"),
      q(lyo, "STORE_SHIP", "PACKED"),
      st("BACKORDERED"),
      st("BACKORDERED"),
      st("SCHEDULED"),
      st("RELEASED"),
      st("RELEASED"),
      st("IN_FULFILLMENT"),
      st("IN_FULFILLMENT"),
      st("FULFILLED"),
      st("FULFILLED"),
      st("CANCELLED"),
      { kind: "return", status: "RETURN_REQUESTED" },
      { kind: "return", status: "RETURNED" },
      { kind: "return", status: "REFUNDED" },
    ];
  }

  /** Tries placement times until the order's state at `now` is the one the showcase needs. */
  private forced(f: Force): OrderSim {
    const { rng, now } = this.w;
    const windows: Partial<Record<string, [number, number]>> = {
      RELEASED: [0.2, 30], PICKING: [0.3, 40], PACKED: [0.5, 48], READY_FOR_PICKUP: [1, 60], IN_TRANSIT_TO_STORE: [10, 80],
      CREATED: [0.01, 0.03], ON_HOLD: [0.2, 20], SCHEDULED: [0.2, 10], BACKORDERED: [1, 120], IN_FULFILLMENT: [0.5, 40], FULFILLED: [20, 70], CANCELLED: [2, 200],
      RETURN_REQUESTED: [200, 500], RETURNED: [200, 500], REFUNDED: [200, 600],
    };
    let last: OrderSim | null = null;
    for (let attempt = 0; attempt < 80; attempt++) {
      let window = windows[f.status] ?? [1, 48];
      if (f.kind === "queue" && f.uncollectedDays) window = [f.uncollectedDays * 24 + 8, f.uncollectedDays * 24 + 30];
      const placedAt = now - rng.float(window[0], window[1]) * HOUR;
      const channel: Channel = f.kind === "queue" ? (f.foKind === "STORE_SHIP" ? rng.pick(["WEB", "MOBILE", "CALL_CENTER"]) : rng.pick(["WEB", "MOBILE", "CALL_CENTER", "STORE"])) : CHANNELS[attempt % 4];
      const o = this.build(placedAt, channel, f);
      last = o;
      const state = orderStateAt(o, now, refundFor);
      if (this.matches(o, state, f)) return o;
    }
    return last!;
  }

  private matches(o: OrderSim, state: OrderState, f: Force): boolean {
    if (f.kind === "status") return state.status === f.status;
    if (f.kind === "return") return state.status === f.status;
    const i = o.fos.findIndex((fo) => fo.kind === f.foKind && (fo.node === f.store || fo.pickupStore === f.store));
    if (i < 0 || state.fos[i].status !== f.status || !state.fos[i].exists) return false;
    if (f.uncollectedDays) return state.fos[i].readyAt !== null && state.fos[i].readyAt! < this.w.now - 5 * DAY;
    return state.status !== "ON_HOLD";
  }

  /** Records what an accepted order changes in the shared world (inbound quantities, stock-outs). */
  private commit(o: OrderSim): OrderSim {
    const n = this.ordersByCustomer.get(o.customer.idx) ?? 0;
    this.ordersByCustomer.set(o.customer.idx, n + 1);
    if (o.backorder) {
      const line = o.lines.find((l) => l.no === o.backorder!.lineNo)!;
      this.inboundAdditions.push({ po: o.backorder.po, skuIdx: line.sku.idx, qty: line.qty });
      if (o.backorder.resolveAt > this.w.now && (!o.cancel || o.cancel.at > this.w.now)) this.stockedOut.add(line.sku.idx);
    }
    return o;
  }

  // ---------------------------------------------------------------- one order

  private build(placedAt: number, channel: Channel, force: Force | undefined): OrderSim {
    const { rng, now } = this.w;
    const wantStatus = force?.kind === "status" ? force.status : null;
    const queue = force?.kind === "queue" ? force : null;
    const customer = queue ? this.customerNear(queue.store) : force?.kind === "return" && force.store ? this.customerNear(force.store) : this.customerTable.pick(rng);
    const firstOrder = (this.ordersByCustomer.get(customer.idx) ?? 0) === 0;
    const nearStores = customer.nearStores;
    const originStore = channel === "STORE" ? (queue ? queue.store : nearStores[0]) : null;

    // Basket.
    const highValue = force?.kind === "status" && force.hold === "HIGH_VALUE" ? true : !force && rng.chance(0.012);
    const bulk = force?.kind === "status" && force.hold === "QUANTITY" ? true : !force && rng.chance(0.004);
    const lineCount = highValue ? rng.int(3, 6) : rng.weighted([1, 2, 3, 4, 5, 6], [45, 30, 14, 6, 3, 2]);
    const chosen = new Set<SkuRec>();
    while (chosen.size < lineCount) chosen.add(highValue && this.expensive.length ? rng.pick(this.expensive) : this.skuTable.pick(rng));
    const lines: LineSim[] = [...chosen].map((sku, i) => ({
      no: i + 1,
      sku,
      qty: highValue ? rng.int(1, 3) : rng.weighted([1, 2, 3], [85, 12, 3]),
      unit: sku.priceMinor,
      discount: 0,
      mode: "SHIP",
      pickupStore: null,
    }));
    const forcedSku = force?.kind === "status" ? force.sku : undefined;
    if (forcedSku) {
      // The backordered line is the first ship line: make it one unit of the chosen SKU.
      const k = lines.findIndex((l) => l.sku === forcedSku);
      if (k > 0) lines.splice(k, 1);
      lines[0] = { ...lines[0], sku: forcedSku, unit: forcedSku.priceMinor, qty: 1 };
      lines.forEach((l, i) => (l.no = i + 1));
    }
    if (bulk) {
      const sku = this.cheap.length ? rng.pick(this.cheap) : lines[0].sku;
      lines[0] = { ...lines[0], sku, unit: sku.priceMinor, qty: rng.int(this.w.holds.maxUnitsPerSku + 1, this.w.holds.maxUnitsPerSku + 6) };
    }
    if (highValue) {
      while (lines.reduce((s, l) => s + l.qty * l.unit, 0) < this.w.holds.highValueMinor) lines[rng.int(0, lines.length - 1)].qty++;
    }

    // Delivery: ship to home, pick up in a store, or both.
    let modeMix: "SHIP" | "PICKUP" | "MIXED";
    if (queue) modeMix = queue.foKind === "STORE_SHIP" ? "SHIP" : "PICKUP";
    else if (wantStatus === "SCHEDULED") modeMix = "PICKUP";
    else if (wantStatus === "BACKORDERED" || force?.kind === "status" || channel === "MARKETPLACE") modeMix = "SHIP";
    else modeMix = rng.weighted<"SHIP" | "PICKUP" | "MIXED">(["SHIP", "PICKUP", "MIXED"], channel === "STORE" ? [55, 40, 5] : [62, 30, lines.length > 1 ? 8 : 0]);
    const pickupStore = queue ? (queue.foKind === "STORE_SHIP" ? null : queue.store) : originStore ?? rng.weighted(nearStores, [70, 20, 7, 3].slice(0, nearStores.length));
    lines.forEach((l, i) => {
      const pickup = modeMix === "PICKUP" || (modeMix === "MIXED" && i % 2 === 1);
      l.mode = pickup ? "PICKUP" : "SHIP";
      l.pickupStore = pickup ? pickupStore : null;
    });
    const hasShip = lines.some((l) => l.mode === "SHIP");

    // Address: home, the second address, or (rarely) a gift to someone else.
    const gift = force?.kind === "status" && force.hold === "ADDRESS_CHECK" ? true : !force && hasShip && rng.chance(0.02);
    let ship: OrderSim["ship"] = null;
    if (hasShip) {
      if (gift) {
        const town = rng.pick(TOWNS.filter((t) => t.country === customer.country));
        const [postalCode, lat, lng] = rng.pick(town.postcodes);
        ship = {
          name: `${rng.pick(FIRST_NAMES[town.country])} ${rng.pick(LAST_NAMES[town.country])}`,
          line1: streetLine(town.country, rng.pick(STREETS[town.country]), rng.int(1, 120)),
          city: town.city,
          postalCode,
          country: town.country,
          lat: lat + rng.float(-0.01, 0.01),
          lng: lng + rng.float(-0.01, 0.01),
          foreign: true,
        };
      } else {
        const a = customer.addresses.length > 1 && rng.chance(0.2) ? customer.addresses[1] : customer.addresses[0];
        ship = { name: `${customer.firstName} ${customer.lastName}`, line1: a.line1, city: a.city, postalCode: a.postalCode, country: a.country, lat: a.lat, lng: a.lng, foreign: false };
      }
    }

    // Price exactly as order capture does (lib/orders/pricing): VAT-inclusive prices, the promo
    // discount spread over the lines, the flat shipping fee unless free.
    const promo = this.choosePromo(placedAt, channel, firstOrder, lines, hasShip, !!force);
    const priced = priceOrder(
      lines.map((l) => ({ qty: l.qty, unitPriceMinor: l.unit, mode: l.mode })),
      promo,
    );
    lines.forEach((l, i) => (l.discount = priced.lineDiscountMinor[i]));
    const { subtotalMinor: subtotal, shippingMinor: shipping, discountMinor: discount, totalMinor: total } = priced;

    const o: OrderSim = {
      placedAt,
      channel,
      customer,
      originStore,
      ship,
      lines,
      fos: [],
      promo: promo?.code ?? null,
      subtotal,
      shipping,
      discount,
      total,
      hold: null,
      sourcedAt: null,
      backorder: null,
      cancel: null,
      scheduledPickupAt: null,
      returnPlan: null,
      notes: [],
      appeasement: null,
      paymentMethod: channel === "MARKETPLACE" ? "MARKETPLACE" : rng.weighted(["CARD", "PAYPAL", "GIFT_CARD"], channel === "STORE" || channel === "CALL_CENTER" ? [95, 0, 5] : [72, 24, 4]),
      firstOrder,
    };

    // Holds, from the published hold rules (plus the odd fraud review and manual hold).
    const rules = this.w.holds;
    let holdType: HoldType | null = null;
    let reason = "";
    if (total >= rules.highValueMinor) [holdType, reason] = ["HIGH_VALUE", `Order total ${(total / 100).toFixed(2)} EUR is at or above the ${(rules.highValueMinor / 100).toFixed(0)} EUR review threshold`];
    else if (lines.some((l) => l.qty > rules.maxUnitsPerSku)) [holdType, reason] = ["QUANTITY", `More than ${rules.maxUnitsPerSku} units of one SKU`];
    else if (gift && (customer.isNew || firstOrder || force) && rules.newCustomerAddressMismatch) [holdType, reason] = ["ADDRESS_CHECK", "New customer shipping to an address that is not on file"];
    else if ((force?.kind === "status" && force.hold === "FRAUD") || (!force && (channel === "WEB" || channel === "MARKETPLACE") && rng.chance(0.005))) [holdType, reason] = ["FRAUD", "Payment risk score above threshold (card issued abroad, new device)"];
    else if (!force && channel === "CALL_CENTER" && rng.chance(0.01)) [holdType, reason] = ["MANUAL", "Customer asked to hold the order until they confirm the delivery date"];
    let sourcedAt: number | null = placedAt + rng.int(20, 150) * 1000;
    if (wantStatus === "CREATED") sourcedAt = now + rng.int(1, 3) * MINUTE;
    if (holdType) {
      const pending = force?.kind === "status" && force.status === "ON_HOLD";
      const cancelP = holdType === "FRAUD" ? 0.5 : holdType === "HIGH_VALUE" ? 0.05 : 0.15;
      const outcome = pending ? "pending" : force || !rng.chance(cancelP) ? "release" : "cancel";
      const releaseAt = pending ? null : addWorkingMinutes(CALL_CENTRE_HOURS, placedAt, rng.int(8, 420));
      o.hold = {
        type: holdType,
        reason,
        createdAt: placedAt + 2000,
        releaseAt,
        outcome,
        note: outcome === "release" ? rng.pick(["Called the customer: order confirmed, identity checked.", "Address confirmed with the customer by phone.", "Payment verified with the bank; releasing."]) : "Could not verify the payment; order cancelled and customer informed.",
      };
      if (outcome === "cancel") {
        o.cancel = { at: releaseAt!, by: "AGENT", reason: holdType === "FRAUD" ? "Suspected fraud" : "Hold not confirmed by the customer" };
        sourcedAt = null;
      } else sourcedAt = releaseAt;
    }
    o.sourcedAt = sourcedAt;

    // Pickup on a chosen date (a few days ahead): the work is released the day before.
    if (modeMix === "PICKUP" && pickupStore && !queue && (wantStatus === "SCHEDULED" || (!force && rng.chance(0.05)))) {
      o.scheduledPickupAt = nextOpen(pickupStore.hours, atLocal(placedAt + rng.int(2, 4) * DAY, 11, 0));
    }

    if (sourcedAt !== null) this.source(o, sourcedAt, force);

    // Customer (or agent) cancellation before anything was packed.
    const wantCancel = wantStatus === "CANCELLED" || (!force && !o.cancel && rng.chance(0.025));
    if (wantCancel) {
      const firstPacked = Math.min(...o.fos.map((f) => f.packedAt));
      const at = Math.min(placedAt + rng.int(5, 600) * MINUTE, firstPacked - 5 * MINUTE);
      if (at > placedAt && (!o.hold || o.hold.releaseAt === null || at > o.hold.releaseAt)) {
        const byAgent = channel === "CALL_CENTER" || channel === "STORE" || rng.chance(0.3);
        o.cancel = { at, by: byAgent ? "AGENT" : "CUSTOMER", reason: rng.pick(["Customer changed their mind", "Ordered the wrong size", "Found a better delivery option", "Duplicate order"]) };
      }
    }

    // After-sales: returns, notes, goodwill gestures.
    if (force?.kind === "return") o.returnPlan = this.returnPlan(o, force.status, force.store);
    else if (!force && rng.chance(0.09)) o.returnPlan = this.returnPlan(o, null, undefined);
    if (!force && rng.chance(0.05)) o.notes.push({ at: placedAt + rng.int(10, 60 * 48) * MINUTE, body: rng.pick(NOTES) });
    if (o.hold && o.hold.outcome !== "pending" && rng.chance(0.6)) o.notes.push({ at: o.hold.releaseAt! - MINUTE, body: o.hold.note });
    if (!force && rng.chance(0.012)) o.appeasement = { afterHours: rng.int(24, 200), amount: rng.pick([500, 1000, 1500]), note: "Goodwill gesture for the late delivery" };
    return o;
  }

  private customerNear(store: NodeRec): CustomerRec {
    const near = this.w.customers.filter((c) => c.nearStores[0] === store);
    const pool = near.length ? near : this.w.customers.filter((c) => distanceKm(c.addresses[0].lat, c.addresses[0].lng, store.lat, store.lng) < 60);
    return this.w.rng.pick(pool.length ? pool : this.w.customers);
  }

  private choosePromo(at: number, channel: Channel, firstOrder: boolean, lines: LineSim[], hasShip: boolean, forced: boolean): PromoInput | null {
    if (forced || channel === "MARKETPLACE" || channel === "STORE") return null;
    const { rng } = this.w;
    const subtotal = lines.reduce((a, l) => a + l.qty * l.unit, 0);
    const valid = (p: PromoInput) => promoProblem(p, subtotal, new Date(at)) === null;
    const byCode = (code: string): PromoInput => {
      const p = this.w.promos.find((x) => x.code === code)!;
      return { ...p, validFrom: p.validFrom === null ? null : new Date(p.validFrom), validUntil: p.validUntil === null ? null : new Date(p.validUntil) };
    };
    const candidates: [PromoInput, number][] = [
      [byCode("WELCOME10"), firstOrder ? 0.3 : 0],
      [byCode("SPRING15"), 0.1],
      [byCode("SUMMER5"), 0.06],
      [byCode("FREESHIP"), hasShip ? 0.05 : 0],
    ];
    for (const [p, chance] of candidates) if (valid(p) && rng.chance(chance)) return p;
    return null;
  }

  // ---------------------------------------------------------------- sourcing

  /** Chooses nodes for the lines (like the sourcing engine would) and plans each node's work. */
  private source(o: OrderSim, at: number, force: Force | undefined): void {
    const { rng, now, dcs, stock } = this.w;
    const recent = now - o.placedAt < 10 * DAY;
    const wantStatus = force?.kind === "status" ? force.status : null;
    const queue = force?.kind === "queue" ? force : null;
    const available = (node: NodeRec, sku: SkuRec, qty: number) => {
      const i = stock.at(node.idx, sku.idx);
      return stock.onHand[i] - stock.safety[i] >= qty;
    };
    const ship = o.ship;
    const nearDcs = ship ? [...dcs].sort((a, b) => distanceKm(ship.lat, ship.lng, a.lat, a.lng) - distanceKm(ship.lat, ship.lng, b.lat, b.lng)) : o.customer.nearDcs;
    const sfsStores = ship
      ? this.w.stores
          .filter((s) => s.canShipFromStore && distanceKm(ship.lat, ship.lng, s.lat, s.lng) <= this.w.sourcing.shipFromStoreMaxKm)
          .sort((a, b) => distanceKm(ship.lat, ship.lng, a.lat, a.lng) - distanceKm(ship.lat, ship.lng, b.lat, b.lng))
      : [];

    // Backorder: a ship line that nothing in the network can fill until a purchase order arrives.
    const shipLines = o.lines.filter((l) => l.mode === "SHIP");
    if (shipLines.length && !queue && (wantStatus === "BACKORDERED" || (!force && rng.chance(0.022)))) {
      const line = shipLines[0];
      const dc = nearDcs[0];
      const pos = this.w.inbound.filter((p) => p.type === "PURCHASE_ORDER" && p.to === dc);
      const open = pos.filter((p) => p.status === "IN_TRANSIT" && p.eta > Math.max(now, at + DAY) && p.eta < at + 24 * DAY);
      const done = pos.filter((p) => p.status === "RECEIVED" && p.receivedAt! > at + DAY && p.receivedAt! < at + 14 * DAY);
      const candidates = wantStatus === "BACKORDERED" ? open : [...open, ...done];
      if (candidates.length) {
        const po = rng.pick(candidates);
        const arrived = po.receivedAt ?? po.eta;
        o.backorder = { lineNo: line.no, po, resolveAt: arrived + rng.int(20, 180) * MINUTE, dc };
      }
    }

    // Ship lines: mostly the nearest DC; sometimes it lacks stock and another DC or a store ships.
    const sfsFirst = queue?.foKind === "STORE_SHIP" ? queue.store : null;
    const r = rng.next();
    let primary: NodeRec = sfsFirst ?? (r < 0.82 || !nearDcs[1] ? nearDcs[0] : r < 0.9 ? nearDcs[1] : sfsStores[0] ?? nearDcs[0]);
    const alternative = (line: LineSim): NodeRec => {
      const pool = [...nearDcs.slice(0, 3).filter((n) => n !== primary), ...sfsStores.slice(0, 3).filter((n) => n !== primary && (!recent || available(n, line.sku, line.qty)))];
      return pool.length ? rng.pick(pool) : primary;
    };
    if (recent && primary.type === "STORE" && !sfsFirst && shipLines.some((l) => !available(primary, l.sku, l.qty))) primary = nearDcs[0];

    type Part = { kind: FoKind; node: NodeRec; pickupStore: NodeRec | null; line: LineSim; qty: number; fromBackorder: boolean };
    const parts: Part[] = [];
    const shipKind = (n: NodeRec): FoKind => (n.type === "DC" ? "DC_SHIP" : "STORE_SHIP");
    for (const line of o.lines) {
      if (o.backorder?.lineNo === line.no) {
        parts.push({ kind: "DC_SHIP", node: o.backorder.dc, pickupStore: null, line, qty: line.qty, fromBackorder: true });
        continue;
      }
      if (line.mode === "SHIP") {
        if (wantStatus === null && !queue && rng.chance(0.1) && o.lines.length > 1) {
          const alt = alternative(line);
          if (line.qty >= 2 && rng.chance(0.4) && alt !== primary) {
            const first = rng.int(1, line.qty - 1);
            parts.push({ kind: shipKind(primary), node: primary, pickupStore: null, line, qty: first, fromBackorder: false });
            parts.push({ kind: shipKind(alt), node: alt, pickupStore: null, line, qty: line.qty - first, fromBackorder: false });
          } else parts.push({ kind: shipKind(alt), node: alt, pickupStore: null, line, qty: line.qty, fromBackorder: false });
        } else parts.push({ kind: shipKind(primary), node: primary, pickupStore: null, line, qty: line.qty, fromBackorder: false });
      } else {
        const store = line.pickupStore!;
        const own = queue ? queue.foKind === "STORE_PICKUP" : recent ? available(store, line.sku, line.qty) || rng.chance(0.3) : rng.chance(0.78);
        if (own) parts.push({ kind: "STORE_PICKUP", node: store, pickupStore: store, line, qty: line.qty, fromBackorder: false });
        else {
          const dc = [...dcs].sort((a, b) => distanceKm(store.lat, store.lng, a.lat, a.lng) - distanceKm(store.lat, store.lng, b.lat, b.lng))[0];
          parts.push({ kind: "TRANSFER_PICKUP", node: dc, pickupStore: store, line, qty: line.qty, fromBackorder: false });
        }
      }
    }

    // Group into fulfilment orders (one per node and destination), at most maxShipments of them.
    const groups = new Map<string, Part[]>();
    const keyOf = (p: Part) => `${p.kind}|${p.node.code}|${p.pickupStore?.code ?? ""}|${p.fromBackorder}`;
    for (let p of parts) {
      if (!groups.has(keyOf(p)) && groups.size >= this.w.sourcing.maxShipments && p.line.mode === "SHIP" && !p.fromBackorder) {
        // No more shipments allowed: the primary node ships it.
        p = { ...p, kind: shipKind(primary), node: primary };
      }
      groups.set(keyOf(p), [...(groups.get(keyOf(p)) ?? []), p]);
    }
    let seq = 0;
    for (const group of groups.values()) {
      const head = group[0];
      const merged = new Map<LineSim, number>();
      for (const p of group) merged.set(p.line, (merged.get(p.line) ?? 0) + p.qty);
      const fo: FoSim = {
        seq: ++seq,
        kind: head.kind,
        node: head.node,
        pickupStore: head.pickupStore,
        lines: [...merged].map(([line, qty]) => ({ line, qty })),
        createdAt: head.fromBackorder ? o.backorder!.resolveAt : at,
        promisedAt: 0,
        releasedAt: 0,
        pickStartAt: 0,
        pickedAt: 0,
        packedAt: 0,
        shippedAt: null,
        readyAt: null,
        deliveredAt: null,
        pickedUpAt: null,
        cancelAt: null,
        cancelReason: null,
        carrier: null,
        tracking: null,
        pickupCode: null,
        km: 0,
        share: 0,
        fromBackorder: head.fromBackorder,
      };
      planTimeline(rng, o, fo);
      if (queue?.uncollectedDays && fo.pickupStore === queue.store) {
        fo.pickedUpAt = null;
        fo.cancelAt = null;
        fo.cancelReason = null;
      }
      o.fos.push(fo);
    }

    // What each part captures when fulfilled (and voids if it is cancelled): its units at their net
    // price; the first shipment also carries the shipping fee; rounding goes to the last part.
    const value = (fo: FoSim) => fo.lines.reduce((s, l) => s + l.qty * l.line.unit - Math.round((l.line.discount * l.qty) / l.line.qty), 0);
    const shipper = o.fos.find((fo) => fo.kind === "DC_SHIP" || fo.kind === "STORE_SHIP") ?? o.fos[0];
    o.fos.forEach((fo) => (fo.share = value(fo) + (fo === shipper ? o.shipping : 0)));
    if (o.fos.length) o.fos[o.fos.length - 1].share += o.total - o.fos.reduce((s, fo) => s + fo.share, 0);
  }

  private returnPlan(o: OrderSim, status: "RETURN_REQUESTED" | "RETURNED" | "REFUNDED" | null, store: NodeRec | undefined): ReturnPlan {
    const { rng, now } = this.w;
    const near = o.customer.nearStores[0];
    const nearKm = distanceKm(o.customer.addresses[0].lat, o.customer.addresses[0].lng, near.lat, near.lng);
    const method: ReturnPlan["method"] = store ? "IN_STORE" : status ? "MAIL" : nearKm < 40 && rng.chance(0.5) ? "IN_STORE" : "MAIL";
    const returnable = o.lines;
    const count = rng.chance(0.75) ? 1 : Math.min(returnable.length, rng.int(1, 2));
    const lines = rng.shuffle(returnable).slice(0, count).map((l) => {
      const reason = rng.weighted(RETURN_REASON_WEIGHTS.map((r) => r[0]), RETURN_REASON_WEIGHTS.map((r) => r[1]));
      return { lineNo: l.no, qty: l.qty > 1 && rng.chance(0.5) ? rng.int(1, l.qty) : l.qty, reason };
    });
    const plan: ReturnPlan = {
      afterHours: rng.int(20, 24 * (this.w.returns.windowDays - 6)),
      method,
      walkIn: method === "IN_STORE" && !store && rng.chance(0.6),
      store: method === "IN_STORE" ? store ?? near : null,
      receiveAfterHours: method === "MAIL" ? rng.int(60, 190) : rng.int(20, 110),
      refundAfterHours: method === "IN_STORE" ? rng.float(0.05, 0.6) : rng.int(4, 60),
      lines,
    };
    if (status === "RETURN_REQUESTED") plan.requestedAt = now - rng.float(1, 20) * HOUR;
    if (status === "RETURNED") {
      plan.requestedAt = now - rng.float(100, 140) * HOUR;
      plan.receiveAfterHours = rng.float(60, 90);
      plan.refundAfterHours = 90;
    }
    if (status === "REFUNDED") plan.requestedAt = now - rng.float(150, 250) * HOUR;
    return plan;
  }
}

/** Refund for returned units: what was paid for them (their share of the promo discount deducted); shipping is kept. */
export function refundFor(_o: OrderSim, lines: ReturnState["lines"]): number {
  let refund = 0;
  for (const { line, qty } of lines) refund += qty * line.unit - Math.round((line.discount * qty) / line.qty);
  return Math.max(0, refund);
}
