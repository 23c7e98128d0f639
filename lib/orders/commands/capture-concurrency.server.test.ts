// Two (here fifty) checkouts at once must never oversell: on a real PostgreSQL server, 50 orders
// race for the last 10 units of a SKU. Exactly 10 units end up reserved, nothing goes negative,
// and the other orders wait as backorders. Captures source on an unlocked snapshot and reserve with
// a conditional update, so these races are lost and re-sourced (and, after two, locked): orders of
// several hot SKUs in opposite line orders must neither deadlock nor lose a unit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlFor } from "@/lib/db";
import { SERVER_URL } from "@/lib/db/server-tests";
import { createServerTestDb, type ServerTestDb } from "@/lib/db/testing";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "../testing";
import { captureCounters, captureOrder, captureOrderSchema } from "./capture-order";

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
    const lostBefore = captureCounters.lostRaces;
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
    // Sourcing ran on snapshots other orders beat to the units; those orders were sourced again.
    expect(captureCounters.lostRaces).toBeGreaterThan(lostBefore);
  });

  it("places 64 two-line orders over three scarce SKUs at once, lines in either order: every unit reserved once or backordered, availability exact", async () => {
    await server.db.inventoryPosition.updateMany({ where: { sku: { code: { in: ["TSHIRT-M", "JEANS-32", "SNEAKER-42"] } } }, data: { onHand: 0 } });
    const stock: Record<string, number> = { "DC-PAR|TSHIRT-M": 9, "DC-LYS|TSHIRT-M": 5, "DC-PAR|JEANS-32": 7, "ST-PAR-01|JEANS-32": 4, "DC-LYS|SNEAKER-42": 8, "ST-PAR-02|SNEAKER-42": 3 };
    for (const [key, onHand] of Object.entries(stock)) {
      const [node, sku] = key.split("|");
      await server.db.inventoryPosition.updateMany({ where: { node: { code: node }, sku: { code: sku } }, data: { onHand } });
    }
    const pairs = [["TSHIRT-M", "JEANS-32"], ["JEANS-32", "SNEAKER-42"], ["SNEAKER-42", "TSHIRT-M"], ["JEANS-32", "TSHIRT-M"]];
    const results = await Promise.allSettled(
      Array.from({ length: 64 }, (_, i) =>
        captureOrder(
          TEST_AGENT,
          captureOrderSchema.parse({ channel: "WEB", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: pairs[i % pairs.length].map((sku) => ({ sku, qty: 1 + (i % 2), mode: "SHIP" })) }),
          { db: server.db },
        ),
      ),
    );
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);

    for (const sku of ["TSHIRT-M", "JEANS-32", "SNEAKER-42"]) {
      const positions = await server.db.inventoryPosition.findMany({ where: { sku: { code: sku } }, select: { nodeId: true, onHand: true, reserved: true } });
      const active = await server.db.reservation.groupBy({ by: ["nodeId"], where: { status: "ACTIVE", sku: { code: sku } }, _sum: { qty: true } });
      // Reserved is exactly the sum of the live reservations at every node, never above on hand.
      for (const p of positions) {
        expect(p.reserved).toBe(active.find((a) => a.nodeId === p.nodeId)?._sum.qty ?? 0);
        expect(p.reserved).toBeLessThanOrEqual(p.onHand);
      }
      const lines = await server.db.orderLine.findMany({
        where: { sku: { code: sku }, order: { channel: "WEB", lines: { some: { sku: { code: { not: "LAMP" } } } } } },
        select: { qty: true, status: true, fulfillmentLines: { select: { qty: true } } },
      });
      const allocated = lines.reduce((a, l) => a + l.fulfillmentLines.reduce((b, f) => b + f.qty, 0), 0);
      const stocked = Object.entries(stock).filter(([k]) => k.endsWith(`|${sku}`)).reduce((a, [, n]) => a + n, 0);
      const ordered = lines.reduce((a, l) => a + l.qty, 0);
      // Scarce stock: everything there is was sold, once; the rest waits as backorders.
      expect(allocated).toBe(Math.min(stocked, ordered));
      expect(positions.reduce((a, p) => a + p.reserved, 0)).toBe(allocated);
      for (const l of lines) if (l.fulfillmentLines.reduce((a, f) => a + f.qty, 0) < l.qty) expect(l.status).toBe("BACKORDERED");
    }
  });

  it("places an order in at most 12 statements on the server too, the API's idempotency key included", async () => {
    const sql = sqlFor(server.db);
    const input = captureOrderSchema.parse({ channel: "WEB", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }, { sku: "LAMP", qty: 1, mode: "SHIP" }] });
    await server.db.inventoryPosition.updateMany({ where: { node: { code: "DC-PAR" }, sku: { code: { in: ["TSHIRT-M", "LAMP"] } } }, data: { onHand: 100 } });
    for (const idempotency of [undefined, { apiKeyId: "budget-key", key: "order-1", requestHash: "h" }]) {
      if (idempotency) await server.db.apiKey.create({ data: { id: "budget-key", name: "Budget", channel: "WEB", keyHash: "budget-hash", prefix: "budget" } });
      const before = sql.statements;
      const { id } = await captureOrder(TEST_AGENT, input, { db: server.db, idempotency });
      expect(sql.statements - before).toBeLessThanOrEqual(12);
      expect(await server.db.reservation.count({ where: { orderLine: { orderId: id }, status: "ACTIVE" } })).toBe(2);
    }
    expect(await server.db.idempotencyRecord.findFirst({ where: { apiKeyId: "budget-key", key: "order-1" }, select: { status: true, orderId: true } })).toMatchObject({ status: 201 });
  });
});

