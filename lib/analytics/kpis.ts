// Fulfilment KPIs for the supply-chain dashboard: one documented definition per KPI, each one SQL
// query over orders placed in a window, plus the daily orders-by-channel series. (The alerts that
// need action now are in alerts.ts.) Every figure is computed in the database; nothing here is
// sampled or cached.
import { Prisma } from "@/generated/prisma/client";
import type { Channel } from "@/generated/prisma/enums";
import { zonedTimeToUtc } from "@/lib/calendar/client";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/client";
import type { Db, Tx } from "@/lib/db";
import type { FulfillmentCostModel } from "./cost-model";

export { KPI_PERIODS, KPI_MAX_CUSTOM_DAYS, kpiPeriodSchema, kpiCustomPeriodSchema, type KpiPeriod, type KpiCustomPeriod, type KpiPeriodChoice } from "./periods";

/** Calendar days of the daily series are cut in this time zone (the network's business day). */
export const REPORTING_TIME_ZONE = DISPLAY_TIME_ZONE;

/** Orders placed in [from, to). */
export interface KpiWindow {
  from: Date;
  to: Date;
}

export function kpiWindow(days: number, now: Date = new Date()): KpiWindow {
  return { from: new Date(now.getTime() - days * 86_400_000), to: now };
}

/** Whole calendar days `from`..`to` (both included, "YYYY-MM-DD") in `timeZone`. */
export function kpiDayWindow(from: string, to: string, timeZone = REPORTING_TIME_ZONE): KpiWindow {
  const start = (day: string) => {
    const [y, m, d] = day.split("-").map(Number);
    return zonedTimeToUtc(y, m, d, 0, 0, timeZone);
  };
  const [y, m, d] = to.split("-").map(Number);
  const dayAfter = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return { from: start(from), to: start(dayAfter) };
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

/**
 * Ship-from-store share: among units shipped to customers (fulfilment orders of delivery mode SHIP
 * that have shipped, of orders placed in the window), the share that left from a store rather than
 * a DC. Transfers to a pickup store are not shipments to customers and are left out.
 */
export async function shipFromStoreShare(db: Db | Tx, w: KpiWindow): Promise<{ share: number | null; storeUnits: number; units: number }> {
  const [row] = await db.$queryRaw<Array<{ units: number; storeUnits: number }>>`
    SELECT COALESCE(SUM(fol.qty), 0)::int AS units,
           COALESCE(SUM(fol.qty) FILTER (WHERE n.type = 'STORE'), 0)::int AS "storeUnits"
    FROM "Order" o
    JOIN "FulfillmentOrder" fo ON fo."orderId" = o.id AND fo."deliveryMode" = 'SHIP' AND fo."shippedAt" IS NOT NULL AND fo.status <> 'CANCELLED'
    JOIN "Node" n ON n.id = fo."nodeId"
    JOIN "FulfillmentOrderLine" fol ON fol."fulfillmentOrderId" = fo.id
    WHERE ${placedIn(w)}`;
  return { ...row, share: ratio(row.storeUnits, row.units) };
}

/** Reasons listed one by one; the rest are summed as "other reasons". */
export const CANCELLATION_REASON_LIMIT = 8;

export interface CancellationReasonRow {
  /** The reason as given (trimmed); null when none was given. */
  reason: string | null;
  orders: number;
  units: number;
}

export interface Cancellations {
  /** Orders with at least one cancellation, and every unit cancelled. */
  orders: number;
  units: number;
  reasons: CancellationReasonRow[];
  /** The reasons beyond the first CANCELLATION_REASON_LIMIT, summed (null when there are none). */
  other: { reasons: number; orders: number; units: number } | null;
}

/**
 * Cancellations by reason, over orders placed in the window: every cancellation recorded on their
 * timeline — a line (or part of one) cancelled, a whole order cancelled, a pickup not collected in
 * time — grouped by the reason given. Per reason: the orders concerned and the units cancelled
 * (a line's cancelled quantity; for a whole order recorded without its lines, the sum of its lines'
 * cancelled units; for an expired pickup, its units). An order cancelled for two reasons counts
 * under each, once in the total.
 */
export async function cancellationsByReason(db: Db | Tx, w: KpiWindow, limit = CANCELLATION_REASON_LIMIT): Promise<Cancellations> {
  const rows = await db.$queryRaw<Array<{ reason: string | null; orders: number; units: number; overall: boolean }>>`
    WITH ev AS (
      SELECT e."orderId", NULLIF(btrim(COALESCE(e.reason, '')), '') AS reason,
             CASE e.type
               WHEN 'line.cancelled' THEN COALESCE((e.data->>'qty')::int, 0)
               WHEN 'fulfillment.pickup_expired' THEN COALESCE((e.data->>'units')::int, 0)
               ELSE CASE WHEN EXISTS (SELECT 1 FROM "OrderEvent" l WHERE l."orderId" = e."orderId" AND l.type = 'line.cancelled') THEN 0
                         ELSE (SELECT COALESCE(SUM(ol."cancelledQty"), 0) FROM "OrderLine" ol WHERE ol."orderId" = e."orderId") END
             END AS units
      FROM "OrderEvent" e
      JOIN "Order" o ON o.id = e."orderId"
      WHERE ${placedIn(w)} AND e.type IN ('order.cancelled', 'line.cancelled', 'fulfillment.pickup_expired')
    )
    SELECT reason, COUNT(DISTINCT "orderId")::int AS orders, COALESCE(SUM(units), 0)::int AS units, GROUPING(reason) = 1 AS overall
    FROM ev
    GROUP BY GROUPING SETS ((reason), ())`;
  const total = rows.find((r) => r.overall) ?? { orders: 0, units: 0 };
  const reasons = rows
    .filter((r) => !r.overall)
    .map(({ reason, orders, units }) => ({ reason, orders, units }))
    .sort((a, b) => b.orders - a.orders || b.units - a.units || (a.reason ?? "").localeCompare(b.reason ?? ""));
  const rest = reasons.slice(limit);
  return {
    orders: total.orders,
    units: total.units,
    reasons: reasons.slice(0, limit),
    other: rest.length ? { reasons: rest.length, orders: rest.reduce((s, r) => s + r.orders, 0), units: rest.reduce((s, r) => s + r.units, 0) } : null,
  };
}
