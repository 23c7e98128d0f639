// An outbox dispatcher process for the fault tests (scripts/faults/outbox-dispatchers.server.test.ts):
// the dispatcher the app runs (startOutboxDispatcher) against DATABASE_URL, with graceful shutdown
// installed as instrumentation.ts installs it. Webhooks carry an `x-dispatcher: <NAME>` header so
// the test's receiver knows who sent what. SIMULATE_NEXT_EXIT=1 adds a SIGTERM handler that calls
// process.exit right after, as Next.js's own handler does once its HTTP server has closed.
import { closeDb } from "@/lib/db";
import { beginWork, installGracefulShutdown, registerJob } from "@/lib/health";
import { startOutboxDispatcher, webhookTransport } from "@/lib/notifications";

const name = process.env.DISPATCHER_NAME ?? "?";
if (process.env.SIMULATE_NEXT_EXIT === "1") process.on("SIGTERM", () => setImmediate(() => process.exit(143)));
installGracefulShutdown({ close: closeDb, timeoutMs: 10_000 });

const transport = webhookTransport({
  timeoutMs: 20_000,
  fetch: (url, init) => fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), "x-dispatcher": name } }),
});
const start = () =>
  registerJob(
    "outbox",
    startOutboxDispatcher({
      transport,
      intervalMs: Number(process.env.INTERVAL_MS ?? 100),
      leaseMs: Number(process.env.LEASE_MS ?? 2_000),
      batchSize: Number(process.env.BATCH_SIZE ?? 5),
      log: () => undefined,
    }),
  );
// START_ON_SIGNAL=1: loaded and ready, but dispatching only from SIGUSR2 on (the test decides who goes first).
if (process.env.START_ON_SIGNAL === "1") process.once("SIGUSR2", start);
else start();

// The dispatcher's timer never keeps a process alive; here nothing else would (in the app, the
// HTTP server does, until a signal closes it).
const keepAlive = setInterval(() => undefined, 60_000);
process.on("SIGTERM", () => {
  clearInterval(keepAlive);
  // The shutdown handler runs first: from the signal on, the process takes no new work.
  process.stdout.write(beginWork() === null ? "REFUSES NEW WORK\n" : "STILL TAKES WORK\n");
});
process.on("exit", (code) => process.stdout.write(`EXIT ${code}\n`));
process.stdout.write("READY\n");
