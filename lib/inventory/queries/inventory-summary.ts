// Network figures for the top of the inventory screen: totals, stock problems, inbound supply in
// transit (with the next ETA) and in-transit units by ETA week for the chart.
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth";
import { ATP_SQL, BELOW_SAFETY_SQL, OUT_OF_STOCK_SQL } from "./sql";
import { resolveNodeScope } from "./scope";

export interface InventorySummary {
  positions: number;
  onHand: number;
  reserved: number;
  safetyStock: number;
  atp: number;
  /** Distinct SKUs out of stock at one node or more. */
  skusOutOfStockSomewhere: number;
  outOfStockPositions: number;
  belowSafetyPositions: number;
  inbound: {
    /** IN_TRANSIT shipments. */
    shipments: number;
    /** Units still to receive on them. */
    units: number;
    /** Earliest ETA (ISO); may be in the past when a shipment is late. */
    nextEta: string | null;
  };
  /** Units in transit per ETA week (Monday, ISO date), earliest first, at most 12 weeks. */
  inTransitByWeek: Array<{ week: string; units: number; shipments: number }>;
}

/** Totals over the actor's scope: the whole network, or a store associate's own store. */
export async function getInventorySummary(db: Db | Tx, actor: Actor): Promise<InventorySummary> {
  authorize(actor, "inventory.view");
  const nodeId = await resolveNodeScope(db, actor, undefined);
  const positionScope = nodeId ? Prisma.sql`p."nodeId" = ${nodeId}` : Prisma.sql`TRUE`;
  const shipmentScope = nodeId ? Prisma.sql`sh."toNodeId" = ${nodeId}` : Prisma.sql`TRUE`;

  const [[totals], [inbound], weeks] = await Promise.all([
    db.$queryRaw<Array<Omit<InventorySummary, "inbound" | "inTransitByWeek">>>`
      SELECT COUNT(*)::int AS positions,
             COALESCE(SUM(p."onHand"), 0)::int AS "onHand",
             COALESCE(SUM(p.reserved), 0)::int AS reserved,
             COALESCE(SUM(p."safetyStock"), 0)::int AS "safetyStock",
             COALESCE(SUM(${ATP_SQL}), 0)::int AS atp,
             (COUNT(DISTINCT p."skuId") FILTER (WHERE ${OUT_OF_STOCK_SQL}))::int AS "skusOutOfStockSomewhere",
             (COUNT(*) FILTER (WHERE ${OUT_OF_STOCK_SQL}))::int AS "outOfStockPositions",
             (COUNT(*) FILTER (WHERE ${BELOW_SAFETY_SQL}))::int AS "belowSafetyPositions"
      FROM "InventoryPosition" p
      WHERE ${positionScope}`,
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

  return {
    ...totals,
    inbound: { shipments: inbound.shipments, units: inbound.units, nextEta: inbound.nextEta ? new Date(inbound.nextEta).toISOString() : null },
    inTransitByWeek: weeks.map((w) => ({ week: new Date(w.week).toISOString().slice(0, 10), units: w.units, shipments: w.shipments })),
  };
}
