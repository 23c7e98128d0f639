// Runs what-if simulations in the background of the Next.js server process (started from
// instrumentation.ts; SIMULATIONS=off turns it off). Every 2 s it claims the oldest QUEUED run, or a
// RUNNING one whose worker stopped giving signs of life (heartbeat older than 60 s), and replays it
// to the end. One run at a time per process; several processes never run the same one: the claim
// is one short statement with FOR UPDATE SKIP LOCKED that sets the heartbeat, and a claimed run
// counts as taken until that heartbeat is itself stale.
import { getDb, type Db } from "@/lib/db";
import { executeSimulationRun } from "./execute-run";

export const RUNNER_INTERVAL_MS = 2_000;
export const STALE_AFTER_MS = 60_000;

export type ExecuteRun = (db: Db, runId: string) => Promise<unknown>;

/**
 * Claims the next run to work on, or null. A queued run keeps its status (the replay marks it
 * RUNNING) but its heartbeat now says it is taken; a stale RUNNING run gets a fresh heartbeat.
 */
export async function claimNextSimulationRun(db: Db, options: { now?: Date; staleAfterMs?: number } = {}): Promise<string | null> {
  const now = options.now ?? new Date();
  const stale = new Date(now.getTime() - (options.staleAfterMs ?? STALE_AFTER_MS));
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    UPDATE "SimulationRun" SET "heartbeatAt" = ${now}
    WHERE id IN (
      SELECT id FROM "SimulationRun"
      WHERE (status = 'QUEUED' OR status = 'RUNNING') AND ("heartbeatAt" IS NULL OR "heartbeatAt" < ${stale})
      ORDER BY "createdAt", id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id`;
  return rows[0]?.id ?? null;
}

/** One pass: claims a run and replays it; returns its id, or null when there was nothing to do. */
export async function runnerTick(db: Db, execute: ExecuteRun = executeSimulationRun, options: { now?: Date; staleAfterMs?: number } = {}): Promise<string | null> {
  const id = await claimNextSimulationRun(db, options);
  if (!id) return null;
  try {
    await execute(db, id);
  } catch (e) {
    // The replay records its own failures; one that escapes it must not be claimed again for ever.
    await db.simulationRun.updateMany({
      where: { id, status: { in: ["QUEUED", "RUNNING"] } },
      data: { status: "FAILED", error: "INTERNAL", finishedAt: new Date() },
    });
    throw e;
  }
  return id;
}

interface RunnerState {
  timer: ReturnType<typeof setInterval>;
  running: boolean;
}

// Dev reloads may evaluate this module again; the process must still run one loop only.
const globalForRunner = globalThis as unknown as { __omsSimulationRunner?: RunnerState };

export function startSimulationRunner(
  options: { intervalMs?: number; execute?: ExecuteRun; log?: (message: string, error?: unknown) => void } = {},
): () => void {
  const existing = globalForRunner.__omsSimulationRunner;
  if (existing) return () => stop(existing);
  const log = options.log ?? ((message, error) => (error ? console.error(message, error) : console.log(message)));
  const state: RunnerState = { running: false, timer: undefined as unknown as ReturnType<typeof setInterval> };
  const tick = async () => {
    if (state.running) return;
    state.running = true;
    try {
      let outcome: unknown;
      const execute: ExecuteRun = options.execute ?? executeSimulationRun;
      const id = await runnerTick(await getDb(), async (db, runId) => (outcome = await execute(db, runId)));
      const status = (outcome as { status?: string } | undefined)?.status;
      if (id) log(`[simulation] run ${id} ended${status ? ` ${status}` : ""}`);
    } catch (e) {
      log("[simulation] run failed", e);
    } finally {
      state.running = false;
    }
  };
  state.timer = setInterval(() => void tick(), options.intervalMs ?? RUNNER_INTERVAL_MS);
  state.timer.unref?.();
  globalForRunner.__omsSimulationRunner = state;
  return () => stop(state);
}

function stop(state: RunnerState): void {
  clearInterval(state.timer);
  if (globalForRunner.__omsSimulationRunner === state) globalForRunner.__omsSimulationRunner = undefined;
}
