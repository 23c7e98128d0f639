// The health of this process as GET /api/health reports it (public: no secrets, no error texts):
// the database answers a SELECT 1 within a short timeout, every migration in prisma/migrations is
// applied, and the outbox dispatcher keeps up (the oldest due message's age, its last pass).
// Unavailable (503) when the database does not answer, migrations are missing or the process is
// shutting down; degraded (still 200) when the dispatcher lags.
import { getDb, readMigrations, type Db } from "@/lib/db";
import { dispatcherStatus, getOutboxBacklog, DISPATCH_INTERVAL_MS } from "@/lib/notifications";
import { isDraining } from "./lifecycle";

export type HealthStatus = "ok" | "degraded" | "unavailable";

export interface HealthReport {
  status: HealthStatus;
  checkedAt: string;
  /** The process is shutting down and takes no new work. */
  draining: boolean;
  database: { ok: boolean; latencyMs: number | null; problem?: "unreachable" | "timeout" };
  migrations: { ok: boolean; expected: number; applied: number | null; pending: string[] };
  dispatcher: {
    ok: boolean;
    /** Whether this process runs the dispatcher (OUTBOX_DISPATCH=off when a separate job does). */
    runningHere: boolean;
    lastTickAt: string | null;
    lastTickAgeSeconds: number | null;
    lastTickOk: boolean | null;
    due: number | null;
    oldestDueAgeSeconds: number | null;
  };
}

/** A due message older than this means the dispatcher is not keeping up. */
export const DISPATCH_LAG_LIMIT_SECONDS = 300;

const DB_TIMEOUT_MS = () => Number(process.env.HEALTH_DB_TIMEOUT_MS ?? 2_000);

let migrationNames: string[] | null = null;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new HealthTimeout()), ms);
    timer.unref?.();
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

class HealthTimeout extends Error {}

export async function checkHealth(options: { db?: Db; now?: Date } = {}): Promise<HealthReport> {
  const now = options.now ?? new Date();
  migrationNames ??= readMigrations().map((m) => m.name);
  const status = dispatcherStatus();
  const report: HealthReport = {
    status: "ok",
    checkedAt: now.toISOString(),
    draining: isDraining(),
    database: { ok: false, latencyMs: null },
    migrations: { ok: false, expected: migrationNames.length, applied: null, pending: [] },
    dispatcher: {
      ok: true,
      runningHere: status.running,
      lastTickAt: status.lastTickAt?.toISOString() ?? null,
      lastTickAgeSeconds: status.lastTickAt ? Math.round((now.getTime() - status.lastTickAt.getTime()) / 1000) : null,
      lastTickOk: status.lastTickOk,
      due: null,
      oldestDueAgeSeconds: null,
    },
  };
  const timeoutMs = DB_TIMEOUT_MS();
  try {
    const started = performance.now();
    const db = options.db ?? (await withTimeout(getDb(), timeoutMs));
    await withTimeout(db.$queryRaw`SELECT 1`, timeoutMs);
    report.database = { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
    const applied = await withTimeout(
      db.$queryRaw<Array<{ migration_name: string }>>`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      timeoutMs,
    );
    const done = new Set(applied.map((r) => r.migration_name));
    const pending = migrationNames.filter((n) => !done.has(n));
    report.migrations = { ok: pending.length === 0, expected: migrationNames.length, applied: migrationNames.length - pending.length, pending };
    const backlog = await withTimeout(getOutboxBacklog(db, now), timeoutMs);
    report.dispatcher.due = backlog.due;
    report.dispatcher.oldestDueAgeSeconds = backlog.oldestDueAgeSeconds;
    const stalled = status.running && report.dispatcher.lastTickAgeSeconds !== null && report.dispatcher.lastTickAgeSeconds * 1000 > 3 * (status.intervalMs ?? DISPATCH_INTERVAL_MS) + 60_000;
    report.dispatcher.ok = backlog.oldestDueAgeSeconds <= DISPATCH_LAG_LIMIT_SECONDS && !stalled;
  } catch (e) {
    if (!report.database.ok) report.database.problem = e instanceof HealthTimeout ? "timeout" : "unreachable";
    else report.dispatcher.ok = false;
  }
  report.status = !report.database.ok || !report.migrations.ok || report.draining ? "unavailable" : report.dispatcher.ok ? "ok" : "degraded";
  return report;
}
