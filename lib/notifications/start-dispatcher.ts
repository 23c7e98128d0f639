// Runs the outbox dispatcher inside the Next.js server process (started from instrumentation.ts):
// a pass every 10 seconds, never two at once, errors logged and never thrown, and the timer unref'd
// so it never keeps the process alive on shutdown.
import { getDb } from "@/lib/db";
import { dispatchOutbox, type DispatchOutboxResult } from "./commands/dispatch-outbox";
import { transportFromEnv } from "./transports/from-env";
import type { Transport } from "./transports/types";

export const DISPATCH_INTERVAL_MS = 10_000;

interface DispatcherState {
  timer: ReturnType<typeof setInterval>;
  running: boolean;
}

// Dev reloads may evaluate this module again; the process must still run one loop only.
const globalForDispatcher = globalThis as unknown as { __omsOutboxDispatcher?: DispatcherState };

export function startOutboxDispatcher(
  options: { intervalMs?: number; transport?: Transport; log?: (message: string, error?: unknown) => void } = {},
): () => void {
  const existing = globalForDispatcher.__omsOutboxDispatcher;
  if (existing) return () => stop(existing);
  const log = options.log ?? ((message, error) => (error ? console.error(message, error) : console.log(message)));
  const transport = options.transport ?? transportFromEnv();
  const state: DispatcherState = { running: false, timer: undefined as unknown as ReturnType<typeof setInterval> };
  const tick = async () => {
    if (state.running) return;
    state.running = true;
    try {
      const result: DispatchOutboxResult = await dispatchOutbox(await getDb(), { transport });
      if (result.sent || result.retried || result.failed) {
        log(`[outbox] sent ${result.sent}, retried ${result.retried}, failed ${result.failed}`);
      }
    } catch (e) {
      log("[outbox] dispatch pass failed", e);
    } finally {
      state.running = false;
    }
  };
  state.timer = setInterval(() => void tick(), options.intervalMs ?? DISPATCH_INTERVAL_MS);
  state.timer.unref?.();
  globalForDispatcher.__omsOutboxDispatcher = state;
  return () => stop(state);
}

function stop(state: DispatcherState): void {
  clearInterval(state.timer);
  if (globalForDispatcher.__omsOutboxDispatcher === state) globalForDispatcher.__omsOutboxDispatcher = undefined;
}
