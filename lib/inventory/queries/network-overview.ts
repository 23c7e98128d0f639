// The supply-chain manager's network overview: units and stock value by node type and region, stock
// problems (and the demand they hold up), supply in transit by ETA week, demand against supply per
// category and on demand per node. Every figure uses the one definition in ./sql.ts.
import type { NodeType } from "@/generated/prisma/enums";
import { liveCached, type Db, type Tx } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth";
import { ATP_SQL, BELOW_SAFETY_SQL, inTransitByNodeSku, openDemandByNodeSku, OUT_OF_STOCK_SQL, STOCKED_SQL } from "./sql";

/** How many stocked-out SKUs and nodes the overview lists (the counts cover them all). */
export const OVERVIEW_TOP = 10;

export interface StockGroup {
  nodes: number;
  positions: number;
  /** On hand. */
  units: number;
  /** On hand x the SKU's retail price, in minor units of `currency` (SKUs priced in another currency are left out). */
  valueMinor: number;
  outOfStock: number;
  belowSafety: number;
}

export interface NetworkOverview {
  generatedAt: string;
  currency: string;
  totals: StockGroup;
  byNodeType: Array<{ type: NodeType } & StockGroup>;
  /** Per country of the nodes (ISO code). */
  byRegion: Array<{ country: string } & StockGroup>;
  stockProblems: {
    outOfStockPositions: number;
    /** Units of on demand at the out-of-stock positions (reservations held there). */
    outOfStockDemand: number;
    belowSafetyPositions: number;
    belowSafetyDemand: number;
    /** SKUs stocked somewhere with no ATP at any node. */
    stockedOutSkus: number;
    /** Units of on demand (reserved and waiting) of those SKUs: the demand the network cannot promise more to. */
    stockedOutDemand: number;
    /** The stocked-out SKUs with the most demand first. */
    topStockedOut: Array<{ code: string; name: string; onDemand: number; waiting: number; inTransit: number }>;
  };
  /** Supply in transit per ETA week (Monday, UTC); ETAs already past are grouped as late. */
  inTransit: { late: { units: number; shipments: number }; weeks: Array<{ weekStart: string; units: number; shipments: number }> };
  /** On demand (reserved at nodes + waiting for stock) against ATP and in transit, per category. */
  byCategory: Array<{ code: string; name: string; onDemand: number; waiting: number; atp: number; inTransit: number }>;
  onDemandByNode: {
    /** Units waiting for stock anywhere (backorders and other unreserved open units). */
    waiting: number;
    nodesWithDemand: number;
    top: Array<{ code: string; name: string; type: NodeType; onDemand: number }>;
  };
}

type DemandResult = {
  problems: { outDemand: number; belowDemand: number };
  stockedOutSkus: number;
  stockedOutDemand: number;
  topStockedOut: NetworkOverview["stockProblems"]["topStockedOut"];
  categories: NetworkOverview["byCategory"];
  nodesWithDemand: number;
  topNodes: NetworkOverview["onDemandByNode"]["top"];
};

type GroupRow = { type: NodeType; country: string; nodes: number; positions: number; units: number; value: number; out: number; below: number };

const emptyGroup = (): StockGroup => ({ nodes: 0, positions: 0, units: 0, valueMinor: 0, outOfStock: 0, belowSafety: 0 });
function add(into: StockGroup, r: GroupRow) {
  into.nodes += r.nodes;
  into.positions += r.positions;
  into.units += r.units;
  into.valueMinor += r.value;
  into.outOfStock += r.out;
  into.belowSafety += r.below;
}

/**
 * `maxAgeMs`: the live screens (page and polled route) share one computation for that long (per
 * database, single-flight; see liveCached). Without it, or with `now`, the figures are computed now.
 */
export async function getNetworkOverview(db: Db | Tx, actor: Actor, options: { now?: Date; maxAgeMs?: number } = {}): Promise<NetworkOverview> {
  authorize(actor, "kpi.view");
  if (options.maxAgeMs && !options.now) return liveCached(db, "network-overview", options.maxAgeMs, () => computeNetworkOverview(db, new Date()));
  return computeNetworkOverview(db, options.now ?? new Date());
}

async function computeNetworkOverview(db: Db | Tx, now: Date): Promise<NetworkOverview> {

  // The network's currency: the one most SKUs are priced in.
  const [cur] = await db.$queryRaw<Array<{ currency: string }>>`SELECT currency FROM "Sku" GROUP BY currency ORDER BY COUNT(*) DESC, currency LIMIT 1`;
  const currency = cur?.currency ?? "EUR";

  const [groups, [{ result: d }], transit] = await Promise.all([
    db.$queryRaw<GroupRow[]>`
      SELECT n.type, n.country, COUNT(DISTINCT n.id)::int AS nodes, COUNT(*)::int AS positions,
        COALESCE(SUM(p."onHand"), 0)::float8 AS units,
        COALESCE(SUM(CASE WHEN s.currency = ${currency} THEN p."onHand"::bigint * s."priceMinor" ELSE 0 END), 0)::float8 AS value,
        COUNT(*) FILTER (WHERE ${OUT_OF_STOCK_SQL})::int AS out,
        COUNT(*) FILTER (WHERE ${BELOW_SAFETY_SQL})::int AS below
      FROM "InventoryPosition" p
      JOIN "Node" n ON n.id = p."nodeId"
      JOIN "Sku" s ON s.id = p."skuId"
      GROUP BY n.type, n.country
      ORDER BY n.type, n.country`,
    // Demand, per-SKU ATP and supply in transit are computed once and feed the stock problems, the
    // stocked-out SKUs, the categories and the nodes (one pass over positions and reservations).
    db.$queryRaw<[{ result: DemandResult }]>`
      WITH nd AS MATERIALIZED (${openDemandByNodeSku()}),
      a AS MATERIALIZED (
        SELECT p."skuId", SUM(${ATP_SQL})::int AS atp, bool_or(${STOCKED_SQL}) AS stocked FROM "InventoryPosition" p GROUP BY p."skuId"
      ),
      dm AS MATERIALIZED (
        SELECT nd."skuId", SUM(nd.demand)::int AS demand, COALESCE(SUM(nd.demand) FILTER (WHERE nd."nodeId" IS NULL), 0)::int AS waiting
        FROM nd GROUP BY nd."skuId"
      ),
      tr AS MATERIALIZED (
        SELECT t."skuId", SUM(t.qty)::int AS qty FROM (${inTransitByNodeSku()}) t GROUP BY t."skuId"
      ),
      problems AS (
        SELECT COALESCE(SUM(nd.demand) FILTER (WHERE ${OUT_OF_STOCK_SQL}), 0)::int AS "outDemand",
          COALESCE(SUM(nd.demand) FILTER (WHERE ${BELOW_SAFETY_SQL}), 0)::int AS "belowDemand"
        FROM nd JOIN "InventoryPosition" p ON p."nodeId" = nd."nodeId" AND p."skuId" = nd."skuId"
      ),
      out AS (
        SELECT s.code, s.name, COALESCE(dm.demand, 0) AS "onDemand", COALESCE(dm.waiting, 0) AS waiting, COALESCE(tr.qty, 0) AS "inTransit"
        FROM a
        JOIN "Sku" s ON s.id = a."skuId"
        LEFT JOIN dm ON dm."skuId" = a."skuId"
        LEFT JOIN tr ON tr."skuId" = a."skuId"
        -- Short: nothing any node can promise, or orders waiting that no node could take (the free
        -- units sit where they cannot serve them, e.g. a store that does not ship parcels).
        WHERE (a.stocked AND a.atp = 0) OR COALESCE(dm.waiting, 0) > 0
      ),
      cats AS (
        SELECT c.code, c.name, COALESCE(SUM(dm.demand), 0)::int AS "onDemand", COALESCE(SUM(dm.waiting), 0)::int AS waiting,
          COALESCE(SUM(a.atp), 0)::int AS atp, COALESCE(SUM(tr.qty), 0)::int AS "inTransit"
        FROM "Category" c
        JOIN "Product" pr ON pr."categoryId" = c.id
        JOIN "Sku" s ON s."productId" = pr.id
        LEFT JOIN a ON a."skuId" = s.id
        LEFT JOIN dm ON dm."skuId" = s.id
        LEFT JOIN tr ON tr."skuId" = s.id
        GROUP BY c.id, c.code, c.name
      ),
      nodes AS (
        SELECT n.code, n.name, n.type, SUM(nd.demand)::int AS "onDemand"
        FROM nd JOIN "Node" n ON n.id = nd."nodeId"
        GROUP BY n.id, n.code, n.name, n.type
        HAVING SUM(nd.demand) > 0
      )
      SELECT json_build_object(
        'problems', (SELECT row_to_json(problems) FROM problems),
        'stockedOutSkus', (SELECT COUNT(*) FROM out),
        'stockedOutDemand', (SELECT COALESCE(SUM("onDemand"), 0) FROM out),
        'topStockedOut', COALESCE((SELECT json_agg(x) FROM (SELECT * FROM out ORDER BY waiting DESC, "onDemand" DESC, code LIMIT ${OVERVIEW_TOP}) x), '[]'::json),
        'categories', COALESCE((SELECT json_agg(x) FROM (SELECT * FROM cats ORDER BY "onDemand" DESC, name) x), '[]'::json),
        'nodesWithDemand', (SELECT COUNT(*) FROM nodes),
        'topNodes', COALESCE((SELECT json_agg(x) FROM (SELECT * FROM nodes ORDER BY "onDemand" DESC, code LIMIT ${OVERVIEW_TOP}) x), '[]'::json)
      ) AS result`,
    // The in-transit definition of inTransitByNodeSku, per shipment ETA rather than per position.
    db.$queryRaw<Array<{ week: Date | null; units: number; shipments: number }>>`
      SELECT CASE WHEN sh.eta < ${now} THEN NULL ELSE date_trunc('week', sh.eta) END AS week,
        SUM(GREATEST(0, l.qty - l."receivedQty"))::int AS units, COUNT(DISTINCT sh.id)::int AS shipments
      FROM "InboundShipmentLine" l
      JOIN "InboundShipment" sh ON sh.id = l."shipmentId"
      WHERE sh.status = 'IN_TRANSIT' AND l.qty > l."receivedQty"
      GROUP BY 1
      ORDER BY 1 NULLS FIRST`,
  ]);

  const totals = emptyGroup();
  const byType = new Map<NodeType, StockGroup>();
  const byCountry = new Map<string, StockGroup>();
  for (const r of groups) {
    add(totals, r);
    if (!byType.has(r.type)) byType.set(r.type, emptyGroup());
    add(byType.get(r.type)!, r);
    if (!byCountry.has(r.country)) byCountry.set(r.country, emptyGroup());
    add(byCountry.get(r.country)!, r);
  }
  const late = transit.find((w) => w.week === null);

  return {
    generatedAt: now.toISOString(),
    currency,
    totals,
    byNodeType: [...byType].map(([type, g]) => ({ type, ...g })),
    byRegion: [...byCountry].sort(([a], [b]) => a.localeCompare(b)).map(([country, g]) => ({ country, ...g })),
    stockProblems: {
      outOfStockPositions: totals.outOfStock,
      outOfStockDemand: d.problems.outDemand,
      belowSafetyPositions: totals.belowSafety,
      belowSafetyDemand: d.problems.belowDemand,
      stockedOutSkus: Number(d.stockedOutSkus),
      stockedOutDemand: Number(d.stockedOutDemand),
      topStockedOut: d.topStockedOut,
    },
    inTransit: {
      late: { units: late?.units ?? 0, shipments: late?.shipments ?? 0 },
      weeks: transit.filter((w) => w.week !== null).map((w) => ({ weekStart: new Date(w.week!).toISOString().slice(0, 10), units: w.units, shipments: w.shipments })),
    },
    byCategory: d.categories,
    onDemandByNode: {
      waiting: d.categories.reduce((s, c) => s + c.waiting, 0),
      nodesWithDemand: Number(d.nodesWithDemand),
      top: d.topNodes,
    },
  };
}
