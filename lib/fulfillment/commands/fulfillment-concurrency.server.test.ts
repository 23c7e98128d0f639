// On a real PostgreSQL server, store work races with new orders for the same item: short-picks that
// re-source while checkouts reserve and a count corrects the shelf must leave stock exact (reserved
// equals the active reservations, nothing negative, no unit lost); and two expiry jobs running at
// once must cancel each uncollected pickup exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVER_URL } from "@/lib/db/server-tests";
import { createServerTestDb, type ServerTestDb } from "@/lib/db/testing";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "@/lib/orders/testing";
import { associateOf, NOW, placeOrder, runner, stockProblems, workAt } from "../testing/scenario";
import { expireUncollectedPickups } from "../jobs/expire-uncollected-pickups";
import { confirmPick } from "./confirm-pick";
import { cycleCount } from "./cycle-count";
import { markReady } from "./mark-ready";
import { shortPick } from "./short-pick";

const PARIS = associateOf("ST-PAR-01");

describe.skipIf(!SERVER_URL)("store work racing checkouts on the PostgreSQL server", () => {
  let server: ServerTestDb;
  beforeAll(async () => {
    server = await createServerTestDb(SERVER_URL!, { poolSize: 25 });
    await buildWorld(server.db, { stock: { "ST-PAR-01|JEANS-32": 10, "DC-LYS|JEANS-32": 12, "ST-PAR-01|LAMP": 5 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("short-picks, checkouts and a count on the same item at once keep every unit accounted for", async () => {
    const run = runner(server.db);
    const first = [];
    for (let i = 0; i < 5; i++) first.push(await placeOrder(server.db, { lines: [{ sku: "JEANS-32", qty: 2, mode: "SHIP" }] }));
    const storeWork = await Promise.all(first.map((o) => workAt(server.db, o.id, "ST-PAR-01")));
    const input = captureOrderSchema.parse({ channel: "WEB", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "JEANS-32", qty: 1, mode: "SHIP" }] });
    const results = await Promise.allSettled([
      ...storeWork.map((w) => run((tx) => shortPick(tx, PARIS, { fulfillmentOrderId: w.id, lineId: w.lines[0].id, qty: 1, reason: "NOT_FOUND" }, { now: NOW }))),
      ...Array.from({ length: 10 }, () => captureOrder(TEST_AGENT, input, { now: NOW, db: server.db })),
      run((tx) => cycleCount(tx, PARIS, { node: "ST-PAR-01", sku: "JEANS-32", countedQty: 4, reason: "Count during the rush" }, { now: NOW })),
    ]);
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);

    expect(await stockProblems(server.db)).toEqual([]);
    // Every ordered unit is either with a node or waiting for supply; none was dropped or cancelled.
    const lines = await server.db.orderLine.findMany({
      select: { qty: true, cancelledQty: true, fulfillmentLines: { where: { fulfillmentOrder: { status: { not: "CANCELLED" } } }, select: { qty: true } } },
    });
    expect(lines.every((l) => l.cancelledQty === 0)).toBe(true);
    const ordered = lines.reduce((a, l) => a + l.qty, 0);
    const withNodes = lines.reduce((a, l) => a + l.fulfillmentLines.reduce((b, f) => b + f.qty, 0), 0);
    const active = await server.db.reservation.aggregate({ where: { status: "ACTIVE" }, _sum: { qty: true } });
    expect(active._sum.qty).toBe(withNodes);
    const backordered = await server.db.orderLine.count({ where: { status: "BACKORDERED" } });
    expect(ordered - withNodes === 0 ? backordered === 0 : backordered > 0).toBe(true);
    // The store holds what the count said, minus the five units written off after it (or not).
    const store = await server.db.inventoryPosition.findFirstOrThrow({ where: { node: { code: "ST-PAR-01" }, sku: { code: "JEANS-32" } } });
    expect(store.onHand).toBeLessThanOrEqual(4);
    expect(store.reserved).toBeLessThanOrEqual(store.onHand);
  });

  it("two expiry jobs at once cancel each uncollected pickup exactly once", async () => {
    const run = runner(server.db);
    const orders = [];
    for (let i = 0; i < 4; i++) orders.push(await placeOrder(server.db, { lines: [{ sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" }] }));
    for (const o of orders) {
      const w = await workAt(server.db, o.id, "ST-PAR-01");
      await run((tx) => confirmPick(tx, PARIS, { fulfillmentOrderId: w.id, lineId: w.lines[0].id, scan: "LAMP" }, { now: NOW }));
      await run((tx) => markReady(tx, PARIS, { fulfillmentOrderId: w.id }, { now: NOW }));
    }
    const later = new Date(NOW.getTime() + 8 * 86_400_000);
    const [a, b] = await Promise.all([expireUncollectedPickups(server.db, { now: later }), expireUncollectedPickups(server.db, { now: later })]);
    expect(a.failed + b.failed).toBe(0);
    expect([...a.expired, ...b.expired].sort()).toHaveLength(4);
    for (const o of orders) {
      expect(await server.db.outboxMessage.count({ where: { orderId: o.id, topic: "PICKUP_EXPIRED" } })).toBe(1);
      expect(await server.db.paymentTransaction.count({ where: { orderId: o.id, type: "VOID" } })).toBe(1);
    }
    expect(await stockProblems(server.db)).toEqual([]);
  });
});
