// `npm run bench:orders [-- --seconds 10] [-- --json]`: order capture throughput on the PostgreSQL
// server, driving the real capture path (captureOrder, the code behind the API and the server
// actions) with 1, 8 and 32 concurrent clients on spread SKUs and on 5 hot SKUs with stock for a
// tenth of the orders; statements per order; then, at 32 clients on the spread orders, an agent's
// quantity changes (changeQuantity), the buyer's tracking lookup (trackOrder) and the channel API's
// availability call (getDeliveryOptions, behind POST /api/v1/availability); the app's peak memory; and, in the
// same run, the ceiling of each layer (Prisma typed, Prisma raw, node-postgres) and pgbench's
// TPC-B at 32 clients, with the ratio. Checks afterwards that nothing was oversold or lost. Runs on
// fresh `oms_test_<random>` databases (TEST_DATABASE_URL, else the local server) and drops them.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { PrismaClient } from "@/generated/prisma/client";
import { SYSTEM_ACTOR, type Actor, authenticateApiKey, hashApiKey } from "@/lib/auth";
import { sqlFor, withTx, type Db, pgSql, registerSql } from "@/lib/db";
import { createServerTestDb, serverTestUrl, type ServerTestDb } from "@/lib/db/testing";
import { ConflictError } from "@/lib/errors";
import {
  captureOrder,
  captureOrderSchema,
  changeQuantity,
  changeQuantitySchema,
  deliveryOptionsSchema,
  getDeliveryOptions,
  trackOrder,
  trackOrderInput,
  type CaptureOrderInput,
} from "@/lib/orders";
import { placeChannelOrder } from "@/lib/api";
import { DEMO_USERS } from "@/prisma/seed/demo-users";
import { SMALL_SCALE, seedDemoWorld } from "@/prisma/seed/world";

const argv = process.argv.slice(2);
const asJson = argv.includes("--json");
const secondsArg = Number(argv[argv.indexOf("--seconds") + 1]);
const SECONDS = argv.includes("--seconds") && secondsArg > 0 ? secondsArg : 10;
const POOL = 10;
const TARGET = { spreadOrdersPerSec: 300, spreadP99Ms: 100, hotOrdersPerSec: 100, changeP99Ms: 100, trackP99Ms: 100, availabilityP99Ms: 100 };

const log = (...parts: unknown[]) => {
  if (!asJson) console.log(...parts);
};
const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN);
const fmt = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : "-");

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
sampler.unref();

interface Run {
  scenario: string;
  clients: number;
  /** Completed operations: orders placed (spread, hot), orders changed (change), lookups (track, availability). */
  ops: number;
  failed: number;
  /** Stale-version conflicts retried, and changes given up after a second one (change only; neither counts as failed). */
  retries?: number;
  gaveUp?: number;
  perSec: number;
  p50: number;
  p95: number;
  p99: number;
}

/** What `work` returns for an operation that neither completed nor failed (a change given up after a second conflict). */
const NOT_COUNTED = Symbol("not counted");

/** Runs `work` from `clients` loops for SECONDS; each call is one operation, timed end to end. */
async function drive(scenario: string, clients: number, work: (client: number, i: number) => Promise<unknown>): Promise<Run> {
  const latencies: number[] = [];
  let failed = 0;
  const end = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; performance.now() < end; i++) {
        const t0 = performance.now();
        try {
          if ((await work(c, i)) !== NOT_COUNTED) latencies.push(performance.now() - t0);
        } catch (e) {
          failed += 1;
          if (failed <= 3) log(`  ${scenario}: ${(e as Error).message.slice(0, 160)}`);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { scenario, clients, ops: latencies.length, failed, perSec: latencies.length / elapsed, p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), p99: quantile(latencies, 0.99) };
}

/** A database with the small demo network, its catalogue and published rules, and no orders yet. */
async function freshWorld(url: string): Promise<ServerTestDb> {
  const server = await createServerTestDb(url, { poolSize: POOL });
  await seedDemoWorld(server.db, { scale: { ...SMALL_SCALE, orders: 1, customers: 5 }, storeJourneys: false });
  // Orders and everything that hangs off them (lines, work, reservations, messages) go; so do their holds on stock.
  await server.db.$executeRawUnsafe(`TRUNCATE "Order" CASCADE`);
  await server.db.$executeRawUnsafe(`UPDATE "InventoryPosition" SET reserved = 0`);
  return server;
}

const PARIS = { line1: "10 rue de Rivoli", city: "Paris", postalCode: "75004", country: "FR" };

function orderFor(skus: string[], client: number, i: number): CaptureOrderInput {
  const lines = [{ sku: skus[(client * 7 + i) % skus.length], qty: 1, mode: "SHIP" as const }];
  if (i % 2 === 0) lines.push({ sku: skus[(client * 13 + i * 3 + 1) % skus.length], qty: 1, mode: "SHIP" as const });
  const unique = [...new Map(lines.map((l) => [l.sku, l])).values()];
  return captureOrderSchema.parse({ channel: "WEB", customer: { name: `Bench Client${client}`, email: `bench${client}@example.test` }, shippingAddress: PARIS, lines: unique });
}

const seededAgent = DEMO_USERS.find((u) => u.role === "AGENT")!;
/** The seeded call-centre agent, as the order page's server action passes it. */
const AGENT: Actor = { kind: "user", id: seededAgent.id, name: seededAgent.name, email: seededAgent.email, role: "AGENT", storeId: null, storeCode: null };

/** An agent's change as the order page makes it: read the version, then +1 unit on the first line, or -1 if it was raised. */
async function changeFirstLine(db: Db, orderId: string): Promise<void> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { version: true, lines: { orderBy: { lineNo: "asc" }, take: 1, select: { id: true, qty: true, cancelledQty: true } } },
  });
  const [line] = order.lines;
  const current = line.qty - line.cancelledQty;
  const input = changeQuantitySchema.parse({ orderId, lineId: line.id, qty: current > 1 ? current - 1 : current + 1, expectedVersion: order.version, reason: "Benchmark quantity change" });
  await withTx((tx) => changeQuantity(tx, AGENT, input), { db, timeoutMs: 120_000, maxWaitMs: 120_000 });
}

const BENCH_KEY = "oms_bench_web_key";

const pick = <T,>(items: T[]): T => items[Math.floor(Math.random() * items.length)];

/** Reserved equals the active reservations everywhere, nothing negative: nothing oversold or lost. */
async function stockExact(db: Db): Promise<boolean> {
  const [row] = await db.$queryRawUnsafe<Array<{ bad: number }>>(`
    SELECT count(*)::int AS bad FROM "InventoryPosition" p
      LEFT JOIN (SELECT "nodeId", "skuId", sum(qty)::int AS q FROM "Reservation" WHERE status = 'ACTIVE' GROUP BY 1, 2) r
        ON r."nodeId" = p."nodeId" AND r."skuId" = p."skuId"
     WHERE p.reserved <> coalesce(r.q, 0) OR p."onHand" < 0 OR p.reserved > p."onHand"`);
  return row.bad === 0;
}

async function captureRuns(url: string): Promise<{ runs: Run[]; statementsPerOrder: number; exact: boolean; hot: { reserved: number; available: number; backorderedUnits: number; ordered: number } }> {
  const runs: Run[] = [];
  // Spread: 60 SKUs, plenty of stock at every DC.
  const world = await freshWorld(url);
  try {
    const skus = (await world.db.sku.findMany({ orderBy: { code: "asc" }, take: 60, select: { id: true, code: true } })).map((s) => s.code);
    await world.db.$executeRawUnsafe(`UPDATE "InventoryPosition" p SET "onHand" = 1000000 FROM "Node" n, "Sku" s WHERE n.id = p."nodeId" AND s.id = p."skuId" AND n.type = 'DC' AND s.code = ANY($1)`, skus);
    // Statements per order, as the capture sends them: 20 sequential captures on a client of our own,
    // counting both what goes through Prisma (its query events) and what goes through the SQL runner.
    const counter = new PrismaClient({ adapter: new (await import("@prisma/adapter-pg")).PrismaPg({ connectionString: world.url, max: 2 }), log: [{ level: "query", emit: "event" }] });
    registerSql(counter, await pgSql(world.url, 2));
    let prismaStatements = 0;
    counter.$on("query", () => (prismaStatements += 1));
    const probe = 20;
    const sqlBefore = sqlFor(counter).statements;
    try {
      for (let i = 0; i < probe; i++) await captureOrder(SYSTEM_ACTOR, orderFor(skus, 99, i), { db: counter });
    } finally {
      await counter.$disconnect();
      await sqlFor(counter).close();
    }
    const statements = prismaStatements + sqlFor(counter).statements - sqlBefore;
    for (const clients of [1, 8, 32]) {
      runs.push(await drive("spread", clients, (c, i) => captureOrder(SYSTEM_ACTOR, orderFor(skus, c, i), { db: world.db })));
      log(`  spread, ${clients} client(s): ${fmt(runs.at(-1)!.perSec, 1)} orders/s`);
    }
    // The same orders as a channel sends them to POST /api/v1/orders: the key checked, the capture
    // under an Idempotency-Key, the order read back as the API answers it (the route minus HTTP).
    await world.db.apiKey.create({ data: { id: "bench_web_key", name: "Bench web shop", scope: "CHANNEL", channel: "WEB", keyHash: hashApiKey(BENCH_KEY), prefix: BENCH_KEY.slice(0, 8) } });
    runs.push(
      await drive("api", 32, async (c, i) => {
        const actor = await authenticateApiKey(world.db, `Bearer ${BENCH_KEY}`);
        if (actor.role !== "CHANNEL") throw new Error("The bench key is not a channel key.");
        const placed = await placeChannelOrder(actor, { idempotencyKey: `bench-${c}-${i}-${Date.now()}`, order: orderFor(skus, c, i) }, { db: world.db });
        if (placed.status !== 201) throw new Error(`POST /api/v1/orders answered ${placed.status}.`);
      }),
    );
    log(`  api, 32 clients: ${fmt(runs.at(-1)!.perSec, 1)} orders/s`);

    // On the orders just placed: an agent's quantity changes, the buyer's tracking page, the channel's availability call.
    const placed = await world.db.order.findMany({ select: { id: true, number: true, email: true } });
    let retries = 0;
    let gaveUp = 0;
    const change = await drive("change", 32, async () => {
      const orderId = pick(placed).id;
      // Another agent changed the order since we read it: re-read the version and try once more, as the agent would after a reload.
      for (let attempt = 0; ; attempt++) {
        try {
          return await changeFirstLine(world.db, orderId);
        } catch (e) {
          if (!(e instanceof ConflictError)) throw e;
          if (attempt === 1) {
            gaveUp += 1;
            return NOT_COUNTED;
          }
          retries += 1;
        }
      }
    });
    runs.push({ ...change, retries, gaveUp });
    log(`  change, 32 clients: ${fmt(change.perSec, 1)} orders changed/s, ${retries} stale-version conflict(s) retried, ${gaveUp} given up after a second`);
    runs.push(
      await drive("track", 32, async () => {
        const { number, email } = pick(placed);
        const tracked = await trackOrder(world.db, trackOrderInput.parse({ number, email }));
        if (!tracked.found) throw new Error(`Order ${number} not found by its number and e-mail.`);
      }),
    );
    log(`  track, 32 clients: ${fmt(runs.at(-1)!.perSec, 1)} lookups/s`);
    runs.push(
      await drive("availability", 32, (c, i) =>
        getDeliveryOptions(world.db, deliveryOptionsSchema.parse({ lines: orderFor(skus, c, i).lines.map(({ sku, qty }) => ({ sku, qty })), shippingAddress: PARIS })),
      ),
    );
    log(`  availability, 32 clients: ${fmt(runs.at(-1)!.perSec, 1)} calls/s`);
    const exactSpread = await stockExact(world.db);

    // Hot: 5 SKUs, stock for about a tenth of the orders 32 clients place in the run.
    const hot = skus.slice(0, 5);
    const expected = Math.max(50, Math.round(runs.find((r) => r.clients === 32)!.perSec * SECONDS));
    const perSkuDc = Math.max(1, Math.round(expected / 10 / hot.length / 3));
    await world.db.$executeRawUnsafe(`UPDATE "InventoryPosition" p SET "onHand" = p.reserved + p."safetyStock" FROM "Sku" s WHERE s.id = p."skuId" AND s.code = ANY($1)`, hot);
    await world.db.$executeRawUnsafe(
      `UPDATE "InventoryPosition" p SET "onHand" = p.reserved + p."safetyStock" + $2 FROM "Node" n, "Sku" s WHERE n.id = p."nodeId" AND s.id = p."skuId" AND n.type = 'DC' AND s.code = ANY($1)`,
      hot,
      perSkuDc,
    );
    const [before] = await world.db.$queryRawUnsafe<Array<{ available: number; reserved: number }>>(
      `SELECT sum(p."onHand" - p.reserved - p."safetyStock")::int AS available, sum(p.reserved)::int AS reserved FROM "InventoryPosition" p JOIN "Sku" s ON s.id = p."skuId" WHERE s.code = ANY($1)`,
      hot,
    );
    const hotOrdersBefore = await world.db.orderLine.aggregate({ where: { sku: { code: { in: hot } } }, _sum: { qty: true } });
    runs.push(await drive("hot", 32, (c, i) => captureOrder(SYSTEM_ACTOR, orderFor(hot, c, i), { db: world.db })));
    const [after] = await world.db.$queryRawUnsafe<Array<{ reserved: number }>>(
      `SELECT sum(p.reserved)::int AS reserved FROM "InventoryPosition" p JOIN "Sku" s ON s.id = p."skuId" WHERE s.code = ANY($1)`,
      hot,
    );
    const ordered = ((await world.db.orderLine.aggregate({ where: { sku: { code: { in: hot } } }, _sum: { qty: true } }))._sum.qty ?? 0) - (hotOrdersBefore._sum.qty ?? 0);
    const [backordered] = await world.db.$queryRawUnsafe<Array<{ units: number }>>(`
      SELECT coalesce(sum(l.qty - l."cancelledQty" - coalesce(f.q, 0)), 0)::int AS units
        FROM "OrderLine" l JOIN "Sku" s ON s.id = l."skuId"
        LEFT JOIN (SELECT fol."orderLineId", sum(fol.qty) AS q FROM "FulfillmentOrderLine" fol JOIN "FulfillmentOrder" fo ON fo.id = fol."fulfillmentOrderId" WHERE fo.status <> 'CANCELLED' GROUP BY 1) f ON f."orderLineId" = l.id
       WHERE s.code = ANY($1) AND l.status = 'BACKORDERED'`, hot);
    const exact = exactSpread && (await stockExact(world.db));
    return { runs, statementsPerOrder: statements / probe, exact, hot: { reserved: after.reserved - before.reserved, available: before.available, backorderedUnits: backordered.units, ordered } };
  } finally {
    await world.close();
  }
}

/** Transactions of 10 statements per second through each layer, 32 clients on a pool of POOL. */
async function layerCeilings(url: string): Promise<Array<{ layer: string; txPerSec: number; p50: number }>> {
  const server = await createServerTestDb(url, { poolSize: POOL, migrate: true });
  const out: Array<{ layer: string; txPerSec: number; p50: number }> = [];
  try {
    await seedDemoWorld(server.db, { scale: { ...SMALL_SCALE, orders: 1, customers: 5 }, storeJourneys: false });
    const ids = (await server.db.sku.findMany({ select: { id: true }, take: 100 })).map((s) => s.id);
    const pick = (i: number) => ids[i % ids.length];
    const typed = await drive("prisma-typed", 32, (c, i) => server.db.$transaction(async (tx) => { for (let k = 0; k < 10; k++) await tx.sku.findFirst({ where: { id: pick(c + i + k) } }); }, { timeout: 60_000, maxWait: 60_000 }));
    out.push({ layer: "Prisma 6.19 JS engine, interactive transaction, 10 typed findFirst", txPerSec: typed.perSec, p50: typed.p50 });
    const raw = await drive("prisma-raw", 32, (c, i) => server.db.$transaction(async (tx) => { for (let k = 0; k < 10; k++) await tx.$queryRaw`SELECT * FROM "Sku" WHERE id = ${pick(c + i + k)}`; }, { timeout: 60_000, maxWait: 60_000 }));
    out.push({ layer: "same, 10 $queryRaw", txPerSec: raw.perSec, p50: raw.p50 });
    const pg = (await import("pg")).default;
    const pool = new pg.Pool({ connectionString: server.url, max: POOL });
    pool.on("error", () => undefined);
    const plain = await drive("pg", 32, async (c, i) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (let k = 0; k < 10; k++) await client.query(`SELECT * FROM "Sku" WHERE id = $1`, [pick(c + i + k)]);
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    });
    await pool.end();
    out.push({ layer: "node-postgres (pg), BEGIN + 10 statements + COMMIT", txPerSec: plain.perSec, p50: plain.p50 });
  } finally {
    await server.close();
  }
  return out;
}

/** pgbench's TPC-B at 32 clients on its own database on the same server. */
async function pgbenchTps(url: string): Promise<number | null> {
  const server = await createServerTestDb(url, { migrate: false, poolSize: 1 });
  try {
    const u = new URL(server.url);
    const args = ["-h", u.hostname, "-p", u.port || "5432", "-U", decodeURIComponent(u.username) || "postgres"];
    execFileSync("pgbench", [...args, "-i", "-q", "-s", "10", server.name], { stdio: "ignore" });
    const out = execFileSync("pgbench", [...args, "-c", "32", "-j", "2", "-T", String(SECONDS), "-n", server.name], { encoding: "utf8" });
    const m = out.match(/tps = ([\d.]+)/);
    return m ? Number(m[1]) : null;
  } catch (e) {
    log(`  pgbench did not run: ${(e as Error).message.split("\n")[0]}`);
    return null;
  } finally {
    await server.close();
  }
}

async function main(): Promise<number> {
  const url = await serverTestUrl();
  if (!url) {
    console.log("bench:orders needs a PostgreSQL server: set TEST_DATABASE_URL or start one on 127.0.0.1:5432. Nothing was measured.");
    return 0;
  }
  log(`Order capture on the PostgreSQL server, ${SECONDS} s per run, pool of ${POOL}:`);
  const capture = await captureRuns(url);
  log("Layer ceilings (32 clients, transactions of 10 statements):");
  const layers = await layerCeilings(url);
  log("pgbench TPC-B, 32 clients:");
  const tps = await pgbenchTps(url);
  const spread32 = capture.runs.find((r) => r.scenario === "spread" && r.clients === 32)!;
  const hot = capture.runs.find((r) => r.scenario === "hot")!;
  const p99Target = (scenario: string, ms: number) => {
    const r = capture.runs.find((x) => x.scenario === scenario)!;
    return `${scenario} p99 < ${ms} ms: ${r.p99 < ms ? "met" : "MISSED"} (p99 ${fmt(r.p99)} ms)`;
  };
  const result = { seconds: SECONDS, ...capture, layers, pgbenchTps: tps, peakRssMb: peakRss / 1024 / 1024, target: TARGET };
  if (asJson) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log("\n| scenario | clients | ops | failed | ops/s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|---|");
    for (const r of capture.runs) console.log(`| ${r.scenario} | ${r.clients} | ${r.ops} | ${r.failed} | ${fmt(r.perSec, 1)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} |`);
    const changed = capture.runs.find((r) => r.scenario === "change")!;
    console.log(`\nops: orders placed (spread, hot; api: through the channel API's command, key check and read-back included), orders changed (change; ${changed.retries ?? 0} stale-version conflicts retried, ${changed.gaveUp ?? 0} changes given up after a second one), lookups (track, availability).`);
    console.log("\n| layer | transactions/s | p50 ms |\n|---|---|---|");
    for (const l of layers) console.log(`| ${l.layer} | ${fmt(l.txPerSec)} | ${fmt(l.p50)} |`);
    console.log(`| pgbench TPC-B (32 clients) | ${tps === null ? "-" : fmt(tps)} | |`);
    console.log(`\nStatements per order (as the capture sends them): ${fmt(capture.statementsPerOrder, 1)}`);
    console.log(`Peak memory of this process: ${fmt(result.peakRssMb)} MB`);
    console.log(`Capture vs pgbench TPC-B at 32 clients: ${tps ? `${fmt((100 * spread32.perSec) / tps, 1)} %` : "-"}`);
    console.log(
      `Hot SKUs: ${capture.hot.ordered} units ordered for ${capture.hot.available} available: ${capture.hot.reserved} reserved, ${capture.hot.backorderedUnits} backordered; ${capture.hot.reserved <= capture.hot.available ? "no oversell" : "OVERSOLD"}.`,
    );
    console.log(`Stock exact after the runs (reserved = active reservations, nothing negative): ${capture.exact ? "yes" : "NO"}`);
    console.log(
      `Targets: spread 32 clients >= ${TARGET.spreadOrdersPerSec} orders/s with p99 < ${TARGET.spreadP99Ms} ms: ${spread32.perSec >= TARGET.spreadOrdersPerSec && spread32.p99 < TARGET.spreadP99Ms ? "met" : "MISSED"} (${fmt(spread32.perSec, 1)}/s, p99 ${fmt(spread32.p99)} ms); hot >= ${TARGET.hotOrdersPerSec} orders/s: ${hot.perSec >= TARGET.hotOrdersPerSec ? "met" : "MISSED"} (${fmt(hot.perSec, 1)}/s); ${p99Target("change", TARGET.changeP99Ms)}; ${p99Target("track", TARGET.trackP99Ms)}; ${p99Target("availability", TARGET.availabilityP99Ms)}.`,
    );
  }
  return capture.exact && capture.hot.reserved <= capture.hot.available ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
