// Prometheus metrics of the process (prom-client), served at GET /api/metrics: orders captured by
// channel, capture and sourcing latency, HTTP requests by route and status, and, read at each
// scrape, the outbox backlog and the database pools' saturation. One registry per process, kept
// on globalThis like the database client (the server's bundles each load this module).
// The database-backed readings are handed in by the scrape (lib/health reads them), so that the
// capture path can record here without this module importing the domain.
import client from "prom-client";

interface Metrics {
  registry: client.Registry;
  ordersCaptured: client.Counter<"channel">;
  captureSeconds: client.Histogram<"channel">;
  sourcingSeconds: client.Histogram;
  httpRequests: client.Counter<"route" | "method" | "status">;
  up: client.Gauge;
  backlog: client.Gauge<"state">;
  oldestDue: client.Gauge;
  pool: client.Gauge<"pool" | "state">;
  saturation: client.Gauge<"pool">;
}

const globals = globalThis as unknown as { __omsMetrics?: Metrics };

function create(): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "oms_" });
  const ordersCaptured = new client.Counter({ name: "oms_orders_captured_total", help: "Orders captured, by sales channel.", labelNames: ["channel"], registers: [registry] });
  const captureSeconds = new client.Histogram({
    name: "oms_order_capture_duration_seconds",
    help: "Time to capture one order (validate, price, source, reserve, write), by sales channel.",
    labelNames: ["channel"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const sourcingSeconds = new client.Histogram({
    name: "oms_sourcing_duration_seconds",
    help: "Time the sourcing engine took to plan one order during capture.",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  });
  const httpRequests = new client.Counter({ name: "oms_http_requests_total", help: "API and internal JSON requests, by route, method and status.", labelNames: ["route", "method", "status"], registers: [registry] });

  // Set at each scrape from the database (renderMetrics): never a stale copy kept in memory.
  const up = new client.Gauge({ name: "oms_database_up", help: "1 when the database answered this scrape's queries, else 0.", registers: [registry] });
  const backlog = new client.Gauge({ name: "oms_outbox_backlog", help: "Outbox messages by state: pending (all), due (pending and due now), failed (given up).", labelNames: ["state"], registers: [registry] });
  const oldestDue = new client.Gauge({ name: "oms_outbox_oldest_due_age_seconds", help: "How long the oldest due outbox message has waited past its due time.", registers: [registry] });
  const pool = new client.Gauge({ name: "oms_db_pool_connections", help: "Database pool connections by pool and state: max, total (open), idle, waiting (queries queued for a connection).", labelNames: ["pool", "state"], registers: [registry] });
  const saturation = new client.Gauge({ name: "oms_db_pool_saturation", help: "Share of a pool's connections in use (0..1; waiting queries mean it is full).", labelNames: ["pool"], registers: [registry] });
  return { registry, ordersCaptured, captureSeconds, sourcingSeconds, httpRequests, up, backlog, oldestDue, pool, saturation };
}

function metrics(): Metrics {
  return (globals.__omsMetrics ??= create());
}

/** One order captured: counted by channel, with how long the capture took. */
export function recordCapture(channel: string, seconds: number): void {
  const m = metrics();
  m.ordersCaptured.inc({ channel });
  m.captureSeconds.observe({ channel }, seconds);
}

/** One sourcing run of the capture path. */
export function recordSourcing(seconds: number): void {
  metrics().sourcingSeconds.observe(seconds);
}

/** One request answered by a route wrapper. */
export function recordHttpRequest(route: string, method: string, status: number): void {
  metrics().httpRequests.inc({ route, method, status: String(status) });
}

/** What the scrape read from the database; null when the database did not answer. */
export interface DatabaseReadings {
  pools: Array<{ pool: string; max: number; total: number; idle: number; waiting: number }>;
  outbox: { pending: number; due: number; failed: number; oldestDueAgeSeconds: number } | null;
}

/** The metrics in Prometheus' text format, with the database readings of this scrape. */
export async function renderMetrics(readings: DatabaseReadings): Promise<{ body: string; contentType: string }> {
  const m = metrics();
  m.up.set(readings.outbox ? 1 : 0);
  for (const p of readings.pools) {
    for (const state of ["max", "total", "idle", "waiting"] as const) m.pool.set({ pool: p.pool, state }, p[state]);
    m.saturation.set({ pool: p.pool }, p.max ? Math.min(1, (p.total - p.idle) / p.max) : 0);
  }
  if (readings.outbox) {
    m.backlog.set({ state: "pending" }, readings.outbox.pending);
    m.backlog.set({ state: "due" }, readings.outbox.due);
    m.backlog.set({ state: "failed" }, readings.outbox.failed);
    m.oldestDue.set(readings.outbox.oldestDueAgeSeconds);
  }
  return { body: await m.registry.metrics(), contentType: m.registry.contentType };
}
