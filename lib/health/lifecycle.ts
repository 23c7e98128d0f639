// The process's life for graceful shutdown. On SIGTERM (or SIGINT) the process stops taking new
// work (route handlers and server actions answer 503 SERVICE_UNAVAILABLE with Retry-After, health
// answers 503 so a load balancer stops sending traffic), lets the requests in flight finish,
// stops the background jobs (the outbox dispatcher finishes the message it is sending and claims
// no more), closes the database, and only then lets the process exit. Next.js's own SIGTERM
// handler closes the HTTP server and then calls process.exit: that exit is held until the drain
// above is over (bounded by SHUTDOWN_TIMEOUT_MS, default 25 s).
import { jobLogger } from "@/lib/log";

type StopJob = () => void | Promise<void>;

interface Lifecycle {
  draining: boolean;
  inFlight: number;
  idle: Array<() => void>;
  jobs: Map<string, StopJob>;
  shutdown?: Promise<void>;
  installed: boolean;
}

// One per process, whichever bundle loads this module.
const globals = globalThis as unknown as { __omsLifecycle?: Lifecycle };
const state: Lifecycle = (globals.__omsLifecycle ??= { draining: false, inFlight: 0, idle: [], jobs: new Map<string, StopJob>(), installed: false });

/** Seconds a client should wait before retrying while the process drains. */
export const DRAINING_RETRY_AFTER_SECONDS = 5;

export function isDraining(): boolean {
  return state.draining;
}

export function inFlightWork(): number {
  return state.inFlight;
}

/**
 * Marks one unit of work (a request, a server action) as started: returns its `done` callback, or
 * null when the process is shutting down and takes no new work.
 */
export function beginWork(): (() => void) | null {
  if (state.draining) return null;
  state.inFlight += 1;
  let finished = false;
  return () => {
    if (finished) return;
    finished = true;
    state.inFlight -= 1;
    if (state.inFlight === 0) for (const resolve of state.idle.splice(0)) resolve();
  };
}

/** A background job to stop on shutdown; its stop may return a promise that settles once it is idle. */
export function registerJob(name: string, stop: StopJob): void {
  state.jobs.set(name, stop);
}

function whenIdle(timeoutMs: number): Promise<boolean> {
  if (state.inFlight === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    timer.unref?.();
    state.idle.push(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Stops taking work, waits for the work in flight and the jobs' current pass, then runs `close`
 * (the database). Idempotent: a second call returns the same promise.
 */
export function shutdown(options: { timeoutMs?: number; close?: () => Promise<void> } = {}): Promise<void> {
  if (state.shutdown) return state.shutdown;
  const timeoutMs = options.timeoutMs ?? 25_000;
  const log = jobLogger("shutdown");
  state.draining = true;
  state.shutdown = (async () => {
    const started = Date.now();
    log.info({ inFlight: state.inFlight, jobs: [...state.jobs.keys()] }, "shutting down: no new work taken");
    const jobs = [...state.jobs.entries()].map(async ([name, stop]) => {
      try {
        await stop();
      } catch (e) {
        log.error({ err: e, jobName: name }, "a job failed to stop cleanly");
      }
    });
    const [requestsDone] = await Promise.all([whenIdle(timeoutMs), Promise.all(jobs)]);
    if (!requestsDone) log.warn({ inFlight: state.inFlight }, "shutdown timeout: work still in flight");
    try {
      await options.close?.();
    } catch (e) {
      log.error({ err: e }, "closing the database failed");
    }
    log.info({ durationMs: Date.now() - started }, "shutdown complete");
  })();
  return state.shutdown;
}

/**
 * Installs the SIGTERM/SIGINT handlers once per process. Any process.exit called by another
 * handler while the drain runs (Next.js's) is held until the drain is over; without another
 * handler, the process exits by itself once drained (code 0).
 */
export function installGracefulShutdown(options: { timeoutMs?: number; close?: () => Promise<void> } = {}): void {
  if (state.installed) return;
  state.installed = true;
  const timeoutMs = options.timeoutMs ?? Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);
  const realExit = process.exit.bind(process);
  let held: number | undefined;
  let drained = false;
  process.exit = ((code?: number | string | null) => {
    if (state.draining && !drained) {
      held = typeof code === "number" ? code : Number(code ?? process.exitCode ?? 0);
      return undefined as never;
    }
    return realExit(code as number | undefined);
  }) as typeof process.exit;
  const onSignal = (signal: NodeJS.Signals) => {
    // `once` has removed this handler already: any left belongs to someone who exits in their own
    // time (Next.js, once its HTTP server has finished the requests it was serving).
    const othersExit = process.listenerCount(signal) > 0;
    // Never wait for ever: a stuck drain (or a handler that never exits) still ends the process.
    const hard = setTimeout(() => realExit(1), timeoutMs + 5_000);
    hard.unref();
    void shutdown({ timeoutMs, close: options.close }).then(() => {
      drained = true;
      if (held !== undefined) return realExit(held);
      // No one else will exit: do it once drained. Either way the process also ends by itself
      // when nothing is left to run (the timers are unref'd).
      if (!othersExit) setTimeout(() => realExit(0), 100).unref();
    });
  };
  // First in line, so the drain has begun before any other handler asks to exit.
  process.prependOnceListener("SIGTERM", onSignal);
  process.prependOnceListener("SIGINT", onSignal);
}

/** For tests only: back to a process that takes work. */
export function resetLifecycleForTests(): void {
  state.draining = false;
  state.inFlight = 0;
  state.idle.splice(0);
  state.jobs.clear();
  state.shutdown = undefined;
}
