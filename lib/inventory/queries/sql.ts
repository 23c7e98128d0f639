// SQL building blocks shared by the inventory queries (and the KPI alerts): supply in transit per
// node and SKU, open demand per SKU, and the stock-problem predicates, written once so every screen
// counts the same way.
import { Prisma } from "@/generated/prisma/client";

/**
 * Open demand ("on demand") for a SKU, network-wide: units of open order lines that no node holds
 * yet — lines not yet released to a node (status CREATED, BACKORDERED or SCHEDULED) of orders that
 * are not cancelled, each counting qty - cancelledQty - its ACTIVE reservations, never below 0.
 * Backordered units are most of it; unreserved units of orders on hold count too. Released lines are
 * excluded: their units are reserved at, and being worked by, a node.
 * Returns rows ("skuId", "demand"); pass a condition on ol."skuId" to narrow it.
 */
export function openDemandBySku(skuCondition: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  return Prisma.sql`
    SELECT ol."skuId", SUM(GREATEST(0, ol.qty - ol."cancelledQty" - COALESCE(r.held, 0)))::int AS demand
    FROM "OrderLine" ol
    JOIN "Order" o ON o.id = ol."orderId"
    LEFT JOIN (
      SELECT "orderLineId", SUM(qty) AS held FROM "Reservation" WHERE status = 'ACTIVE' GROUP BY "orderLineId"
    ) r ON r."orderLineId" = ol.id
    WHERE ol.status IN ('CREATED', 'BACKORDERED', 'SCHEDULED')
      AND o.status <> 'CANCELLED'
      AND ${skuCondition}
    GROUP BY ol."skuId"`;
}

/**
 * Open demand ("on demand") attributed to the node that will serve it: per node and SKU, the units
 * of ACTIVE reservations of orders not cancelled (ordered, held at that node, not yet shipped or
 * handed over); plus, with "nodeId" NULL, the network's backorders and other unreserved open units
 * (openDemandBySku). A SKU's on demand is the sum of its rows. `condition` may use "nodeId" and
 * "skuId". Returns rows ("nodeId" | null, "skuId", "demand").
 */
export function openDemandByNodeSku(condition: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  return Prisma.sql`
    SELECT d."nodeId", d."skuId", d.demand FROM (
      SELECT r."nodeId", r."skuId", SUM(r.qty)::int AS demand
      FROM "Reservation" r
      JOIN "OrderLine" ol ON ol.id = r."orderLineId"
      JOIN "Order" o ON o.id = ol."orderId"
      WHERE r.status = 'ACTIVE' AND o.status <> 'CANCELLED'
      GROUP BY r."nodeId", r."skuId"
      UNION ALL
      SELECT NULL::text AS "nodeId", b."skuId", b.demand FROM (${openDemandBySku()}) b WHERE b.demand > 0
    ) d
    WHERE ${condition}`;
}

/**
 * Supply in transit per destination node and SKU: units of IN_TRANSIT inbound shipment lines not
 * yet received, with the earliest ETA. Returns rows ("nodeId", "skuId", "qty", "eta").
 */
export function inTransitByNodeSku(condition: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  return Prisma.sql`
    SELECT sh."toNodeId" AS "nodeId", l."skuId", SUM(GREATEST(0, l.qty - l."receivedQty"))::int AS qty, MIN(sh.eta) AS eta
    FROM "InboundShipmentLine" l
    JOIN "InboundShipment" sh ON sh.id = l."shipmentId"
    WHERE sh.status = 'IN_TRANSIT' AND ${condition}
    GROUP BY sh."toNodeId", l."skuId"`;
}

/**
 * Recent demand per node and SKU: units that left the node for customers (SHIPMENT and SALE
 * movements of the ledger) over the `windowDays` days before `now`, and that total divided by the
 * window as "daily". Days of cover and the projected stock-outs divide by it. `condition` may use
 * m."nodeId" and m."skuId". Returns rows ("nodeId", "skuId", "units", "daily").
 */
export function recentDemandByNodeSku(windowDays: number, now: Date, condition: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  const from = new Date(now.getTime() - windowDays * 86_400_000);
  return Prisma.sql`
    SELECT m."nodeId", m."skuId", (-SUM(m.qty))::int AS units, (-SUM(m.qty))::float8 / ${windowDays} AS daily
    FROM "StockMovement" m
    WHERE m.kind IN ('SHIPMENT', 'SALE') AND m."occurredAt" > ${from} AND m."occurredAt" <= ${now} AND ${condition}
    GROUP BY m."nodeId", m."skuId"`;
}

/** Days the free stock lasts at the recent daily demand; NULL when there is no recent demand. */
export const DAYS_OF_COVER_SQL = (atp: Prisma.Sql, daily: Prisma.Sql) => Prisma.sql`CASE WHEN COALESCE(${daily}, 0) > 0 THEN (${atp})::float8 / ${daily} END`;

/** Position predicates over alias p; the same definitions as lib/inventory/atp.ts. */
export const OUT_OF_STOCK_SQL = Prisma.sql`(p."onHand" - p.reserved <= 0 AND (p."safetyStock" > 0 OR p."targetStock" > 0))`;
export const STOCKED_SQL = Prisma.sql`(p."safetyStock" > 0 OR p."targetStock" > 0 OR p."onHand" > 0 OR p.reserved > 0)`;
export const BELOW_SAFETY_SQL = Prisma.sql`(p."onHand" - p.reserved < p."safetyStock")`;
export const ATP_SQL = Prisma.sql`GREATEST(0, p."onHand" - p.reserved - p."safetyStock")`;

/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
