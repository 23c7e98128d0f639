// Fulfilment KPIs for the supply-chain dashboard: one documented definition per KPI, each one SQL
// query over orders placed in a window, plus the daily orders-by-channel series and the alerts that
// need action now. Every figure is computed in the database; nothing here is sampled or cached.
import { Prisma } from "@/generated/prisma/client";
import type { Channel, OrderStatus } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import { ATP_SQL, openDemandBySku, OUT_OF_STOCK_SQL } from "@/lib/inventory";
import type { FulfillmentCostModel } from "./cost-model";

export { KPI_PERIODS, kpiPeriodSchema, type KpiPeriod } from "./periods";

/** Calendar days of the daily series are cut in this time zone (the network's business day). */
export const REPORTING_TIME_ZONE = "Europe/Paris";

/** Orders placed in [from, to). */
export interface KpiWindow {
  from: Date;
  to: Date;
}

export function kpiWindow(days: number, now: Date = new Date()): KpiWindow {
  return { from: new Date(now.getTime() - days * 86_400_000), to: now };
}

const placedIn = (w: KpiWindow) => Prisma.sql`o."placedAt" >= ${w.from} AND o."placedAt" < ${w.to}`;

/** A fulfilment order that moves goods (a parcel to the customer or a transfer to the pickup store). */
const IS_SHIPMENT_LEG = Prisma.sql`NOT (fo."deliveryMode" = 'PICKUP' AND fo."nodeId" = fo."pickupNodeId")`;

/** Share as a ratio in [0, 1], or null when there is nothing to measure (shown as "no data"). */
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * Orders and units: orders placed in the window (every channel and status, cancelled ones too) and
 * the units ordered on them (sum of line qty as placed, before any cancellation).
 */
export async function ordersAndUnits(db: Db | Tx, w: KpiWindow): Promise<{ orders: number; units: number }> {
  const [row] = await db.$queryRaw<Array<{ orders: number; units: number }>>`
    SELECT COUNT(DISTINCT o.id)::int AS orders, COALESCE(SUM(ol.qty), 0)::int AS units
    FROM "Order" o LEFT JOIN "OrderLine" ol ON ol."orderId" = o.id
    WHERE ${placedIn(w)}`;
  return row;
}

/**
 * Split rate: among orders placed in the window that have at least one fulfilment order that is
 * not cancelled, the share with more than one (the order reaches the customer in several parts or
 * from several nodes).
 */
export async function splitRate(db: Db | Tx, w: KpiWindow): Promise<{ rate: number | null; splitOrders: number; orders: number }> {
  const [row] = await db.$queryRaw<Array<{ orders: number; splitOrders: number }>>`
    SELECT COUNT(*)::int AS orders, (COUNT(*) FILTER (WHERE n > 1))::int AS "splitOrders"
    FROM (
      SELECT o.id, COUNT(fo.id) AS n
      FROM "Order" o JOIN "FulfillmentOrder" fo ON fo."orderId" = o.id AND fo.status <> 'CANCELLED'
      WHERE ${placedIn(w)}
      GROUP BY o.id
    ) per_order`;
  return { ...row, rate: ratio(row.splitOrders, row.orders) };
}

/**
 * Cost per order, an estimate priced with the published SOURCING rule set's costs:
 *   each fulfilment order (not cancelled) that moves goods — a parcel to the customer or a transfer
 *   to the pickup store — costs `perShipment`; a pickup served from the pickup store's own stock
 *   moves nothing and costs no shipment;
 *   each unit on a fulfilment order costs `handlingPerUnit` of its node's type (DC or STORE).
 * Distance (perKm) is left out: fulfilment orders do not keep the route, and the fixed costs
 * dominate. The total is divided by the orders placed in the window that have at least one such
 * fulfilment order, and returned in minor units (the rule set's costs are in EUR).
 */
export async function costPerOrder(
  db: Db | Tx,
  w: KpiWindow,
  costs: Pick<FulfillmentCostModel, "perShipment" | "handlingPerUnit">,
): Promise<{ averageMinor: number | null; totalMinor: number; orders: number; shipments: number; dcUnits: number; storeUnits: number }> {
  const [row] = await db.$queryRaw<Array<{ orders: number; shipments: number; dcUnits: number; storeUnits: number }>>`
    SELECT COUNT(DISTINCT o.id)::int AS orders,
           (COUNT(DISTINCT fo.id) FILTER (WHERE ${IS_SHIPMENT_LEG}))::int AS shipments,
           COALESCE(SUM(fol.qty) FILTER (WHERE n.type = 'DC'), 0)::int AS "dcUnits",
           COALESCE(SUM(fol.qty) FILTER (WHERE n.type = 'STORE'), 0)::int AS "storeUnits"
    FROM "Order" o
    JOIN "FulfillmentOrder" fo ON fo."orderId" = o.id AND fo.status <> 'CANCELLED'
    JOIN "Node" n ON n.id = fo."nodeId"
    JOIN "FulfillmentOrderLine" fol ON fol."fulfillmentOrderId" = fo.id
    WHERE ${placedIn(w)}`;
  const totalEur = row.shipments * costs.perShipment + row.dcUnits * costs.handlingPerUnit.DC + row.storeUnits * costs.handlingPerUnit.STORE;
  const totalMinor = Math.round(totalEur * 100);
  return { ...row, totalMinor, averageMinor: row.orders > 0 ? Math.round((totalEur * 100) / row.orders) : null };
}

/**
 * On-time rate: among fulfilment orders of orders placed in the window that have a promised date
 * (their own, else the order's) and have reached their promise point — shipped for SHIP work, ready
 * for pickup for PICKUP work — the share that got there at or before the promised date.
 * Work not yet shipped or ready is not measured here; it appears in the late-orders alert instead.
 */
export async function onTimeRate(db: Db | Tx, w: KpiWindow): Promise<{ rate: number | null; onTime: number; measured: number }> {
  const [row] = await db.$queryRaw<Array<{ onTime: number; measured: number }>>`
    SELECT COUNT(*)::int AS measured, (COUNT(*) FILTER (WHERE achieved <= promised))::int AS "onTime"
    FROM (
      SELECT COALESCE(fo."promisedDate", o."promisedDate") AS promised,
             CASE WHEN fo."deliveryMode" = 'PICKUP' THEN fo."readyAt" ELSE fo."shippedAt" END AS achieved
      FROM "Order" o JOIN "FulfillmentOrder" fo ON fo."orderId" = o.id AND fo.status <> 'CANCELLED'
      WHERE ${placedIn(w)}
    ) f
    WHERE promised IS NOT NULL AND achieved IS NOT NULL`;
  return { ...row, rate: ratio(row.onTime, row.measured) };
}

/**
 * BOPIS ready time: minutes from release to the node (releasedAt) to ready for pickup (readyAt)
 * for PICKUP fulfilment orders of orders placed in the window that have both times; the median and
 * the 90th percentile (continuous percentiles, as PostgreSQL's percentile_cont).
 */
export async function bopisReadyTime(db: Db | Tx, w: KpiWindow): Promise<{ medianMinutes: number | null; p90Minutes: number | null; count: number }> {
  const [row] = await db.$queryRaw<Array<{ medianMinutes: number | null; p90Minutes: number | null; count: number }>>`
    SELECT COUNT(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY minutes)::float8 AS "medianMinutes",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY minutes)::float8 AS "p90Minutes"
    FROM (
      SELECT EXTRACT(EPOCH FROM (fo."readyAt" - fo."releasedAt")) / 60.0 AS minutes
      FROM "Order" o JOIN "FulfillmentOrder" fo ON fo."orderId" = o.id
      WHERE ${placedIn(w)} AND fo."deliveryMode" = 'PICKUP' AND fo."releasedAt" IS NOT NULL AND fo."readyAt" IS NOT NULL
    ) t`;
  return row;
}

/** Line statuses whose units have reached the customer or wait for them at the pickup counter. */
const FULFILLED_LINE_STATUSES = Prisma.sql`('SHIPPED', 'READY_FOR_PICKUP', 'DELIVERED', 'PICKED_UP', 'RETURN_REQUESTED', 'RETURNED')`;

/**
 * Fill rate: units fulfilled / units ordered, over orders placed in the window, leaving out units
 * the customer cancelled. Units ordered = qty - cancelledQty of every line not CANCELLED; units
 * fulfilled = the same for lines that were shipped or made ready for pickup (or went further:
 * delivered, picked up, returned). The OMS never cancels a unit on its own — an unfillable unit
 * stays backordered — so every cancellation is the customer's (directly or through an agent) and is
 * excluded, while backordered and still-open units count against the rate.
 */
export async function fillRate(db: Db | Tx, w: KpiWindow): Promise<{ rate: number | null; fulfilledUnits: number; orderedUnits: number }> {
  const [row] = await db.$queryRaw<Array<{ fulfilledUnits: number; orderedUnits: number }>>`
    SELECT COALESCE(SUM(ol.qty - ol."cancelledQty"), 0)::int AS "orderedUnits",
           COALESCE(SUM(ol.qty - ol."cancelledQty") FILTER (WHERE ol.status IN ${FULFILLED_LINE_STATUSES}), 0)::int AS "fulfilledUnits"
    FROM "Order" o JOIN "OrderLine" ol ON ol."orderId" = o.id
    WHERE ${placedIn(w)} AND ol.status <> 'CANCELLED'`;
  return { ...row, rate: ratio(row.fulfilledUnits, row.orderedUnits) };
}

export const CHANNELS: readonly Channel[] = ["WEB", "MOBILE", "CALL_CENTER", "STORE", "MARKETPLACE"];
export type DailyChannelRow = { day: string } & Record<Channel, number>;

/**
 * Orders placed per calendar day (in REPORTING_TIME_ZONE) and channel, every day of the window
 * present (zeros included), oldest first.
 */
export async function ordersByChannelDaily(db: Db | Tx, w: KpiWindow, timeZone = REPORTING_TIME_ZONE): Promise<DailyChannelRow[]> {
  const rows = await db.$queryRaw<Array<{ day: string; channel: Channel; orders: number }>>`
    SELECT to_char((o."placedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day,
           o.channel::text AS channel, COUNT(*)::int AS orders
    FROM "Order" o
    WHERE ${placedIn(w)}
    GROUP BY 1, 2`;
  const days = calendarDays(w, timeZone);
  const byDay = new Map(days.map((day) => [day, { day, ...Object.fromEntries(CHANNELS.map((c) => [c, 0])) } as DailyChannelRow]));
  for (const r of rows) {
    const entry = byDay.get(r.day);
    if (entry) entry[r.channel] = r.orders;
  }
  return days.map((d) => byDay.get(d)!);
}

function localDay(date: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

function calendarDays(w: KpiWindow, timeZone: string): string[] {
  const last = localDay(new Date(w.to.getTime() - 1), timeZone);
  const days: string[] = [];
  // Step by whole UTC days from the first local day; local days are labels, so DST does not matter.
  for (let d = new Date(`${localDay(w.from, timeZone)}T12:00:00Z`); ; d = new Date(d.getTime() + 86_400_000)) {
    const day = d.toISOString().slice(0, 10);
    days.push(day);
    if (day >= last || days.length > 400) break;
  }
  return days;
}

export interface KpiAlerts {
  /**
   * SKUs with open (unreserved) demand that are out of stock at one node or more, grouped per SKU
   * (demand is network-wide, so listing every empty position would repeat the same shortage), the
   * largest shortfall (demand - network ATP) first: a positive shortfall needs supply, a covered
   * one means backorders wait for re-sourcing.
   */
  stockOuts: { total: number; items: Array<{ skuCode: string; skuName: string; demand: number; networkAtp: number; outOfStockNodes: number }> };
  /** Orders past their promised date with work not yet shipped or ready, most overdue first. */
  lateOrders: { total: number; items: Array<{ number: string; status: OrderStatus; promisedDate: string; channel: Channel }> };
  /** Stores that released more units today (in their own time zone) than their daily capacity. */
  overCapacity: Array<{ nodeCode: string; nodeName: string; releasedUnits: number; dailyCapacity: number }>;
}

export const ALERT_LIST_LIMIT = 5;

/** Order statuses before any work is released: such an order past its promise is late for sure. */
const PRE_RELEASE_ORDER = Prisma.sql`('CREATED', 'ON_HOLD', 'SCHEDULED', 'BACKORDERED')`;
/** Fulfilment orders not yet shipped nor ready (a node still has to act on them). */
const OPEN_FULFILMENT = Prisma.sql`('CREATED', 'RELEASED', 'PICKING', 'PACKED')`;

/** The events that need someone to act now (not windowed). */
export async function kpiAlerts(db: Db | Tx, now: Date = new Date(), limit = ALERT_LIST_LIMIT): Promise<KpiAlerts> {
  const [stockOuts, lateOrders, overCapacity] = await Promise.all([
    db.$queryRaw<Array<{ skuCode: string; skuName: string; demand: number; networkAtp: number; outOfStockNodes: number; total: number }>>`
      WITH demand AS (${openDemandBySku()})
      SELECT s.code AS "skuCode", s.name AS "skuName", d.demand,
             SUM(${ATP_SQL})::int AS "networkAtp",
             (COUNT(*) FILTER (WHERE ${OUT_OF_STOCK_SQL}))::int AS "outOfStockNodes",
             (COUNT(*) OVER ())::int AS total
      FROM demand d
      JOIN "Sku" s ON s.id = d."skuId"
      JOIN "InventoryPosition" p ON p."skuId" = d."skuId"
      WHERE d.demand > 0
      GROUP BY s.id, s.code, s.name, d.demand
      HAVING COUNT(*) FILTER (WHERE ${OUT_OF_STOCK_SQL}) > 0
      ORDER BY d.demand - SUM(${ATP_SQL}) DESC, d.demand DESC, s.code
      LIMIT ${limit}`,
    db.$queryRaw<Array<{ number: string; status: OrderStatus; promisedDate: Date; channel: Channel; total: number }>>`
      SELECT o.number, o.status::text AS status, o."promisedDate", o.channel::text AS channel, (COUNT(*) OVER ())::int AS total
      FROM "Order" o
      WHERE o."promisedDate" < ${now}
        AND (o.status IN ${PRE_RELEASE_ORDER}
             OR EXISTS (SELECT 1 FROM "FulfillmentOrder" fo WHERE fo."orderId" = o.id AND fo.status IN ${OPEN_FULFILMENT}))
        AND o.status <> 'CANCELLED'
      ORDER BY o."promisedDate", o.number
      LIMIT ${limit}`,
    db.$queryRaw<Array<{ nodeCode: string; nodeName: string; releasedUnits: number; dailyCapacity: number }>>`
      SELECT n.code AS "nodeCode", n.name AS "nodeName", SUM(fol.qty)::int AS "releasedUnits", n."dailyCapacity"
      FROM "FulfillmentOrder" fo
      JOIN "Node" n ON n.id = fo."nodeId" AND n.type = 'STORE'
      JOIN "FulfillmentOrderLine" fol ON fol."fulfillmentOrderId" = fo.id
      WHERE fo."releasedAt" IS NOT NULL
        AND fo."releasedAt" > ${new Date(now.getTime() - 2 * 86_400_000)}
        AND ((fo."releasedAt" AT TIME ZONE 'UTC') AT TIME ZONE n."timeZone")::date = ((${now}::timestamp AT TIME ZONE 'UTC') AT TIME ZONE n."timeZone")::date
      GROUP BY n.id, n.code, n.name, n."dailyCapacity"
      HAVING SUM(fol.qty) > n."dailyCapacity"
      ORDER BY SUM(fol.qty)::float8 / GREATEST(n."dailyCapacity", 1) DESC, n.code`,
  ]);
  return {
    stockOuts: { total: stockOuts[0]?.total ?? 0, items: stockOuts.map(({ total: _total, ...rest }) => rest) },
    lateOrders: {
      total: lateOrders[0]?.total ?? 0,
      items: lateOrders.map(({ total: _total, ...rest }) => ({ ...rest, promisedDate: new Date(rest.promisedDate).toISOString() })),
    },
    overCapacity,
  };
}
