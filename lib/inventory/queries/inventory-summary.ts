// Network figures for the top of the inventory screen: totals, the stock problems a manager acts on
// (stock-outs weighted by the demand they hurt, order lines at risk, positions about to run out),
// inbound supply in transit (with the next ETA) and in-transit units by ETA week for the chart.
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth";
import { getPublishedRules } from "@/lib/rules";
import { ATP_SQL, BELOW_SAFETY_SQL, DAYS_OF_COVER_SQL, OUT_OF_STOCK_SQL, openDemandBySku, recentDemandByNodeSku } from "./sql";
import { resolveNodeScope } from "./scope";

export interface InventorySummary {
  positions: number;
  onHand: number;
  reserved: number;
  safetyStock: number;
  atp: number;
  outOfStockPositions: number;
  belowSafetyPositions: number;
  /**
   * SKUs that no node in scope can promise (ATP 0 everywhere) while customers want them: open units
   * not yet reserved (backorders, orders waiting for stock; network scope only) or recent sales.
   */
  stockouts: {
    skus: number;
    /** Open order units of those SKUs that no node holds (on demand, network); 0 for a store. */
    openUnits: number;
    /** Their recent demand in the scope, units per day (sales the stock-out is losing). */
    dailyDemand: number;
  };
  /**
   * Open order lines that may not be served: backordered lines, and lines still waiting for stock
   * whose SKU has no ATP at any node. Null for a store associate (orders are network-wide).
   */
  linesAtRisk: { lines: number; backordered: number; orders: number; units: number } | null;
  /** Positions whose days of cover are under the alert rules' stock-out horizon. */
  atRiskPositions: number;
  horizonDays: number;
  inbound: {
    /** IN_TRANSIT shipments. */
    shipments: number;
    /** Units still to receive on them. */
    units: number;
    /** Earliest ETA (ISO); may be in the past when a shipment is late. */
    nextEta: string | null;
  };
  /** On hand and ATP per node in scope, by node type then code (the units-per-node chart). */
  byNode: Array<{ code: string; name: string; type: "DC" | "STORE"; onHand: number; atp: number }>;
  /** Units in transit per ETA week (Monday, ISO date), earliest first, at most 12 weeks. */
  inTransitByWeek: Array<{ week: string; units: number; shipments: number }>;
}

/** Totals over the actor's scope: the whole network, or a store associate's own store. */
export async function getInventorySummary(db: Db | Tx, actor: Actor, options: { now?: Date } = {}): Promise<InventorySummary> {
  authorize(actor, "inventory.view");
  const nodeId = await resolveNodeScope(db, actor, undefined);
  const positionScope = nodeId ? Prisma.sql`p."nodeId" = ${nodeId}` : Prisma.sql`TRUE`;
  const shipmentScope = nodeId ? Prisma.sql`sh."toNodeId" = ${nodeId}` : Prisma.sql`TRUE`;
  const { definition: rules } = await getPublishedRules(db, "ALERTS");
  const recent = recentDemandByNodeSku(rules.demandWindowDays, options.now ?? new Date(), nodeId ? Prisma.sql`m."nodeId" = ${nodeId}` : Prisma.sql`TRUE`);
  const openDemand = nodeId ? Prisma.sql`SELECT NULL::text AS "skuId", 0 AS demand WHERE FALSE` : openDemandBySku();

  // Two scans of the positions, each on narrow columns with names joined after: per node (the totals
  // are their sum) and per SKU (network ATP, for the stock-outs and the lines at risk), the latter
  // with recent demand aggregated once for the at-risk count and the stock-outs' lost sales.
  const linesAtRisk = nodeId
    ? Prisma.sql`NULL::json`
    : Prisma.sql`(SELECT row_to_json(x) FROM (
          SELECT COUNT(*)::int AS lines,
                 (COUNT(*) FILTER (WHERE open.status = 'BACKORDERED'))::int AS backordered,
                 COUNT(DISTINCT open."orderId")::int AS orders,
                 COALESCE(SUM(open.waiting), 0)::int AS units
          FROM (
            SELECT ol.id, ol."orderId", ol.status, ol."skuId", GREATEST(0, ol.qty - ol."cancelledQty" - COALESCE(r.held, 0)) AS waiting
            FROM "OrderLine" ol
            JOIN "Order" o ON o.id = ol."orderId"
            LEFT JOIN (SELECT "orderLineId", SUM(qty) AS held FROM "Reservation" WHERE status = 'ACTIVE' GROUP BY "orderLineId") r ON r."orderLineId" = ol.id
            WHERE ol.status IN ('CREATED', 'BACKORDERED', 'SCHEDULED') AND o.status <> 'CANCELLED'
          ) open
          LEFT JOIN network ON network."skuId" = open."skuId"
          WHERE open.waiting > 0 AND (open.status = 'BACKORDERED' OR COALESCE(network.atp, 0) = 0)) x)`;
  const [nodeRows, [figures], [inbound], weeks] = await Promise.all([
    db.$queryRaw<Array<InventorySummary["byNode"][number] & Pick<InventorySummary, "positions" | "reserved" | "safetyStock" | "outOfStockPositions" | "belowSafetyPositions">>>`
      WITH agg AS (
        SELECT p."nodeId", COUNT(*)::int AS positions,
               COALESCE(SUM(p."onHand"), 0)::int AS "onHand",
               COALESCE(SUM(p.reserved), 0)::int AS reserved,
               COALESCE(SUM(p."safetyStock"), 0)::int AS "safetyStock",
               COALESCE(SUM(${ATP_SQL}), 0)::int AS atp,
               (COUNT(*) FILTER (WHERE ${OUT_OF_STOCK_SQL}))::int AS "outOfStockPositions",
               (COUNT(*) FILTER (WHERE ${BELOW_SAFETY_SQL}))::int AS "belowSafetyPositions"
        FROM "InventoryPosition" p
        WHERE ${positionScope}
        GROUP BY p."nodeId"
      )
      SELECT n.code, n.name, n.type::text AS type, agg.*
      FROM agg JOIN "Node" n ON n.id = agg."nodeId"
      ORDER BY n.type, n.code`,
    db.$queryRaw<Array<{ atRiskPositions: number; stockouts: InventorySummary["stockouts"]; linesAtRisk: InventorySummary["linesAtRisk"] }>>`
      WITH recent AS MATERIALIZED (${recent}),
      network AS MATERIALIZED (SELECT p."skuId", SUM(${ATP_SQL}) AS atp FROM "InventoryPosition" p WHERE ${positionScope} GROUP BY p."skuId"),
      open AS (${openDemand}),
      recent_sku AS (SELECT r."skuId", SUM(r.daily) AS daily FROM recent r GROUP BY r."skuId"),
      wanted AS (
        SELECT e."skuId", COALESCE(o.demand, 0) AS units, COALESCE(r.daily, 0) AS daily
        FROM network e
        LEFT JOIN open o ON o."skuId" = e."skuId"
        LEFT JOIN recent_sku r ON r."skuId" = e."skuId"
        WHERE e.atp = 0 AND (COALESCE(o.demand, 0) > 0 OR COALESCE(r.daily, 0) > 0)
      )
      SELECT
        (SELECT COUNT(*)::int FROM recent JOIN "InventoryPosition" p ON p."nodeId" = recent."nodeId" AND p."skuId" = recent."skuId"
          WHERE ${DAYS_OF_COVER_SQL(ATP_SQL, Prisma.sql`recent.daily`)} < ${rules.stockoutHorizonDays}) AS "atRiskPositions",
        (SELECT json_build_object('skus', COUNT(*), 'openUnits', COALESCE(SUM(units), 0), 'dailyDemand', COALESCE(SUM(daily), 0)::float8) FROM wanted) AS stockouts,
        ${linesAtRisk} AS "linesAtRisk"`,
    db.$queryRaw<Array<{ shipments: number; units: number; nextEta: Date | null }>>`
      SELECT COUNT(DISTINCT sh.id)::int AS shipments,
             COALESCE(SUM(GREATEST(0, l.qty - l."receivedQty")), 0)::int AS units,
             MIN(sh.eta) AS "nextEta"
      FROM "InboundShipment" sh
      LEFT JOIN "InboundShipmentLine" l ON l."shipmentId" = sh.id
      WHERE sh.status = 'IN_TRANSIT' AND ${shipmentScope}`,
    db.$queryRaw<Array<{ week: Date; units: number; shipments: number }>>`
      SELECT date_trunc('week', sh.eta) AS week,
             COALESCE(SUM(GREATEST(0, l.qty - l."receivedQty")), 0)::int AS units,
             COUNT(DISTINCT sh.id)::int AS shipments
      FROM "InboundShipment" sh
      JOIN "InboundShipmentLine" l ON l."shipmentId" = sh.id
      WHERE sh.status = 'IN_TRANSIT' AND ${shipmentScope}
      GROUP BY 1
      ORDER BY 1
      LIMIT 12`,
  ]);

  const sum = (k: "positions" | "onHand" | "reserved" | "safetyStock" | "atp" | "outOfStockPositions" | "belowSafetyPositions") => nodeRows.reduce((t, r) => t + r[k], 0);
  const { stockouts } = figures;
  return {
    positions: sum("positions"),
    onHand: sum("onHand"),
    reserved: sum("reserved"),
    safetyStock: sum("safetyStock"),
    atp: sum("atp"),
    outOfStockPositions: sum("outOfStockPositions"),
    belowSafetyPositions: sum("belowSafetyPositions"),
    atRiskPositions: figures.atRiskPositions,
    stockouts: { skus: Number(stockouts.skus), openUnits: Number(stockouts.openUnits), dailyDemand: Number(stockouts.dailyDemand) },
    linesAtRisk: figures.linesAtRisk
      ? { lines: Number(figures.linesAtRisk.lines), backordered: Number(figures.linesAtRisk.backordered), orders: Number(figures.linesAtRisk.orders), units: Number(figures.linesAtRisk.units) }
      : null,
    byNode: nodeRows.map((r) => ({ code: r.code, name: r.name, type: r.type, onHand: r.onHand, atp: r.atp })),
    horizonDays: rules.stockoutHorizonDays,
    inbound: { shipments: inbound.shipments, units: inbound.units, nextEta: inbound.nextEta ? new Date(inbound.nextEta).toISOString() : null },
    inTransitByWeek: weeks.map((w) => ({ week: new Date(w.week).toISOString().slice(0, 10), units: w.units, shipments: w.shipments })),
  };
}
