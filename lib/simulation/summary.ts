// The headline figures of a simulation run, computed from its stored results (so a run picked up
// again after a restart, or cancelled half-way, sums what it has): both sides' totals, the change,
// the cost per day (Paris calendar), the distribution of per-order cost differences and where the
// stock came from.
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/client";
import type { Sql } from "@/lib/db";

export interface SideFigures {
  costMinor: number; // total fulfilment cost of the plans, minor units (EUR cents)
  shipments: number; // charged shipments
  splitOrders: number; // orders with more than one shipment to the customer
  splitRate: number; // splitOrders / orders (0..1)
  units: number; // units allocated
  storeUnits: number; // units from stores (ship-from-store + store pickups/transfers)
  shipFromStoreShare: number; // units shipped from stores to customers / units shipped to customers (0..1)
  distanceKm: number;
  unfilledUnits: number;
  avgPromiseDays: number | null; // mean days from placedAt to the order's promised date
}

export interface SimulationSummary {
  orders: number; // orders replayed
  changed: number; // orders whose plan differs
  baseline: SideFigures;
  draft: SideFigures;
  deltaCostMinor: number; // draft - baseline
  deltaCostPercent: number | null;
  byDay: Array<{ date: string; baselineCostMinor: number; draftCostMinor: number; orders: number }>; // YYYY-MM-DD Paris
  deltaHistogram: Array<{ fromMinor: number; toMinor: number; orders: number }>;
  stockSources: { SNAPSHOT: number; LEDGER: number; CURRENT: number };
  durationMs: number;
}

/** The calendar the per-day figures follow (the business's, as the KPIs). */
export const SUMMARY_TIME_ZONE = DISPLAY_TIME_ZONE;
/** At most this many bars in the histogram of per-order differences. */
export const HISTOGRAM_BUCKETS = 20;

const side = (p: "baseline" | "draft") => `
  coalesce(sum(r."${p}CostMinor"), 0)::float8 AS "${p}Cost",
  coalesce(sum(r."${p}Shipments"), 0)::float8 AS "${p}Shipments",
  count(*) FILTER (WHERE (r."${p}Plan"->'figures'->>'split')::boolean)::int AS "${p}Split",
  coalesce(sum((r."${p}Plan"->'figures'->>'units')::int), 0)::float8 AS "${p}Units",
  coalesce(sum(r."${p}StoreUnits"), 0)::float8 AS "${p}StoreUnits",
  coalesce(sum((r."${p}Plan"->'figures'->>'shipUnits')::int), 0)::float8 AS "${p}ShipUnits",
  coalesce(sum((r."${p}Plan"->'figures'->>'storeShipUnits')::int), 0)::float8 AS "${p}StoreShipUnits",
  coalesce(sum(r."${p}Km"), 0)::float8 AS "${p}Km",
  coalesce(sum(r."${p}Unfilled"), 0)::float8 AS "${p}Unfilled",
  avg(extract(epoch FROM r."${p}Promise" - r."placedAt") / 86400)::float8 AS "${p}PromiseDays"`;

const TOTALS_SQL = `
  SELECT count(*)::int AS orders, count(*) FILTER (WHERE r.changed)::int AS changed,
         count(*) FILTER (WHERE r."stockSource" = 'SNAPSHOT')::int AS "SNAPSHOT",
         count(*) FILTER (WHERE r."stockSource" = 'LEDGER')::int AS "LEDGER",
         count(*) FILTER (WHERE r."stockSource" = 'CURRENT')::int AS "CURRENT",
         coalesce(min(r."deltaMinor"), 0)::int AS "minDelta", coalesce(max(r."deltaMinor"), 0)::int AS "maxDelta",
         ${side("baseline")}, ${side("draft")},
         (SELECT (extract(epoch FROM coalesce(run."finishedAt", $2::timestamp) - coalesce(run."startedAt", run."createdAt")) * 1000)::float8
            FROM "SimulationRun" run WHERE run.id = $1) AS "durationMs"
    FROM "SimulationResult" r WHERE r."runId" = $1`;

const BY_DAY_SQL = `
  SELECT to_char((r."placedAt" AT TIME ZONE 'UTC') AT TIME ZONE $2, 'YYYY-MM-DD') AS date,
         sum(r."baselineCostMinor")::float8 AS "baselineCostMinor", sum(r."draftCostMinor")::float8 AS "draftCostMinor", count(*)::int AS orders
    FROM "SimulationResult" r WHERE r."runId" = $1
   GROUP BY 1 ORDER BY 1`;

const HISTOGRAM_SQL = `
  SELECT floor((r."deltaMinor" - $2::float8) / $3::float8)::int AS bucket, count(*)::int AS orders
    FROM "SimulationResult" r WHERE r."runId" = $1
   GROUP BY 1 ORDER BY 1`;

/** A bucket width of 1, 2 or 5 times a power of ten giving at most `buckets` bars over [min, max]. */
export function histogramWidth(min: number, max: number, buckets = HISTOGRAM_BUCKETS): number {
  const span = max - min;
  if (span <= 0) return 1;
  const raw = span / buckets;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) {
    const width = m * power;
    if (Math.floor(max / width) - Math.floor(min / width) + 1 <= buckets) return Math.max(1, width);
  }
  return Math.max(1, 10 * power);
}

type Totals = Record<string, number | null>;

function sideFigures(t: Totals, p: "baseline" | "draft", orders: number): SideFigures {
  const n = (k: string) => Number(t[`${p}${k}`] ?? 0);
  const shipUnits = n("ShipUnits");
  const promise = t[`${p}PromiseDays`];
  return {
    costMinor: n("Cost"),
    shipments: n("Shipments"),
    splitOrders: n("Split"),
    splitRate: orders ? n("Split") / orders : 0,
    units: n("Units"),
    storeUnits: n("StoreUnits"),
    shipFromStoreShare: shipUnits ? n("StoreShipUnits") / shipUnits : 0,
    distanceKm: Math.round(n("Km") * 10) / 10,
    unfilledUnits: n("Unfilled"),
    avgPromiseDays: promise === null || promise === undefined ? null : Math.round(Number(promise) * 100) / 100,
  };
}

export async function computeSimulationSummary(sql: Sql, runId: string, now: Date = new Date()): Promise<SimulationSummary> {
  const [totals] = await sql.query<Totals>(TOTALS_SQL, [runId, now.toISOString()]);
  const orders = Number(totals.orders ?? 0);
  const baseline = sideFigures(totals, "baseline", orders);
  const draft = sideFigures(totals, "draft", orders);
  const byDay = await sql.query<{ date: string; baselineCostMinor: number; draftCostMinor: number; orders: number }>(BY_DAY_SQL, [runId, SUMMARY_TIME_ZONE]);
  const min = Number(totals.minDelta ?? 0);
  const max = Number(totals.maxDelta ?? 0);
  const width = histogramWidth(min, max);
  const origin = Math.floor(min / width) * width;
  const buckets = orders ? await sql.query<{ bucket: number; orders: number }>(HISTOGRAM_SQL, [runId, origin, width]) : [];
  const deltaCostMinor = draft.costMinor - baseline.costMinor;
  return {
    orders,
    changed: Number(totals.changed ?? 0),
    baseline,
    draft,
    deltaCostMinor,
    deltaCostPercent: baseline.costMinor ? Math.round((deltaCostMinor / baseline.costMinor) * 10_000) / 100 : null,
    byDay: byDay.map((d) => ({ date: d.date, baselineCostMinor: Number(d.baselineCostMinor), draftCostMinor: Number(d.draftCostMinor), orders: d.orders })),
    deltaHistogram: buckets.map((b) => ({ fromMinor: origin + b.bucket * width, toMinor: origin + (b.bucket + 1) * width, orders: b.orders })),
    stockSources: { SNAPSHOT: Number(totals.SNAPSHOT ?? 0), LEDGER: Number(totals.LEDGER ?? 0), CURRENT: Number(totals.CURRENT ?? 0) },
    durationMs: Math.max(0, Math.round(Number(totals.durationMs ?? 0))),
  };
}
