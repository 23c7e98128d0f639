// Network-aware sourcing on the database side: the periodic job that computes a ShadowPriceSet
// from recent orders and today's stock (lib/sourcing/network solves the LP), and the per-database
// cache of the latest set that the sourcing snapshot reads when the SOURCING rule turns
// networkPricing on (docs/sourcing.md, "Network-aware sourcing").
//
// Several app instances may run the job: each skips while the latest set is fresh, and the write
// takes a transaction-scoped advisory lock and checks the latest row again, so only one of two
// instances finishing together stores its set.
import { databaseOf, getDb, withTx, type Db, type Sql, type SqlPool, type Tx } from "@/lib/db";
import { getPublishedRules } from "@/lib/rules";
import type { SourcingRules } from "@/lib/rules/client";
import { aggregateDemand, computeShadowPrices, DEFAULT_CELL_DEGREES, type DemandSample, type NetworkLpInput, type NetworkLpStats, type ShadowPrice } from "@/lib/sourcing";

/** Days of past orders read as demand. */
export const DEMAND_WINDOW_DAYS = 7;
/** Days ahead today's stock has to serve (until it is replenished). */
export const HORIZON_DAYS = 3;
/** A set younger than this is not recomputed. */
export const RECOMPUTE_AFTER_MS = 60 * 60_000;
/** How often the job looks whether a new set is due. */
export const SHADOW_PRICE_JOB_INTERVAL_MS = 10 * 60_000;
/** How long a process keeps the latest set in memory before reading it again. */
export const SHADOW_PRICE_CACHE_MS = 60_000;
/** Advisory lock taken while a new set is written (any constant unique to this job). */
const ADVISORY_LOCK_KEY = 72_011_520;

/** The latest set, indexed for building instances: SKU -> [node code, EUR per unit]. */
export interface ShadowPriceLookup {
  setId: string;
  computedAt: Date;
  bySku: Map<string, Array<[string, number]>>;
}

interface SetRow {
  id: string;
  computedAt: Date | string;
  prices: unknown;
}

function toLookup(row: SetRow | null | undefined): ShadowPriceLookup | null {
  if (!row) return null;
  const bySku = new Map<string, Array<[string, number]>>();
  for (const entry of Array.isArray(row.prices) ? (row.prices as unknown[]) : []) {
    if (!Array.isArray(entry) || entry.length !== 3) continue;
    const [node, sku, eur] = entry as [unknown, unknown, unknown];
    if (typeof node !== "string" || typeof sku !== "string" || typeof eur !== "number" || !(eur > 0)) continue;
    const list = bySku.get(sku) ?? [];
    list.push([node, eur]);
    bySku.set(sku, list);
  }
  return { setId: row.id, computedAt: new Date(row.computedAt), bySku };
}

// On globalThis, like the network cache: the server's bundles each load this module.
const globals = globalThis as unknown as { __omsShadowPrices?: WeakMap<object, { fetchedAt: number; value: ShadowPriceLookup | null }> };
globals.__omsShadowPrices ??= new WeakMap();
const cache = globals.__omsShadowPrices;

async function cachedLookup(key: object | undefined, read: () => Promise<SetRow | null>): Promise<ShadowPriceLookup | null> {
  const hit = key ? cache.get(key) : undefined;
  if (hit && Date.now() - hit.fetchedAt < SHADOW_PRICE_CACHE_MS) return hit.value;
  const value = toLookup(await read());
  if (key) cache.set(key, { fetchedAt: Date.now(), value });
  return value;
}

/** Drops this database's cached set (after a new one is written here). */
export function forgetShadowPrices(db: object): void {
  const key = databaseOf(db) ?? db;
  cache.delete(key);
}

const enabled = (rules: SourcingRules) => Boolean(rules.networkPricing?.enabled) && (rules.networkPricing?.weight ?? 0) > 0;

/** The sourcing rules with the latest set attached when they turn network pricing on (hot path: plain SQL). */
export async function withShadowPrices<T extends { definition: SourcingRules }>(pool: SqlPool, sql: Sql, sourcing: T): Promise<T & { shadowPrices?: ShadowPriceLookup }> {
  if (!enabled(sourcing.definition)) return sourcing;
  const lookup = await cachedLookup(pool, async () => {
    const [row] = await sql.query<SetRow>(`SELECT id, "computedAt", prices FROM "ShadowPriceSet" ORDER BY "computedAt" DESC, id DESC LIMIT 1`);
    return row ?? null;
  });
  return lookup ? { ...sourcing, shadowPrices: lookup } : sourcing;
}

/** The latest set for a Prisma client or transaction, when the rules turn network pricing on. */
export async function shadowPricesFor(db: Db | Tx, rules: SourcingRules): Promise<ShadowPriceLookup | undefined> {
  if (!enabled(rules)) return undefined;
  const lookup = await cachedLookup(databaseOf(db), () => db.shadowPriceSet.findFirst({ orderBy: [{ computedAt: "desc" }, { id: "desc" }], select: { id: true, computedAt: true, prices: true } }));
  return lookup ?? undefined;
}

/** The engine's CostModel.shadowPrices for one order's SKUs: node -> SKU -> EUR, times the rule's weight. */
export function instanceShadowPrices(lookup: ShadowPriceLookup | undefined, rules: SourcingRules, skus: Iterable<string>): Record<string, Record<string, number>> | undefined {
  if (!lookup || !enabled(rules)) return undefined;
  const weight = rules.networkPricing!.weight;
  const out: Record<string, Record<string, number>> = {};
  let any = false;
  for (const sku of new Set(skus)) {
    for (const [node, eur] of lookup.bySku.get(sku) ?? []) {
      (out[node] ??= {})[sku] = eur * weight;
      any = true;
    }
  }
  return any ? out : undefined;
}

// ---- the periodic computation

export interface ShadowPriceSetSummary {
  id: string;
  computedAt: Date;
  priced: number;
  stats: NetworkLpStats & { orders: number; unitsPerShipment: number };
}

export type ComputeOutcome = { status: "WRITTEN"; set: ShadowPriceSetSummary } | { status: "DISABLED" | "FRESH" | "BUSY" };

/**
 * Computes and stores a new set when network pricing is on and the latest set is older than
 * `recomputeAfterMs` (`force` skips both checks). Demand: the order lines placed in the last
 * `windowDays`, ship lines by 0.5-degree cell of their destination, pickup lines by store, scaled
 * to `horizonDays`. Stock: available to promise now, with the same rule filters as the snapshot
 * (franchise protection, ship-from-store list, units kept for walk-in customers, exclusions).
 */
export async function computeShadowPriceSet(
  db: Db,
  options: { now?: Date; windowDays?: number; horizonDays?: number; recomputeAfterMs?: number; force?: boolean } = {},
): Promise<ComputeOutcome> {
  const now = options.now ?? new Date();
  const windowDays = options.windowDays ?? DEMAND_WINDOW_DAYS;
  const horizonDays = options.horizonDays ?? HORIZON_DAYS;
  const freshFor = options.recomputeAfterMs ?? RECOMPUTE_AFTER_MS;
  const { definition: rules } = await getPublishedRules(db, "SOURCING");
  if (!options.force && !enabled(rules)) return { status: "DISABLED" };
  const isFresh = async (client: Db | Tx) => {
    const latest = await client.shadowPriceSet.findFirst({ orderBy: { computedAt: "desc" }, select: { computedAt: true } });
    return Boolean(latest && now.getTime() - latest.computedAt.getTime() < freshFor);
  };
  if (!options.force && (await isFresh(db))) return { status: "FRESH" };

  const from = new Date(now.getTime() - windowDays * 86_400_000);
  const cell = DEFAULT_CELL_DEGREES;
  const rows = await db.$queryRaw<Array<{ sku: string; mode: "SHIP" | "PICKUP"; pickupNode: string | null; pickupLat: number | null; pickupLng: number | null; i: number | null; j: number | null; units: number }>>`
    SELECT k.code AS sku, l."deliveryMode"::text AS mode, n.code AS "pickupNode", n.lat AS "pickupLat", n.lng AS "pickupLng",
           floor(o."shipLat" / ${cell}::float8)::int AS i, floor(o."shipLng" / ${cell}::float8)::int AS j,
           sum(l.qty - l."cancelledQty")::int AS units
      FROM "OrderLine" l
      JOIN "Order" o ON o.id = l."orderId"
      JOIN "Sku" k ON k.id = l."skuId"
      LEFT JOIN "Node" n ON n.id = l."pickupNodeId"
     WHERE o."placedAt" >= ${from} AND o."placedAt" <= ${now} AND l.qty > l."cancelledQty"
     GROUP BY 1, 2, 3, 4, 5, 6, 7`;
  const [orderFigures] = await db.$queryRaw<Array<{ orders: number; units: number }>>`
    SELECT count(DISTINCT o.id)::int AS orders, coalesce(sum(l.qty - l."cancelledQty"), 0)::int AS units
      FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id
     WHERE o."placedAt" >= ${from} AND o."placedAt" <= ${now}`;
  const samples: DemandSample[] = rows.map((r) =>
    r.mode === "PICKUP"
      ? { sku: r.sku, qty: r.units, mode: "PICKUP", pickupNode: r.pickupNode, pickupLat: r.pickupLat ?? undefined, pickupLng: r.pickupLng ?? undefined }
      : { sku: r.sku, qty: r.units, mode: "SHIP", lat: r.i === null ? null : (r.i + 0.5) * cell, lng: r.j === null ? null : (r.j + 0.5) * cell },
  );
  const demand = aggregateDemand(samples, { scale: horizonDays / windowDays, cellDegrees: cell });
  const skuCodes = [...new Set(demand.map((d) => d.sku))];

  const nodes = await db.node.findMany({
    where: { active: true },
    select: { code: true, type: true, lat: true, lng: true, canShip: true, canPickup: true, canShipFromStore: true, franchise: true },
    orderBy: { code: "asc" },
  });
  const positions = skuCodes.length
    ? await db.$queryRaw<Array<{ node: string; sku: string; available: number }>>`
        SELECT n.code AS node, k.code AS sku, greatest(0, p."onHand" - p.reserved - p."safetyStock")::int AS available
          FROM "InventoryPosition" p JOIN "Node" n ON n.id = p."nodeId" JOIN "Sku" k ON k.id = p."skuId"
         WHERE n.active AND k.code = ANY(${skuCodes}::text[]) AND p."onHand" - p.reserved - p."safetyStock" > 0`
    : [];
  const input = networkLpInput(rules, nodes, positions, demand, orderFigures);
  const result = await computeShadowPrices(input);
  const stats = { ...result.stats, orders: orderFigures?.orders ?? 0, unitsPerShipment: input.unitsPerShipment ?? 1 };

  const written = await withTx(
    async (tx) => {
      const [lock] = await tx.$queryRaw<Array<{ ok: boolean }>>`SELECT pg_try_advisory_xact_lock(${ADVISORY_LOCK_KEY}::bigint) AS ok`;
      if (!lock?.ok || (!options.force && (await isFresh(tx)))) return null;
      return tx.shadowPriceSet.create({
        data: { computedAt: now, demandFrom: from, demandTo: now, horizonDays, prices: result.prices, stats },
        select: { id: true, computedAt: true },
      });
    },
    { db },
  );
  if (!written) return { status: "BUSY" };
  forgetShadowPrices(db);
  return { status: "WRITTEN", set: { id: written.id, computedAt: written.computedAt, priced: result.prices.length, stats } };
}

/** The LP's input under the sourcing rules, the same filters buildInstance applies to one order. */
export function networkLpInput(
  rules: SourcingRules,
  nodes: Array<{ code: string; type: "DC" | "STORE"; lat: number; lng: number; canShip: boolean; canPickup: boolean; canShipFromStore: boolean; franchise: boolean }>,
  positions: Array<{ node: string; sku: string; available: number }>,
  demand: NetworkLpInput["demand"],
  figures?: { orders: number; units: number },
): NetworkLpInput {
  const protect = rules.protectFranchisePickupStock;
  const shipFromStores = rules.shipFromStoreNodes?.length ? new Set(rules.shipFromStoreNodes) : null;
  const keep = rules.storeProtectionUnits ?? 0;
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const stock: NetworkLpInput["stock"] = [];
  for (const p of positions) {
    const node = byCode.get(p.node);
    if (!node) continue;
    // Units kept for walk-in customers and a protected franchise's stock still serve its own
    // pickups; the LP cannot tell pickups apart from walk-ins, so it keeps them out of the count.
    const available = p.available - (node.type === "STORE" ? keep : 0);
    if (available > 0) stock.push({ node: p.node, sku: p.sku, available });
  }
  // A shipment carries about one order's units: the fixed cost is spread over them.
  const unitsPerShipment = figures && figures.orders > 0 ? Math.max(1, figures.units / figures.orders) : 1.5;
  return {
    nodes: nodes.map((n) => ({
      id: n.code,
      type: n.type,
      lat: n.lat,
      lng: n.lng,
      canShip: n.type === "DC" ? n.canShip : n.canShipFromStore && !(protect && n.franchise) && (!shipFromStores || shipFromStores.has(n.code)),
      canPickup: n.canPickup,
    })),
    stock,
    demand,
    costs: rules.costs,
    unitsPerShipment,
    shipFromStoreMaxKm: rules.shipFromStoreMaxKm,
    excludedNodes: rules.excludedNodes,
  };
}

// ---- the latest set, for the admin's rules page

export interface ShadowPriceStatus {
  computedAt: Date;
  priced: number;
  skus: number;
  horizonDays: number;
  demandFrom: Date;
  demandTo: Date;
}

export async function getShadowPriceStatus(db: Db | Tx): Promise<ShadowPriceStatus | null> {
  const row = await db.shadowPriceSet.findFirst({
    orderBy: [{ computedAt: "desc" }, { id: "desc" }],
    select: { computedAt: true, horizonDays: true, demandFrom: true, demandTo: true, stats: true },
  });
  if (!row) return null;
  const stats = (row.stats ?? {}) as Partial<NetworkLpStats>;
  return { computedAt: row.computedAt, priced: stats.priced ?? 0, skus: stats.skus ?? 0, horizonDays: row.horizonDays, demandFrom: row.demandFrom, demandTo: row.demandTo };
}

// ---- the background job (started from instrumentation.ts; SHADOW_PRICES=off turns it off)

const globalForJob = globalThis as unknown as { __omsShadowPriceJob?: ReturnType<typeof setInterval> };

export function startShadowPriceJob(options: { intervalMs?: number; log?: (message: string, error?: unknown) => void } = {}): () => void {
  const log = options.log ?? ((message, error) => (error ? console.error(message, error) : console.log(message)));
  const stop = () => {
    if (globalForJob.__omsShadowPriceJob) clearInterval(globalForJob.__omsShadowPriceJob);
    globalForJob.__omsShadowPriceJob = undefined;
  };
  if (globalForJob.__omsShadowPriceJob) return stop;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const outcome = await computeShadowPriceSet(await getDb());
      if (outcome.status === "WRITTEN") {
        const { set } = outcome;
        log(`[shadow-prices] set ${set.id}: ${set.priced} positions priced over ${set.stats.skus} SKUs and ${set.stats.regions} regions (${set.stats.variables} variables, ${Math.round(set.stats.ms)} ms)`);
      }
    } catch (e) {
      log("[shadow-prices] computation failed", e);
    } finally {
      running = false;
    }
  };
  globalForJob.__omsShadowPriceJob = setInterval(() => void tick(), options.intervalMs ?? SHADOW_PRICE_JOB_INTERVAL_MS);
  globalForJob.__omsShadowPriceJob.unref?.();
  setTimeout(() => void tick(), 30_000).unref?.();
  return stop;
}

export type { ShadowPrice };
