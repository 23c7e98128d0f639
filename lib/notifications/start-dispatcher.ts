// Runs the outbox dispatcher inside the Next.js server process (started from instrumentation.ts):
// a pass every 10 seconds, never two at once, errors logged and never thrown, and the timer unref'd
// so it never keeps the process alive on shutdown. Stopping it (graceful shutdown) lets the message
// being sent finish, hands the rest of the batch back, and resolves once the pass is over.
// Every message carries its outbox id as a consumer key (Idempotency-Key, Message-ID), so a
// message sent twice (a dispatcher killed mid-send) has its effect once at a receiver that dedupes.
import { getDb, isDatabaseUnavailable } from "@/lib/db";
import { jobLogger } from "@/lib/log";
import { dispatchOutbox, type DispatchOutboxOptions, type DispatchOutboxResult } from "./commands/dispatch-outbox";
import { transportFromEnv } from "./transports/from-env";
import type { Transport } from "./transports/types";

export const DISPATCH_INTERVAL_MS = 10_000;

interface DispatcherState {
  timer: ReturnType<typeof setInterval>;
  running: Promise<void> | null;
  stopping: boolean;
  intervalMs: number;
  lastTickAt: Date | null;
  lastTickOk: boolean | null;
}

/** The dispatcher of this process as the health check sees it. */
export interface DispatcherStatus {
  running: boolean;
  intervalMs: number | null;
  /** When the last pass ended, and whether it went through (a failed pass is retried on the next tick). */
  lastTickAt: Date | null;
  lastTickOk: boolean | null;
}

// Dev reloads may evaluate this module again; the process must still run one loop only.
const globalForDispatcher = globalThis as unknown as { __omsOutboxDispatcher?: DispatcherState };

export function dispatcherStatus(): DispatcherStatus {
  const s = globalForDispatcher.__omsOutboxDispatcher;
  return s ? { running: !s.stopping, intervalMs: s.intervalMs, lastTickAt: s.lastTickAt, lastTickOk: s.lastTickOk } : { running: false, intervalMs: null, lastTickAt: null, lastTickOk: null };
}

export function startOutboxDispatcher(
  options: { intervalMs?: number; transport?: Transport; log?: (message: string, error?: unknown) => void } & Pick<DispatchOutboxOptions, "leaseMs" | "batchSize"> = {},
): () => Promise<void> {
  const existing = globalForDispatcher.__omsOutboxDispatcher;
  if (existing) return () => stop(existing);
  const logger = jobLogger("outbox");
  const log = options.log ?? ((message, error) => (error ? logger.error({ err: error }, message) : logger.info(message)));
  const transport = options.transport ?? transportFromEnv();
  const intervalMs = options.intervalMs ?? DISPATCH_INTERVAL_MS;
  const state: DispatcherState = { running: null, stopping: false, intervalMs, lastTickAt: null, lastTickOk: null, timer: undefined as unknown as ReturnType<typeof setInterval> };
  const pass = async () => {
    try {
      const result: DispatchOutboxResult = await dispatchOutbox(await getDb(), {
        transport,
        leaseMs: options.leaseMs,
        batchSize: options.batchSize,
        shouldStop: () => state.stopping,
      });
      state.lastTickOk = true;
      if (result.sent || result.retried || result.failed) {
        log(`[outbox] sent ${result.sent}, retried ${result.retried}, failed ${result.failed}`);
      }
    } catch (e) {
      state.lastTickOk = false;
      // The database being away is reported by health; the next pass tries again.
      if (isDatabaseUnavailable(e) && !options.log) logger.warn("[outbox] database unavailable; the next pass tries again");
      else log("[outbox] dispatch pass failed", e);
    } finally {
      state.lastTickAt = new Date();
      state.running = null;
    }
  };
  const tick = () => {
    if (state.running || state.stopping) return;
    state.running = pass();
  };
  state.timer = setInterval(tick, intervalMs);
  state.timer.unref?.();
  globalForDispatcher.__omsOutboxDispatcher = state;
  return () => stop(state);
}

/** Claims no more messages; resolves once the pass under way (if any) has finished its current send. */
async function stop(state: DispatcherState): Promise<void> {
  state.stopping = true;
  clearInterval(state.timer);
  if (globalForDispatcher.__omsOutboxDispatcher === state) globalForDispatcher.__omsOutboxDispatcher = undefined;
  await state.running;
}
