// A delivered order to take back: a call-centre order of two items, each one size of a product that
// has another size at the same price in stock, shipped to an address next to the demo store
// (ST-PAR-01) and delivered a few days ago. It is placed through the real capture command and
// walked to the buyer with the real fulfilment commands (picked, packed, shipped, delivered), so its
// payment is captured and every unit may come back. Its customer finds it: an agent searching the
// e-mail, or the store counter searching the name or the e-mail.
import { SYSTEM_ACTOR } from "@/lib/auth";
import { withTx, type Db, type Tx } from "@/lib/db";
import { confirmPick, markDelivered, pack, ship, startPicking } from "@/lib/fulfillment";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { haversineKm } from "@/lib/sourcing";
import { DEMO_USERS } from "./demo-users";
import { RETURNS_JOURNEY_CUSTOMER } from "./returns-journey-customer";
import { JOURNEY_STORE } from "./store-journeys";

export const RETURNS_JOURNEY_STORE = JOURNEY_STORE;
export { RETURNS_JOURNEY_CUSTOMER };

const DAY = 86_400_000;
/** Placed this many days before the world's "now", and delivered two days later. */
const PLACED_DAYS_AGO = 6;

export interface ReturnsJourney {
  order: string;
  /** The two SKUs ordered, in line order. */
  skus: [string, string];
  /** For each line, another size of the same product at the same price, with stock. */
  exchangeSkus: [string, string];
}

interface Pair {
  productId: string;
  aId: string;
  aCode: string;
  bId: string;
  bCode: string;
}

export async function seedReturnsJourney(db: Db, now: Date, options: { avoidSkus?: string[] } = {}): Promise<ReturnsJourney> {
  const agent = DEMO_USERS.find((u) => u.role === "AGENT")!;
  const actor = { kind: "user" as const, id: agent.id, name: agent.name, email: agent.email, role: agent.role, storeId: null, storeCode: null };
  const avoid = options.avoidSkus ?? [];
  const placedAt = new Date(now.getTime() - PLACED_DAYS_AGO * DAY);
  const deliveredAt = new Date(placedAt.getTime() + 2 * DAY);

  // Two products with two sizes of one colour at one price; the nearest DC to the store gets a few
  // units of all four SKUs so the order and the exchanges can be sourced whatever the world holds.
  const setUp = await withTx(
    async (tx) => {
      const store = await tx.node.findUniqueOrThrow({ where: { code: RETURNS_JOURNEY_STORE } });
      const dcs = await tx.node.findMany({ where: { type: "DC", active: true, canShip: true } });
      const dc = dcs.sort((a, b) => haversineKm(a, store) - haversineKm(b, store))[0];
      const pairs = await tx.$queryRaw<Pair[]>`
        SELECT a."productId", a.id AS "aId", a.code AS "aCode", b.id AS "bId", b.code AS "bCode"
          FROM "Sku" a JOIN "Sku" b ON b."productId" = a."productId" AND b.id <> a.id AND b."priceMinor" = a."priceMinor" AND b.active
         WHERE a.active AND a."priceMinor" < 10000
           AND a.attributes->>'size' IS NOT NULL AND b.attributes->>'size' IS NOT NULL AND a.attributes->>'size' <> b.attributes->>'size'
           AND (a.attributes::jsonb - 'size') = (b.attributes::jsonb - 'size')
         ORDER BY a.code, b.code`;
      const chosen: Pair[] = [];
      for (const p of pairs) {
        if (chosen.length === 2) break;
        if (avoid.includes(p.aCode) || avoid.includes(p.bCode) || chosen.some((c) => c.productId === p.productId)) continue;
        chosen.push(p);
      }
      if (chosen.length < 2) throw new Error("The catalogue has no two products with two sizes at one price for the returns journey.");
      const skuIds = chosen.flatMap((p) => [p.aId, p.bId]);
      for (const skuId of skuIds) {
        await tx.inventoryPosition.upsert({
          where: { nodeId_skuId: { nodeId: dc.id, skuId } },
          create: { nodeId: dc.id, skuId, onHand: 4 },
          update: { onHand: { increment: 4 }, version: { increment: 1 } },
        });
      }
      return { store, chosen };
    },
    { db, timeoutMs: 120_000 },
  );
  const { store, chosen } = setUp;

  const address = { line1: store.addressLine1, city: store.city, postalCode: store.postalCode, country: store.country };
  const input = captureOrderSchema.parse({
    channel: "CALL_CENTER",
    customer: RETURNS_JOURNEY_CUSTOMER,
    shippingAddress: address,
    lines: chosen.map((p) => ({ sku: p.aCode, qty: 1, mode: "SHIP" as const })),
  });
  const placed = await captureOrder(actor, input, { now: placedAt, db });
  const atCapture = await recordsOf(db, placed.id);
  await deliver(db, placed.id, deliveredAt);
  await backdate(db, placed.id, atCapture, placedAt, deliveredAt);
  return { order: placed.number, skus: [chosen[0].aCode, chosen[1].aCode], exchangeSkus: [chosen[0].bCode, chosen[1].bCode] };
}

/** Picks, packs, ships and delivers every released fulfilment order of the order. */
async function deliver(db: Db, orderId: string, at: Date): Promise<void> {
  const run = <T>(fn: (tx: Tx) => Promise<T>) => withTx(fn, { db });
  const fos = await db.fulfillmentOrder.findMany({ where: { orderId }, select: { id: true, status: true } });
  if (!fos.length || fos.some((fo) => fo.status !== "RELEASED")) throw new Error(`The returns journey order was not released in full (${fos.map((f) => f.status).join(", ") || "no fulfilment order"}).`);
  for (const fo of fos) {
    await run((tx) => startPicking(tx, SYSTEM_ACTOR, { fulfillmentOrderId: fo.id }));
    const lines = await db.fulfillmentOrderLine.findMany({ where: { fulfillmentOrderId: fo.id }, include: { orderLine: { include: { sku: true } } } });
    for (const line of lines) {
      for (let unit = line.pickedQty; unit < line.qty; unit++) {
        await run((tx) => confirmPick(tx, SYSTEM_ACTOR, { fulfillmentOrderId: fo.id, lineId: line.id, scan: line.orderLine.sku.code }, { now: at }));
      }
    }
    await run((tx) => pack(tx, SYSTEM_ACTOR, { fulfillmentOrderId: fo.id, parcels: [{}] }, { now: at }));
    await run((tx) => ship(tx, SYSTEM_ACTOR, { fulfillmentOrderId: fo.id, carrier: "Colissimo", trackingNumber: `6R${fo.id.slice(-8).toUpperCase()}` }, { now: at }));
    await run((tx) => markDelivered(tx, SYSTEM_ACTOR, { fulfillmentOrderId: fo.id }, { now: at }));
  }
}

interface Records {
  events: Array<{ id: string; createdAt: Date }>;
  payments: Array<{ id: string; createdAt: Date }>;
  decisions: Array<{ id: string; createdAt: Date }>;
}

function recordsOf(db: Db, orderId: string): Promise<Records> {
  const where = { where: { orderId }, select: { id: true, createdAt: true } };
  return Promise.all([db.orderEvent.findMany(where), db.paymentTransaction.findMany(where), db.sourcingDecision.findMany(where)]).then(([events, payments, decisions]) => ({ events, payments, decisions }));
}

/**
 * The commands stamp events, payments and sourcing decisions with the clock: the records written
 * when the order was placed move to the day it was placed, the rest to the day it was delivered,
 * each group keeping its own order and spacing, so the timeline reads like the fulfilment dates.
 */
async function backdate(db: Db, orderId: string, atCapture: Records, placedAt: Date, deliveredAt: Date): Promise<void> {
  const all = await recordsOf(db, orderId);
  await withTx(
    async (tx) => {
      for (const kind of ["events", "payments", "decisions"] as const) {
        const placedIds = new Set(atCapture[kind].map((r) => r.id));
        for (const [rows, to] of [
          [all[kind].filter((r) => placedIds.has(r.id)), placedAt],
          [all[kind].filter((r) => !placedIds.has(r.id)), deliveredAt],
        ] as const) {
          if (!rows.length) continue;
          const shift = Math.min(...rows.map((r) => r.createdAt.getTime())) - to.getTime();
          for (const r of rows) {
            const data = { createdAt: new Date(r.createdAt.getTime() - shift) };
            if (kind === "events") await tx.orderEvent.update({ where: { id: r.id }, data });
            else if (kind === "payments") await tx.paymentTransaction.update({ where: { id: r.id }, data });
            else await tx.sourcingDecision.update({ where: { id: r.id }, data });
          }
        }
      }
    },
    { db },
  );
}
