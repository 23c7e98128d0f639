// The stock a replayed order saw: rebuilt from the movement ledger (on hand then, other orders'
// reservations open then, safety stock, the capacity already released that day), read from the
// snapshot capture recorded, or today's when the ledger does not reach back that far.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlFor } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { loadNodes } from "@/lib/orders";
import { buildOrder, buildWorld } from "@/lib/orders/testing";
import { loadOrderPage } from "./load-orders";
import { BEFORE_LEDGER_REASON, ledgerStart, reconstructStock, stockReconstructor } from "./reconstruct-stock";

let t: TestDb;
const T0 = Date.parse("2026-11-02T08:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(T0 + ms);
const customer = { id: "cust-1", email: "lea.martin@example.test" };

/** Changes on hand as a stock command would, with the movement dated `when`. */
async function move(node: string, sku: string, delta: number, when: Date) {
  await sqlFor(t.db).transaction(async (sql) => {
    await sql.query(`SELECT set_config('oms.movement', $1, true)`, [JSON.stringify({ kind: "ADJUSTMENT", at: when.toISOString() })]);
    await sql.query(`UPDATE "InventoryPosition" SET "onHand" = "onHand" + $3 WHERE "nodeId" = $1 AND "skuId" = $2`, [`node-${node}`, `sku-${sku}`, delta]);
  });
}

async function reservation(orderNumber: string, node: string, qty: number, createdAt: Date, endedAt: Date | null) {
  const order = await t.db.order.findUniqueOrThrow({ where: { number: orderNumber }, select: { lines: { select: { id: true } } } });
  const r = await t.db.reservation.create({ data: { orderLineId: order.lines[0].id, nodeId: `node-${node}`, skuId: "sku-LAMP", qty, status: endedAt ? "CONSUMED" : "ACTIVE" } });
  await sqlFor(t.db).query(`UPDATE "Reservation" SET "createdAt" = $2::timestamp, "updatedAt" = $3::timestamp WHERE id = $1`, [r.id, createdAt.toISOString(), (endedAt ?? createdAt).toISOString()]);
}

beforeAll(async () => {
  t = await createTestDb();
  await buildWorld(t.db, { stock: { "DC-PAR|LAMP": 10, "DC-LYS|LAMP": 4 }, safetyStock: { "DC-PAR|LAMP": 1 } });
  // The positions' opening stock, dated before everything else.
  await sqlFor(t.db).query(`UPDATE "StockMovement" SET "occurredAt" = $1::timestamp`, [at(0).toISOString()]);
  await move("DC-PAR", "LAMP", -3, at(1 * DAY)); // 7
  await move("DC-PAR", "LAMP", +5, at(3 * DAY)); // 12
  await move("DC-PAR", "LAMP", -4, at(4 * DAY)); // 8 today
  for (const [number, when] of [["ORD-A", at(2 * DAY)], ["ORD-B", at(1.5 * DAY)], ["ORD-C", at(3.5 * DAY)], ["ORD-D", at(5 * DAY)]] as const) {
    const o = await buildOrder(t.db, { customer, number, placedAt: when, lines: [{ skuId: "sku-LAMP", qty: 1 }] });
    await t.db.order.update({ where: { id: o.id }, data: { shipLat: 48.85, shipLng: 2.35 } });
  }
  // B holds 2 at Paris from 1.5 days until it ships at 2.5 days; C holds 1 from 3.5 days on.
  await reservation("ORD-B", "DC-PAR", 2, at(1.5 * DAY), at(2.5 * DAY));
  await reservation("ORD-C", "DC-PAR", 1, at(3.5 * DAY), null);
  // A's own reservation is what A took, not what it saw.
  await reservation("ORD-A", "DC-PAR", 1, at(2 * DAY), null);
  // Paris released 30 units an hour before A, on the same day.
  const b = await t.db.order.findUniqueOrThrow({ where: { number: "ORD-B" }, select: { id: true, lines: { select: { id: true } } } });
  await t.db.fulfillmentOrder.create({
    data: { number: "ORD-B-F1", orderId: b.id, nodeId: "node-DC-PAR", deliveryMode: "SHIP", status: "SHIPPED", releasedAt: at(2 * DAY - HOUR), lines: { create: [{ orderLineId: b.lines[0].id, qty: 30 }] } },
  });
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function stockOf(numbers: string[], since: Date | null = null) {
  const orders = (await loadOrderPage(sqlFor(t.db), { from: at(0), to: at(10 * DAY) }, null, 100)).filter((o) => numbers.includes(o.number));
  const stocks = await reconstructStock(sqlFor(t.db), orders, await loadNodes(t.db), since);
  return new Map(orders.map((o, i) => [o.number, stocks[i]]));
}

describe("reconstructStock", () => {
  it("gives the on hand an order saw, less other orders' reservations open then and safety stock", async () => {
    const stock = await stockOf(["ORD-A", "ORD-D"]);
    const a = stock.get("ORD-A")!;
    expect(a.source).toBe("LEDGER");
    // 7 on hand at 2 days, B's 2 held, 1 safety stock.
    expect(a.available.get("DC-PAR|LAMP")).toBe(4);
    expect(a.available.get("DC-LYS|LAMP")).toBe(4);
    expect(a.available.has("ST-PAR-01|LAMP")).toBe(false);
    // Today's 8, A's and C's 1 each still held, 1 safety stock.
    expect(stock.get("ORD-D")!.available.get("DC-PAR|LAMP")).toBe(5);
  });

  it("takes off the capacity the node had already released that day", async () => {
    const a = (await stockOf(["ORD-A"])).get("ORD-A")!;
    expect(a.capacityLeft.get("DC-PAR")).toBe(5000 - 30);
    expect(a.capacityLeft.get("DC-LYS")).toBe(5000);
    const d = (await stockOf(["ORD-D"])).get("ORD-D")!;
    expect(d.capacityLeft.get("DC-PAR")).toBe(5000);
  });

  it("walks chunk after chunk forward in time with the same answers", async () => {
    const orders = (await loadOrderPage(sqlFor(t.db), { from: at(0), to: at(10 * DAY) }, null, 100)).filter((o) => o.number !== "ORD-B");
    const walker = stockReconstructor(sqlFor(t.db), await loadNodes(t.db), null);
    const first = await walker.forChunk(orders.slice(0, 1));
    const rest = await walker.forChunk(orders.slice(1));
    // A: 7 - B's 2 - 1; C: 12 - A's 1 - 1; D: 8 - A's and C's 2 - 1.
    expect(orders.map((o) => o.number)).toEqual(["ORD-A", "ORD-C", "ORD-D"]);
    expect([...first, ...rest].map((s) => s.available.get("DC-PAR|LAMP"))).toEqual([4, 10, 5]);
  });

  it("uses the snapshot capture recorded, when there is one", async () => {
    const a = await t.db.order.findUniqueOrThrow({ where: { number: "ORD-A" } });
    await t.db.sourcingDecision.create({
      data: { orderId: a.id, reason: "CAPTURE", plan: {}, explanation: {}, costMinor: 0, stock: { available: [["DC-LYS", "LAMP", 9]], capacityLeft: { "DC-LYS": 12, "DC-PAR": 0 } } },
    });
    const s = (await stockOf(["ORD-A"])).get("ORD-A")!;
    expect(s.source).toBe("SNAPSHOT");
    expect([...s.available]).toEqual([["DC-LYS|LAMP", 9]]);
    expect(s.capacityLeft.get("DC-LYS")).toBe(12);
    await t.db.sourcingDecision.deleteMany({ where: { orderId: a.id } });
  });

  it("uses today's stock for orders placed before the ledger covers every position", async () => {
    await sqlFor(t.db).query(`UPDATE "StockMovement" SET reason = $1 WHERE kind = 'OPENING'`, [BEFORE_LEDGER_REASON]);
    const since = await ledgerStart(sqlFor(t.db));
    expect(since).toEqual(at(0));
    const moved = at(1.75 * DAY);
    await sqlFor(t.db).query(`UPDATE "StockMovement" SET "occurredAt" = $1::timestamp WHERE kind = 'OPENING'`, [moved.toISOString()]);
    const stock = await stockOf(["ORD-B", "ORD-A"], await ledgerStart(sqlFor(t.db)));
    expect(stock.get("ORD-B")!.source).toBe("CURRENT");
    // Today's position: 8 on hand, 1 safety stock (the reservations above were written without it).
    expect(stock.get("ORD-B")!.available.get("DC-PAR|LAMP")).toBe(7);
    expect(stock.get("ORD-A")!.source).toBe("LEDGER");
  });
});
