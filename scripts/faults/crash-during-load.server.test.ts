// SIGKILL in the middle of a load of orders on the PostgreSQL server: a child process posts orders
// through the API's own handler, several at a time, printing each order the API acknowledged; it is
// killed with no warning while orders are in flight. Then: every acknowledged order is in the
// database in full (order, lines, reservations, timeline, confirmation), no order is half written,
// reserved equals the active reservations at every position, and the load's own tally agrees with
// the database. Captures then go on against the same database.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRequest, createTestApiKeys } from "@/lib/api/testing";
import { setDb } from "@/lib/db";
import { SERVER_URL } from "@/lib/db/server-tests";
import { createServerTestDb, type ServerTestDb } from "@/lib/db/testing";
import { buildWorld, LEA, PARIS_ADDRESS } from "@/lib/orders/testing";
import { POST as postOrder } from "@/app/api/v1/orders/route";
import { runTsx } from "./testing";

const CONCURRENCY = 4;

describe.skipIf(!SERVER_URL)("SIGKILL during a load of orders", () => {
  let server: ServerTestDb;

  beforeAll(async () => {
    server = await createServerTestDb(SERVER_URL!, { poolSize: 4 });
    // Enough stock for every unit, spread so that orders split over nodes.
    await buildWorld(server.db, {
      stock: { "DC-PAR|TSHIRT-M": 300, "ST-PAR-01|TSHIRT-M": 40, "DC-LYS|JEANS-32": 200, "ST-PAR-02|JEANS-32": 30, "DC-PAR|SNEAKER-42": 150, "ST-LYO-01|SNEAKER-42": 60 },
    });
    await createTestApiKeys(server.db);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Every order in the database is whole, and stock agrees with the reservations. */
  async function expectConsistent(): Promise<void> {
    const orders = await server.db.order.findMany({
      select: {
        number: true,
        lines: { select: { qty: true, reservations: { where: { status: "ACTIVE" }, select: { qty: true } }, fulfillmentLines: { select: { qty: true } } } },
        _count: { select: { events: true, outbox: true } },
      },
    });
    const halfWritten = orders.filter(
      (o) =>
        o.lines.length !== 2 ||
        o._count.events < 1 ||
        o._count.outbox < 1 ||
        o.lines.some((l) => l.reservations.reduce((a, r) => a + r.qty, 0) !== l.qty || l.fulfillmentLines.reduce((a, f) => a + f.qty, 0) !== l.qty),
    );
    expect(halfWritten.map((o) => o.number)).toEqual([]);

    const positions = await server.db.inventoryPosition.findMany({ select: { nodeId: true, skuId: true, reserved: true, onHand: true } });
    const active = await server.db.reservation.groupBy({ by: ["nodeId", "skuId"], where: { status: "ACTIVE" }, _sum: { qty: true } });
    const activeAt = new Map(active.map((a) => [`${a.nodeId}|${a.skuId}`, a._sum.qty ?? 0]));
    const wrong = positions.filter((p) => p.reserved !== (activeAt.get(`${p.nodeId}|${p.skuId}`) ?? 0) || p.reserved > p.onHand || p.reserved < 0);
    expect(wrong).toEqual([]);
    // No reservation outside a position (an orphan the kill left behind).
    const positionKeys = new Set(positions.map((p) => `${p.nodeId}|${p.skuId}`));
    expect([...activeAt.keys()].filter((k) => !positionKeys.has(k))).toEqual([]);
  }

  // A child process starts in about 5 s on an idle machine; the bound leaves room for a busy one.
  it("keeps every acknowledged order whole and no order half written, then captures again", { timeout: 150_000 }, async () => {
    const load = runTsx("scripts/faults/capture-load.ts", { DATABASE_URL: server.url, CONCURRENCY: String(CONCURRENCY), DATABASE_POOL_SIZE: "4" });
    // Let the load run, then kill it mid-flight (orders are being captured at every moment).
    await load.waitFor(/^ACK .* /, 90_000);
    await new Promise((r) => setTimeout(r, 1_500));
    load.process.kill("SIGKILL");
    const exit = await load.exited;
    expect(exit.signal).toBe("SIGKILL");

    // The server finishes a statement already running when its client dies (and commits it, when
    // it is a whole order's write): read the database once those are over.
    for (let i = 0; i < 100; i++) {
      const [{ busy }] = await server.db.$queryRaw<Array<{ busy: number }>>`
        SELECT count(*)::int AS busy FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`;
      if (busy === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }

    const acked = load.lines.filter((l) => l.startsWith("ACK ")).map((l) => l.split(" ")[1]);
    expect(acked.length).toBeGreaterThan(3);
    console.log(`load killed after ${acked.length} acknowledged orders`);

    // The load's own tally agrees with the database: every acknowledged order is there; the only
    // others are those committed just before the kill, before their answer went out.
    const numbers = (await server.db.order.findMany({ select: { number: true } })).map((o) => o.number);
    expect(acked.filter((n) => !numbers.includes(n))).toEqual([]);
    expect(numbers.length - acked.length).toBeGreaterThanOrEqual(0);
    expect(numbers.length - acked.length).toBeLessThanOrEqual(CONCURRENCY);
    // Each order claimed its Idempotency-Key in its own transaction: one key per order, none dangling.
    expect(await server.db.idempotencyRecord.count()).toBe(numbers.length);
    await expectConsistent();

    // Captures go on, on the same database (a new server process would open it as this one does).
    setDb(server.db, async () => {});
    for (let i = 0; i < 3; i++) {
      const res = await postOrder(apiRequest("/api/v1/orders", { body: { channel: "WEB", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }, { sku: "JEANS-32", qty: 2, mode: "SHIP" }] }, headers: { "Idempotency-Key": randomUUID() } }), undefined);
      expect(res.status).toBe(201);
    }
    expect(await server.db.order.count()).toBe(numbers.length + 3);
    await expectConsistent();
  });
});
