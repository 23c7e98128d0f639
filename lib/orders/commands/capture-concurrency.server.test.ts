// Two (here fifty) checkouts at once must never oversell: on a real PostgreSQL server, 50 orders
// race for the last 10 units of a SKU. Exactly 10 units end up reserved, nothing goes negative,
// and the other orders wait as backorders.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTx } from "@/lib/db";
import { SERVER_URL } from "@/lib/db/server-tests";
import { createServerTestDb, type ServerTestDb } from "@/lib/db/testing";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "../testing";
import { captureOrder, captureOrderSchema } from "./capture-order";

describe.skipIf(!SERVER_URL)("parallel captures on the PostgreSQL server", () => {
  let server: ServerTestDb;
  beforeAll(async () => {
    server = await createServerTestDb(SERVER_URL!, { poolSize: 25 });
    // The last 10 units of the SKU in the whole network: 6 at the Paris DC, 4 at a Paris store.
    await buildWorld(server.db, { stock: { "DC-PAR|LAMP": 6, "ST-PAR-02|LAMP": 4 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("places 50 orders for the last 10 units and reserves exactly 10", async () => {
    const input = captureOrderSchema.parse({ channel: "WEB", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }] });
    const started = Date.now();
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => captureOrder(TEST_AGENT, input, { db: server.db })));
    console.log(`50 parallel captures on one SKU took ${Date.now() - started} ms`);
    const failures = results.filter((r) => r.status === "rejected");
    expect(failures.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);

    const positions = await server.db.inventoryPosition.findMany({ where: { sku: { code: "LAMP" } } });
    expect(positions.reduce((a, p) => a + p.reserved, 0)).toBe(10);
    expect(positions.every((p) => p.reserved <= p.onHand && p.onHand >= 0 && p.reserved >= 0)).toBe(true);

    const active = await server.db.reservation.aggregate({ where: { status: "ACTIVE", sku: { code: "LAMP" } }, _sum: { qty: true } });
    expect(active._sum.qty).toBe(10);
    const orders = await server.db.order.groupBy({ by: ["status"], _count: true });
    const byStatus = Object.fromEntries(orders.map((o) => [o.status, o._count]));
    expect(byStatus).toEqual({ RELEASED: 10, BACKORDERED: 40 });
    expect(new Set((await server.db.order.findMany({ select: { number: true } })).map((o) => o.number)).size).toBe(50);
  });
});
