// Builds the plain snapshot the sourcing engine reads (nodes, stock available to promise, today's
// capacity left, costs and rules) from the database, inside the caller's transaction and after the
// positions are locked, so the plan is made on the numbers it will reserve against.
import { databaseOf, maybeSqlFor, type Db, type Tx } from "@/lib/db";
import { getPublishedRules } from "@/lib/rules";
import type { SourcingRules } from "@/lib/rules/client";
import type { FulfillmentNode, SourcingInstance, StockRow } from "@/lib/sourcing";
import { unitsReleasedToday } from "@/lib/fulfillment";
import type { OpeningHours, PromiseHoliday } from "../promise";
import { NODES_STAMP_SQL, cachedUnitsUsed, networkNodes, publishedRefsSql, publishedRules, rememberUnitsUsed, unitsUsedToday, type PublishedRef } from "./network-cache";
import { instanceShadowPrices, shadowPricesFor, withShadowPrices, type ShadowPriceLookup } from "./shadow-prices";

export interface NodeInfo {
  id: string;
  code: string;
  name: string;
  city: string;
  type: "DC" | "STORE";
  lat: number;
  lng: number;
  timeZone: string;
  openingHours: OpeningHours;
  /** Days closed or on other hours (lib/nodes holidays); the promise reads them. */
  holidays?: PromiseHoliday[];
  canShip: boolean;
  canPickup: boolean;
  canShipFromStore: boolean;
  franchise: boolean;
  dailyCapacity: number;
}

export interface SourcingContext {
  nodes: NodeInfo[];
  nodeByCode: Map<string, NodeInfo>;
  nodeById: Map<string, NodeInfo>;
  rules: SourcingRules;
  ruleSetId: string | null;
  /** node code -> units it can still release today */
  capacityLeft: Map<string, number>;
  /** `${nodeCode}|${skuCode}` -> available to promise */
  available: Map<string, number>;
  /** The latest shadow prices of scarce stock, present when the rules turn networkPricing on. */
  shadowPrices?: ShadowPriceLookup;
}

export async function loadNodes(tx: Tx): Promise<NodeInfo[]> {
  const rows = await tx.node.findMany({
    where: { active: true },
    select: { id: true, code: true, name: true, city: true, type: true, lat: true, lng: true, timeZone: true, openingHours: true, holidays: true, canShip: true, canPickup: true, canShipFromStore: true, franchise: true, dailyCapacity: true },
    orderBy: { code: "asc" },
  });
  return rows.map((r) => ({ ...r, openingHours: r.openingHours as OpeningHours, holidays: r.holidays as unknown as PromiseHoliday[] }));
}

export type NetworkContext = Omit<SourcingContext, "available">;

/**
 * The engine's network: active nodes, the sourcing rules, capacity left today from the units each
 * node (by id) released, and the shadow prices attached to the rules (withShadowPrices), if any.
 */
export function networkContext(nodes: NodeInfo[], rules: { definition: SourcingRules; ruleSetId: string | null; shadowPrices?: ShadowPriceLookup }, usedToday: Map<string, number>): NetworkContext {
  return {
    ...(rules.shadowPrices ? { shadowPrices: rules.shadowPrices } : {}),
    nodes,
    nodeByCode: new Map(nodes.map((n) => [n.code, n])),
    nodeById: new Map(nodes.map((n) => [n.id, n])),
    rules: rules.definition,
    ruleSetId: rules.ruleSetId,
    capacityLeft: new Map(nodes.map((n) => [n.code, Math.max(0, n.dailyCapacity - (usedToday.get(n.id) ?? 0))])),
  };
}

/** Adds stock available to promise, from rows by node and SKU id, at the network's (active) nodes. */
export function withAvailable(network: NetworkContext, skus: Array<{ id: string; code: string }>, positions: Array<{ nodeId: string; skuId: string; available: number }>): SourcingContext {
  const skuCode = new Map(skus.map((s) => [s.id, s.code]));
  const available = new Map<string, number>();
  for (const p of positions) {
    const node = network.nodeById.get(p.nodeId);
    if (node) available.set(`${node.code}|${skuCode.get(p.skuId)}`, p.available);
  }
  return { ...network, available };
}

/**
 * Nodes, sourcing rules and capacity left today, inside the caller's transaction. Capacity comes
 * from the per-database cache when it is fresh (lib/orders/sourcing/network-cache.ts), else from
 * the day's work. Read it before locking positions: none of it needs their locks.
 */
export async function loadNetworkContext(tx: Tx, now: Date): Promise<NetworkContext> {
  const nodes = await loadNodes(tx);
  const rules = await getPublishedRules(tx, "SOURCING");
  const shadowPrices = await shadowPricesFor(tx, rules.definition);
  const pool = databaseOf(tx);
  let used = pool ? cachedUnitsUsed(pool, now) : undefined;
  if (!used) {
    used = await unitsReleasedToday(tx, now);
    if (pool) rememberUnitsUsed(pool, now, used);
  }
  return networkContext(nodes, { ...rules, shadowPrices }, used);
}

/** Stock available to promise of these SKUs at the network's nodes (after the caller locked them). */
export async function withPositions(tx: Tx, network: NetworkContext, skuIds: string[]): Promise<SourcingContext> {
  const positions = skuIds.length
    ? await tx.inventoryPosition.findMany({
        where: { skuId: { in: skuIds }, node: { active: true } },
        select: { onHand: true, reserved: true, safetyStock: true, node: { select: { code: true } }, sku: { select: { code: true } } },
      })
    : [];
  const available = new Map<string, number>();
  for (const p of positions) available.set(`${p.node.code}|${p.sku.code}`, Math.max(0, p.onHand - p.reserved - p.safetyStock));
  return { ...network, available };
}

export async function loadSourcingContext(tx: Tx, skuIds: string[], now: Date): Promise<SourcingContext> {
  return withPositions(tx, await loadNetworkContext(tx, now), skuIds);
}

/**
 * The same context read outside any transaction, for quotes and availability: the network, the
 * rules and the capacity from the per-database cache, the positions in one statement. Falls back
 * to the transactional read for a transaction client.
 */
export async function loadSourcingSnapshot(db: Db | Tx, skus: Array<{ id: string; code: string }>, now: Date): Promise<SourcingContext> {
  const skuIds = skus.map((s) => s.id);
  const pool = maybeSqlFor(db);
  if (!pool) return loadSourcingContext(db as Tx, skuIds, now);
  const [row] = await pool.query<{ nodesStamp: string; published: PublishedRef[]; positions: Array<{ nodeId: string; skuId: string; available: number }> }>(
    `SELECT ${NODES_STAMP_SQL} AS "nodesStamp",
       ${publishedRefsSql(["SOURCING"])} AS published,
       (SELECT coalesce(json_agg(json_build_object('nodeId', p."nodeId", 'skuId', p."skuId", 'available', greatest(0, p."onHand" - p.reserved - p."safetyStock"))), '[]')
          FROM "InventoryPosition" p WHERE p."skuId" = ANY($1::text[])) AS positions`,
    [skuIds],
    "sourcing-snapshot",
  );
  const [network, sourcing, used] = await Promise.all([
    networkNodes(pool, pool, row.nodesStamp),
    publishedRules(pool, pool, row.published, "SOURCING").then((rules) => withShadowPrices(pool, pool, rules)),
    unitsUsedToday(pool, pool, now),
  ]);
  return withAvailable(networkContext(network.list.filter((n) => n.active), sourcing, used), skus, row.positions);
}

/**
 * The stock and capacity a decision was made on, before any rule filtered them (stored on the
 * SourcingDecision, so a what-if simulation can replay other rules against what the order saw).
 */
export interface StockSnapshot {
  /** [node code, SKU code, units available to promise], units > 0 */
  available: Array<[string, string, number]>;
  /** node code -> units it could still release that day */
  capacityLeft: Record<string, number>;
}

export function stockSnapshot(ctx: SourcingContext, skuCodes: string[]): StockSnapshot {
  const skus = new Set(skuCodes);
  const available: StockSnapshot["available"] = [];
  for (const [key, units] of ctx.available) {
    if (units <= 0) continue;
    const [node, sku] = key.split("|");
    if (skus.has(sku) && ctx.nodeByCode.has(node)) available.push([node, sku, units]);
  }
  available.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return { available, capacityLeft: Object.fromEntries(ctx.capacityLeft) };
}

export interface SnapshotLine {
  id: string;
  sku: string;
  qty: number;
  mode: "SHIP" | "PICKUP";
  pickupNode?: string;
  /** The SKU's category code, for the rules' category exclusions. */
  category?: string;
}

/**
 * The engine's instance for these lines, with the sourcing rules applied (the one place they are:
 * capture, re-sourcing, quotes and what-if simulations all build instances here):
 * - franchise stores keep their stock for pickups at their own counter when the rule says so: they
 *   neither ship to customers nor feed other nodes;
 * - only the stores listed in shipFromStoreNodes (when any are) ship to customers or feed others;
 * - a category excluded at a node or node type takes no stock there;
 * - every store keeps storeProtectionUnits of each SKU for walk-in customers, unless it is this
 *   order's pickup store (its own counter's customers are the ones the units are kept for);
 * - nodePriorities become each node's per-shipment cost adjustment;
 * - with networkPricing on, the latest shadow prices of the order's SKUs (times the rule's weight)
 *   are added to the handling cost of each (node, SKU) (costs.shadowPrices).
 * `avoidSources` are nodes not to take stock from (the store that short-picked): excluded outright,
 * except a pickup store of these lines, which stays the destination but offers no stock.
 */
export function buildInstance(ctx: SourcingContext, order: { id: string; destination: { lat: number; lng: number }; lines: SnapshotLine[] }, avoidSources: string[] = []): SourcingInstance {
  const rules = ctx.rules;
  const protect = rules.protectFranchisePickupStock;
  const shipFromStores = rules.shipFromStoreNodes?.length ? new Set(rules.shipFromStoreNodes) : null;
  const protectUnits = rules.storeProtectionUnits ?? 0;
  const pickupStores = new Set(order.lines.filter((l) => l.mode === "PICKUP").map((l) => l.pickupNode));
  const noStock = new Set(avoidSources.filter((code) => pickupStores.has(code)));
  const extraExcluded = avoidSources.filter((code) => !noStock.has(code));
  const skus = new Set(order.lines.map((l) => l.sku));
  // SKU -> the nodes and node types its category may not take stock from.
  const excludedFor = new Map<string, { nodes: Set<string>; types: Set<string> }>();
  if (rules.categoryExclusions?.length) {
    for (const line of order.lines) {
      if (!line.category) continue;
      for (const rule of rules.categoryExclusions) {
        if (rule.category !== line.category) continue;
        const entry = excludedFor.get(line.sku) ?? { nodes: new Set<string>(), types: new Set<string>() };
        for (const code of rule.nodes) entry.nodes.add(code);
        for (const type of rule.nodeTypes) entry.types.add(type);
        excludedFor.set(line.sku, entry);
      }
    }
  }
  const nodes: FulfillmentNode[] = ctx.nodes.map((n) => ({
    id: n.code,
    type: n.type,
    lat: n.lat,
    lng: n.lng,
    canShip: n.type === "DC" ? n.canShip : n.canShipFromStore && !(protect && n.franchise) && (!shipFromStores || shipFromStores.has(n.code)),
    canPickup: n.canPickup,
    capacityLeft: ctx.capacityLeft.get(n.code) ?? 0,
  }));
  const stock: StockRow[] = [];
  for (const n of ctx.nodes) {
    if (protect && n.franchise && !pickupStores.has(n.code)) continue;
    if (noStock.has(n.code)) continue;
    const keep = n.type === "STORE" && !pickupStores.has(n.code) ? protectUnits : 0;
    for (const sku of skus) {
      const excluded = excludedFor.get(sku);
      if (excluded && (excluded.nodes.has(n.code) || excluded.types.has(n.type))) continue;
      const available = (ctx.available.get(`${n.code}|${sku}`) ?? 0) - keep;
      if (available > 0) stock.push({ node: n.code, sku, available });
    }
  }
  const priorities = rules.nodePriorities && Object.keys(rules.nodePriorities).length ? rules.nodePriorities : null;
  const shadowPrices = instanceShadowPrices(ctx.shadowPrices, rules, skus);
  const costs: SourcingInstance["costs"] = { ...rules.costs, ...(priorities ? { perShipmentByNode: { ...priorities } } : {}), ...(shadowPrices ? { shadowPrices } : {}) };
  return {
    order: { id: order.id, destination: order.destination, lines: order.lines.map((l) => ({ id: l.id, sku: l.sku, qty: l.qty, mode: l.mode, ...(l.mode === "PICKUP" ? { pickupNode: l.pickupNode } : {}) })) },
    nodes,
    stock,
    costs,
    rules: { maxShipments: rules.maxShipments, shipFromStoreMaxKm: rules.shipFromStoreMaxKm, excludedNodes: [...rules.excludedNodes, ...extraExcluded] },
  };
}
