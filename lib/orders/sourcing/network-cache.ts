// What the capture reads on every order but rarely changes, kept per database in memory:
// - the node list, re-read when the Node table's stamp (row count and latest update) moves;
// - published rule sets by id (a published version never changes; publishing makes a new id);
// - units released today per node (the nodes' daily capacity), re-read every 5 seconds (one read
//   for all the captures waiting on it: it sums the day's work, so it grows with the day's orders),
//   moved by this process's own releases in between and re-read after any other release here.
//   Capacity is a planning figure, not a lock: two captures at the same instant could always both
//   take a node's last unit; another app instance's releases show within 5 seconds.
import type { RuleKind } from "@/generated/prisma/enums";
import type { Sql, SqlPool } from "@/lib/db";
import { DEFAULT_RULES, parseRuleDefinition, type RuleDefinitions } from "@/lib/rules/client";
import { UNITS_RELEASED_TODAY_SQL } from "@/lib/fulfillment";
import type { OpeningHours } from "../promise";
import type { NodeInfo } from "./snapshot";

export interface CachedNode extends NodeInfo {
  active: boolean;
}

interface PoolCache {
  nodes?: { stamp: string; list: CachedNode[]; byCode: Map<string, CachedNode>; byId: Map<string, CachedNode> };
  rules: Map<string, unknown>;
  capacity?: { day: string; fetchedAt: number; generation: number; used: Map<string, number> };
  /** The capacity read in flight: captures arriving meanwhile wait for it rather than each reading. */
  capacityRead?: { day: string; generation: number; promise: Promise<Map<string, number>> };
}

// On globalThis: the server's bundles each load this module, and share one cache per database.
const globals = globalThis as unknown as { __omsNetworkCache?: { caches: WeakMap<SqlPool, PoolCache>; generation: number } };
globals.__omsNetworkCache ??= { caches: new WeakMap(), generation: 0 };
const shared = globals.__omsNetworkCache;
const caches = shared.caches;
const CAPACITY_TTL_MS = 5000;

function cacheOf(pool: SqlPool): PoolCache {
  let c = caches.get(pool);
  if (!c) caches.set(pool, (c = { rules: new Map() }));
  return c;
}

/** The SQL expression whose value changes whenever a node is added, removed or edited. */
export const NODES_STAMP_SQL = `(SELECT count(*)::text || ':' || coalesce(max("updatedAt")::text, '') FROM "Node")`;

/** The SQL expression listing the published rule sets of these kinds as JSON ({ id, kind, version }). */
export function publishedRefsSql(kinds: RuleKind[]): string {
  return `(SELECT coalesce(json_agg(json_build_object('id', r.id, 'kind', r.kind, 'version', r.version)), '[]')
       FROM "RuleSet" r WHERE r.status = 'PUBLISHED' AND r.kind IN (${kinds.map((k) => `'${k}'`).join(", ")}))`;
}

export async function networkNodes(pool: SqlPool, sql: Sql, stamp: string): Promise<NonNullable<PoolCache["nodes"]>> {
  const cache = cacheOf(pool);
  if (cache.nodes?.stamp === stamp) return cache.nodes;
  const rows = await sql.query<CachedNode & { openingHours: OpeningHours }>(
    `SELECT id, code, name, city, type, lat, lng, "timeZone", "openingHours", holidays, "canShip", "canPickup", "canShipFromStore", franchise, "dailyCapacity", active
       FROM "Node" ORDER BY code ASC`,
  );
  const list = rows.map((r) => ({ ...r, openingHours: r.openingHours as OpeningHours }));
  cache.nodes = { stamp, list, byCode: new Map(list.map((n) => [n.code, n])), byId: new Map(list.map((n) => [n.id, n])) };
  return cache.nodes;
}

export interface PublishedRef {
  id: string;
  kind: RuleKind;
  version: number;
}

/** The published definition of `kind` among `published` (the defaults when none is), parsed once per rule set. */
export async function publishedRules<K extends RuleKind>(pool: SqlPool, sql: Sql, published: PublishedRef[], kind: K): Promise<{ definition: RuleDefinitions[K]; ruleSetId: string | null }> {
  const ref = published.filter((r) => r.kind === kind).sort((a, b) => b.version - a.version)[0];
  if (!ref) return { definition: DEFAULT_RULES[kind], ruleSetId: null };
  const cache = cacheOf(pool);
  if (!cache.rules.has(ref.id)) {
    const [row] = await sql.query<{ definition: unknown }>(`SELECT definition FROM "RuleSet" WHERE id = $1`, [ref.id]);
    cache.rules.set(ref.id, parseRuleDefinition(kind, row.definition));
  }
  return { definition: cache.rules.get(ref.id) as RuleDefinitions[K], ruleSetId: ref.id };
}

/** Units each node released on `now`'s day (in its own time zone). */
export async function unitsUsedToday(pool: SqlPool, sql: Sql, now: Date): Promise<Map<string, number>> {
  const fresh = cachedUnitsUsed(pool, now);
  if (fresh) return fresh;
  const cache = cacheOf(pool);
  const day = now.toISOString().slice(0, 10);
  const generation = shared.generation;
  const inFlight = cache.capacityRead;
  // Inside a transaction (`sql` is not the pool) the read runs on it, never waiting for another connection.
  if (inFlight && inFlight.day === day && inFlight.generation === generation && sql === pool) return inFlight.promise;
  const promise = sql
    .query<{ nodeId: string; units: number }>(UNITS_RELEASED_TODAY_SQL, [new Date(now.getTime() - 2 * 86_400_000).toISOString(), now.toISOString(), null])
    .then((rows) => {
      const used = new Map(rows.map((r) => [r.nodeId, Number(r.units)]));
      cache.capacity = { day, fetchedAt: Date.now(), generation, used };
      return used;
    })
    .finally(() => {
      if (cache.capacityRead?.promise === promise) cache.capacityRead = undefined;
    });
  if (sql === pool) cache.capacityRead = { day, generation, promise };
  return promise;
}

/** The cached figure when it is fresh, without reading anything (safe inside any transaction). */
export function cachedUnitsUsed(pool: SqlPool, now: Date): Map<string, number> | undefined {
  const c = cacheOf(pool).capacity;
  if (c && c.day === now.toISOString().slice(0, 10) && c.generation === shared.generation && Date.now() - c.fetchedAt < CAPACITY_TTL_MS) return c.used;
  return undefined;
}

/** A figure read inside a transaction, kept for the captures and changes that follow. */
export function rememberUnitsUsed(pool: SqlPool, now: Date, used: Map<string, number>): void {
  cacheOf(pool).capacity = { day: now.toISOString().slice(0, 10), fetchedAt: Date.now(), generation: shared.generation, used: new Map(used) };
}

/** This process released `units` at these nodes on `now`'s day (after commit). */
export function addUnitsUsed(pool: SqlPool, now: Date, units: Map<string, number>): void {
  const c = cacheOf(pool).capacity;
  if (!c || c.day !== now.toISOString().slice(0, 10)) return;
  for (const [nodeId, n] of units) c.used.set(nodeId, (c.used.get(nodeId) ?? 0) + n);
}

/** Work was released outside the capture: the next capture re-reads capacity. */
/** Moves when work is released outside the capture (hold release): capacity is re-read. */
export function capacityChanged(): void {
  shared.generation += 1;
}
