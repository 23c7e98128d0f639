// The alerts that anticipate problems, each pointing at where to act, with the thresholds of the
// published ALERTS rule set (defaults when none is published):
// - projected stock-outs: a node's free stock (ATP) runs out within stockoutHorizonDays at its
//   recent daily demand (units shipped or sold over demandWindowDays), counting supply in transit
//   that arrives before the stock runs out;
// - SKUs stocked out with demand: no node has any ATP while open demand waits;
// - orders stuck in one status for longer than stuckOrderHours;
// - inbound supply more than lateInboundDays past its ETA and not received;
// - pickups ready at the counter whose hold expires within pickupExpiryHours;
// - nodes whose units released today (unitsReleasedToday) reach capacityPercent of their capacity.
// Definitions of stock figures come from lib/inventory (docs/inventory.md "The figures").
import { Prisma } from "@/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { unitsReleasedToday } from "@/lib/fulfillment";
import { ATP_SQL, inTransitByNodeSku, openDemandBySku, recentDemandByNodeSku } from "@/lib/inventory";
import { getPublishedRules } from "@/lib/rules";
import type {
  AlertGroup,
  Alerts,
  AlertThresholds,
  ExpiringPickupAlert,
  LateInboundAlert,
  OverCapacityAlert,
  ProjectedStockoutAlert,
  StockedOutAlert,
  StuckOrderAlert,
} from "./alert-types";

export { ALERT_KINDS } from "./alert-types";
export type * from "./alert-types";

/** Items listed per kind; the total counts them all. */
export const ALERT_ITEM_LIMIT = 50;

const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Order statuses in which the order waits on the business (not on a date or on the customer):
 * SCHEDULED waits for its release date by design and FULFILLED for the carrier or the customer, so
 * neither is "stuck"; pickups waiting for their customer have their own alert.
 */
export const STUCK_ORDER_STATUSES = ["CREATED", "ON_HOLD", "BACKORDERED", "RELEASED", "IN_FULFILLMENT"] as const;

const group = <T>(rows: Array<T & { total: number }>, limit: number): AlertGroup<T> => ({
  total: rows[0]?.total ?? 0,
  items: rows.slice(0, limit).map(({ total: _total, ...rest }) => rest as T),
});

/**
 * Projects a position's free stock: consumption is continuous at `daily` units a day from `now`; an
 * arrival counts when it lands before the stock is gone (a shipment already past its ETA is taken as
 * arriving now). Returns when the stock runs out, the units of the arrivals counted, and the fewest
 * units that, added now, keep stock from running out before `until` given every arrival's timing.
 */
export function projectStockout(
  atp: number,
  daily: number,
  arrivals: Array<{ at: number; qty: number }>,
  now: number,
  until: number,
): { stockoutAt: number; inboundUnits: number; shortfall: number } {
  const sorted = arrivals.map((a) => ({ at: Math.max(a.at, now), qty: a.qty })).sort((x, y) => x.at - y.at);
  let supply = atp;
  let inboundUnits = 0;
  let stockoutAt = now + (supply / daily) * DAY;
  for (const a of sorted) {
    if (a.at > stockoutAt) break;
    supply += a.qty;
    inboundUnits += a.qty;
    stockoutAt = now + (supply / daily) * DAY;
  }
  // The deepest the stock would go below zero: just before an arrival, or at the end.
  let shortfall = 0;
  let arrived = 0;
  for (const a of sorted) {
    if (a.at > until) break;
    shortfall = Math.max(shortfall, (daily * (a.at - now)) / DAY - atp - arrived);
    arrived += a.qty;
  }
  shortfall = Math.max(shortfall, (daily * (until - now)) / DAY - atp - arrived);
  return { stockoutAt, inboundUnits, shortfall: Math.max(0, Math.ceil(shortfall - 1e-9)) };
}

async function projectedStockouts(db: Db | Tx, rules: AlertThresholds, now: Date, limit: number): Promise<AlertGroup<ProjectedStockoutAlert>> {
  const horizonEnd = new Date(now.getTime() + rules.stockoutHorizonDays * DAY);
  // A position can only run out within the horizon if its ATP alone does not last the horizon; the
  // arrivals' timing then decides (projectStockout).
  const rows = await db.$queryRaw<
    Array<{ nodeCode: string; nodeName: string; skuCode: string; skuName: string; atp: number; daily: number; arrivals: Array<{ at: number; qty: number }> | null }>
  >`
    WITH demand AS (${recentDemandByNodeSku(rules.demandWindowDays, now)}),
    candidates AS (
      SELECT p."nodeId", p."skuId", (${ATP_SQL})::int AS atp, d.daily
      FROM demand d
      JOIN "InventoryPosition" p ON p."nodeId" = d."nodeId" AND p."skuId" = d."skuId"
      WHERE d.daily > 0 AND ${ATP_SQL} > 0 AND ${ATP_SQL} <= d.daily * ${rules.stockoutHorizonDays}
    )
    SELECT n.code AS "nodeCode", n.name AS "nodeName", s.code AS "skuCode", s.name AS "skuName", c.atp, c.daily, a.arrivals
    FROM candidates c
    JOIN "Node" n ON n.id = c."nodeId"
    JOIN "Sku" s ON s.id = c."skuId"
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('at', (EXTRACT(EPOCH FROM sh.eta) * 1000)::float8, 'qty', l.qty - l."receivedQty")) AS arrivals
      FROM "InboundShipmentLine" l
      JOIN "InboundShipment" sh ON sh.id = l."shipmentId"
      WHERE sh.status = 'IN_TRANSIT' AND sh."toNodeId" = c."nodeId" AND l."skuId" = c."skuId" AND l.qty > l."receivedQty" AND sh.eta <= ${horizonEnd}
    ) a ON TRUE`;
  const t0 = now.getTime();
  const alerts: ProjectedStockoutAlert[] = [];
  for (const r of rows) {
    const daily = Number(r.daily);
    const arrivals = (r.arrivals ?? []).map((a) => ({ at: Number(a.at), qty: Number(a.qty) }));
    const { stockoutAt, inboundUnits, shortfall } = projectStockout(r.atp, daily, arrivals, t0, horizonEnd.getTime());
    if (stockoutAt > horizonEnd.getTime()) continue;
    alerts.push({
      nodeCode: r.nodeCode,
      nodeName: r.nodeName,
      skuCode: r.skuCode,
      skuName: r.skuName,
      atp: r.atp,
      dailyDemand: Math.round(daily * 100) / 100,
      inboundUnits,
      stockoutAt: new Date(stockoutAt).toISOString(),
      suggestedQty: Math.max(1, shortfall),
    });
  }
  alerts.sort((a, b) => a.stockoutAt.localeCompare(b.stockoutAt) || a.nodeCode.localeCompare(b.nodeCode) || a.skuCode.localeCompare(b.skuCode));
  return { total: alerts.length, items: alerts.slice(0, limit) };
}

async function stockedOut(db: Db | Tx, limit: number): Promise<AlertGroup<StockedOutAlert>> {
  const rows = await db.$queryRaw<Array<StockedOutAlert & { nextEta: Date | null; total: number }>>`
    WITH demand AS (${openDemandBySku()}),
    transit AS (SELECT t."skuId", SUM(t.qty)::int AS qty, MIN(t.eta) AS eta FROM (${inTransitByNodeSku()}) t WHERE t.qty > 0 GROUP BY t."skuId")
    SELECT s.code AS "skuCode", s.name AS "skuName", d.demand,
           (SELECT COUNT(*)::int FROM "OrderLine" ol JOIN "Order" o ON o.id = ol."orderId"
             WHERE ol."skuId" = d."skuId" AND ol.status = 'BACKORDERED' AND o.status <> 'CANCELLED') AS "waitingLines",
           COALESCE(t.qty, 0)::int AS "inTransit", t.eta AS "nextEta",
           (COUNT(*) OVER ())::int AS total
    FROM demand d
    JOIN "Sku" s ON s.id = d."skuId"
    LEFT JOIN transit t ON t."skuId" = d."skuId"
    WHERE d.demand > 0
      -- Orders wait for it and no node able to ship them has free units (free units elsewhere, if
      -- any, sit where they cannot serve them: a transfer brings them to a node that can).
      AND EXISTS (SELECT 1 FROM "OrderLine" ol JOIN "Order" o ON o.id = ol."orderId"
                  WHERE ol."skuId" = d."skuId" AND ol.status = 'BACKORDERED' AND o.status <> 'CANCELLED')
      AND NOT EXISTS (SELECT 1 FROM "InventoryPosition" p JOIN "Node" n ON n.id = p."nodeId"
                      WHERE p."skuId" = d."skuId" AND (n."canShip" OR n."canShipFromStore") AND ${ATP_SQL} > 0)
    ORDER BY d.demand DESC, s.code
    LIMIT ${limit}`;
  return group(
    rows.map((r) => ({ ...r, nextEta: r.nextEta ? new Date(r.nextEta).toISOString() : null })),
    limit,
  );
}

async function stuckOrders(db: Db | Tx, rules: AlertThresholds, now: Date, limit: number): Promise<AlertGroup<StuckOrderAlert>> {
  const cutoff = new Date(now.getTime() - rules.stuckOrderHours * HOUR);
  // When the order entered its status: its last status change; an order without one (loaded from
  // another system) counts from its last recorded event, else from when it was placed.
  const rows = await db.$queryRaw<Array<{ number: string; status: string; since: Date; total: number }>>`
    SELECT x.number, x.status, x.since, (COUNT(*) OVER ())::int AS total
    FROM (
      SELECT o.number, o.status::text AS status, COALESCE(e.changed, e.latest, o."placedAt") AS since
      FROM "Order" o
      LEFT JOIN LATERAL (
        SELECT MAX(ev."createdAt") FILTER (WHERE ev.type = 'order.status_changed') AS changed, MAX(ev."createdAt") AS latest
        FROM "OrderEvent" ev WHERE ev."orderId" = o.id
      ) e ON TRUE
      WHERE o.status::text IN (${Prisma.join([...STUCK_ORDER_STATUSES])}) AND o."placedAt" <= ${cutoff}
    ) x
    WHERE x.since <= ${cutoff}
    ORDER BY x.since, x.number
    LIMIT ${limit}`;
  return group(
    rows.map((r) => {
      const since = new Date(r.since);
      return { ...r, since: since.toISOString(), hours: Math.floor((now.getTime() - since.getTime()) / HOUR) };
    }),
    limit,
  );
}

async function lateInbound(db: Db | Tx, rules: AlertThresholds, now: Date, limit: number): Promise<AlertGroup<LateInboundAlert>> {
  const cutoff = new Date(now.getTime() - rules.lateInboundDays * DAY);
  const rows = await db.$queryRaw<Array<Omit<LateInboundAlert, "eta"> & { eta: Date; total: number }>>`
    SELECT sh.reference, sh.type::text AS type, sh.status::text AS status, n.code AS "toNodeCode", sh.eta,
           COALESCE(SUM(GREATEST(0, l.qty - l."receivedQty")), 0)::int AS units,
           (COUNT(*) OVER ())::int AS total
    FROM "InboundShipment" sh
    JOIN "Node" n ON n.id = sh."toNodeId"
    LEFT JOIN "InboundShipmentLine" l ON l."shipmentId" = sh.id
    WHERE sh.status IN ('PLANNED', 'IN_TRANSIT') AND sh.eta <= ${cutoff}
    GROUP BY sh.id, sh.reference, sh.type, sh.status, n.code, sh.eta
    ORDER BY sh.eta, sh.reference
    LIMIT ${limit}`;
  return group(
    rows.map((r) => ({ ...r, eta: new Date(r.eta).toISOString() })),
    limit,
  );
}

async function expiringPickups(db: Db | Tx, rules: AlertThresholds, now: Date, limit: number): Promise<AlertGroup<ExpiringPickupAlert>> {
  const until = new Date(now.getTime() + rules.pickupExpiryHours * HOUR);
  const rows = await db.$queryRaw<Array<Omit<ExpiringPickupAlert, "expiresAt"> & { expiresAt: Date; total: number }>>`
    SELECT fo.id AS "fulfillmentOrderId", fo.number AS "fulfillmentOrderNumber", o.number AS "orderNumber", n.code AS "nodeCode",
           fo."pickupExpiresAt" AS "expiresAt", (COUNT(*) OVER ())::int AS total
    FROM "FulfillmentOrder" fo
    JOIN "Order" o ON o.id = fo."orderId"
    JOIN "Node" n ON n.id = COALESCE(fo."pickupNodeId", fo."nodeId")
    WHERE fo.status = 'READY_FOR_PICKUP' AND fo."pickupExpiresAt" IS NOT NULL AND fo."pickupExpiresAt" <= ${until}
    ORDER BY fo."pickupExpiresAt", fo.number
    LIMIT ${limit}`;
  return group(
    rows.map((r) => ({ ...r, expiresAt: new Date(r.expiresAt).toISOString() })),
    limit,
  );
}

async function overCapacity(db: Db | Tx, rules: AlertThresholds, now: Date, limit: number): Promise<AlertGroup<OverCapacityAlert>> {
  const released = await unitsReleasedToday(db, now);
  if (released.size === 0) return { total: 0, items: [] };
  const nodes = await db.node.findMany({ where: { id: { in: [...released.keys()] } }, select: { id: true, code: true, name: true, dailyCapacity: true } });
  const alerts = nodes
    .map((n) => ({ nodeCode: n.code, nodeName: n.name, releasedUnits: released.get(n.id) ?? 0, dailyCapacity: n.dailyCapacity }))
    .filter((n) => n.releasedUnits > 0 && n.releasedUnits * 100 >= n.dailyCapacity * rules.capacityPercent)
    .map((n) => ({ ...n, percent: n.dailyCapacity > 0 ? Math.round((n.releasedUnits * 100) / n.dailyCapacity) : 0 }))
    .sort((a, b) => b.releasedUnits * Math.max(a.dailyCapacity, 1) - a.releasedUnits * Math.max(b.dailyCapacity, 1) || a.nodeCode.localeCompare(b.nodeCode));
  return { total: alerts.length, items: alerts.slice(0, limit) };
}

/** Every alert kind at `now` (network-wide: the alerts are for the supply chain and administrators). */
export async function getAlerts(db: Db | Tx, actor: Actor, options: { now?: Date; limit?: number } = {}): Promise<Alerts> {
  authorize(actor, "alert.view");
  const now = options.now ?? new Date();
  const limit = options.limit ?? ALERT_ITEM_LIMIT;
  const { definition } = await getPublishedRules(db, "ALERTS");
  const thresholds: AlertThresholds = { ...definition };
  const [projected, out, stuck, late, pickups, capacity] = await Promise.all([
    projectedStockouts(db, thresholds, now, limit),
    stockedOut(db, limit),
    stuckOrders(db, thresholds, now, limit),
    lateInbound(db, thresholds, now, limit),
    expiringPickups(db, thresholds, now, limit),
    overCapacity(db, thresholds, now, limit),
  ]);
  return {
    generatedAt: now.toISOString(),
    thresholds,
    projectedStockouts: projected,
    stockedOut: out,
    stuckOrders: stuck,
    lateInbound: late,
    expiringPickups: pickups,
    overCapacity: capacity,
  };
}
