// Runs a what-if simulation to the end: replays every order of the run's period under its baseline
// and draft SOURCING definitions, on the stock each order saw, and stores one SimulationResult per
// order and the run's summary. It writes only SimulationRun and SimulationResult rows, one short
// statement at a time (never one transaction for the whole run: on the embedded database the app
// shares its only connection with it).
//
// Chunks of orders go through a small pipeline: while the engine solves one chunk (in worker
// threads, see worker.ts), the next chunk's orders and stock are read; a chunk's results, its
// progress and heartbeat are written in one statement, which also reads whether cancel was asked.
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { SimulationStatus } from "@/generated/prisma/enums";
import { newId, sqlFor, type Db, type Sql } from "@/lib/db";
import { loadNodes } from "@/lib/orders";
import { sourcingRulesSchema } from "@/lib/rules/client";
import { countSimulationOrders, countSimulationOrdersThrough, loadOrderPage, type OrderCursor, type SimOrder } from "./load-orders";
import { ledgerStart, stockReconstructor, type OrderStock } from "./reconstruct-stock";
import { buildReplay, finishReplay, replayProblem, replaySetup, sameJson, type ReplayOutcome, type ReplaySetup } from "./replay";
import { computeSimulationSummary } from "./summary";
import { SOLVER_WORKER, solveJob, toWireBatch, type SolveJob, type SolveRequest, type SolveResponse, type SolvedJob } from "./worker";

export const DEFAULT_CHUNK_SIZE = 500;

export interface ExecuteRunOptions {
  /** Orders per chunk (default 500). */
  chunkSize?: number;
  /** Worker threads solving (default: 2, or fewer cores); 0 solves in this thread. */
  workers?: number;
  /** Called after each chunk is written (progress, timings). */
  onChunk?: (chunk: ChunkReport) => void | Promise<void>;
}

export interface ChunkReport {
  orders: number;
  done: number;
  total: number;
  /** Read orders and stock, solve, write: wall-clock ms of the chunk's stages. */
  readMs: number;
  solveMs: number;
  writeMs: number;
  /** Worker threads that solved it (0: this thread). */
  workers: number;
}

export class SimulationRunError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

interface RunRow {
  status: SimulationStatus;
  startedAt: number;
  draft: unknown;
  baseline: unknown;
  periodFrom: number;
  periodTo: number;
  cancelRequested: boolean;
  done: number;
}

const iso = (d: Date | number) => new Date(d).toISOString();

/**
 * Runs a QUEUED (or stale RUNNING) SimulationRun to the end: marks RUNNING + startedAt, counts the
 * orders of [periodFrom, periodTo) into `total`, replays them in chunks (both definitions, same
 * stock), inserts SimulationResult rows per chunk, updates `done` and `heartbeatAt` per chunk,
 * stops with CANCELLED when `cancelRequested` is set (results so far kept, with a summary of them),
 * ends DONE with `summary`, or FAILED with `error` (a code, not a stack). A run picked up again
 * continues after the last order it stored.
 */
export async function executeSimulationRun(db: Db, runId: string, options: ExecuteRunOptions = {}): Promise<{ status: SimulationStatus; done: number }> {
  const sql = sqlFor(db);
  const [run] = await sql.query<RunRow>(
    `UPDATE "SimulationRun" SET status = 'RUNNING', "startedAt" = coalesce("startedAt", $2::timestamp), "heartbeatAt" = $2::timestamp, error = NULL
      WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')
      RETURNING status, draft, baseline, (extract(epoch FROM "startedAt") * 1000)::float8 AS "startedAt",
                (extract(epoch FROM "periodFrom") * 1000)::float8 AS "periodFrom",
                (extract(epoch FROM "periodTo") * 1000)::float8 AS "periodTo", "cancelRequested", done`,
    [runId, iso(Date.now())],
  );
  if (!run) {
    const [row] = await sql.query<{ status: SimulationStatus; done: number }>(`SELECT status, done FROM "SimulationRun" WHERE id = $1`, [runId]);
    if (!row) throw new SimulationRunError("SIMULATION_NOT_FOUND");
    return row;
  }
  if (run.cancelRequested) return finish(sql, runId, "CANCELLED", run.done);
  let solver: Solver | null = null;
  try {
    const baseline = sourcingRulesSchema.safeParse(run.baseline);
    const draft = sourcingRulesSchema.safeParse(run.draft);
    if (!baseline.success || !draft.success) throw new SimulationRunError("SIMULATION_DRAFT_INVALID");
    // Orders placed once the run started are not part of it (the period may end tomorrow).
    const period = { from: new Date(run.periodFrom), to: new Date(Math.min(run.periodTo, run.startedAt)) };
    const nodes = await loadNodes(db);
    const setup = replaySetup(nodes, baseline.data, draft.data);
    const total = await countSimulationOrders(sql, period);
    // Picked up again: continue after the last order stored.
    const [last] = await sql.query<{ placedAt: number; orderId: string }>(
      `SELECT (extract(epoch FROM "placedAt") * 1000)::float8 AS "placedAt", "orderId" FROM "SimulationResult" WHERE "runId" = $1 ORDER BY "placedAt" DESC, "orderId" DESC LIMIT 1`,
      [runId],
    );
    let cursor: OrderCursor | null = last ? { placedAt: new Date(last.placedAt), id: last.orderId } : null;
    let done = cursor ? await countSimulationOrdersThrough(sql, period, cursor) : 0;
    await sql.query(`UPDATE "SimulationRun" SET total = $2, done = $3 WHERE id = $1`, [runId, total, done]);

    const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
    const stock = stockReconstructor(sql, nodes, await ledgerStart(sql));
    solver = await openSolver(options.workers ?? Math.min(2, availableParallelism()));
    const read = async (after: OrderCursor | null): Promise<ReadChunk | null> => {
      const t = performance.now();
      const orders = await loadOrderPage(sql, period, after, chunkSize);
      if (!orders.length) return null;
      const stocks = await stock.forChunk(orders);
      return { orders, stocks, readMs: performance.now() - t };
    };

    // Three chunks in flight: the next one being read, this one's jobs queued at the solvers, and the
    // previous one being finished and written, so neither this thread nor the solvers wait for the other.
    let next = read(cursor);
    let writing: Promise<boolean> = Promise.resolve(false);
    let pending = null as InFlight | null;
    for (;;) {
      const chunk = await next;
      let dispatched: InFlight | null = null;
      if (chunk) {
        const lastOrder = chunk.orders[chunk.orders.length - 1];
        cursor = { placedAt: lastOrder.placedAt, id: lastOrder.id };
        next = read(cursor);
        const startedAt = performance.now();
        const jobs = chunk.orders.map((o, i) => (replayProblem(setup, o) ? null : buildReplay(setup, o, chunk.stocks[i])));
        const solving = solver.solve(jobs.filter((j): j is SolveJob => j !== null));
        // Awaited below; a run stopped before then must not leave an unhandled rejection.
        solving.catch(() => undefined);
        dispatched = { chunk, jobs, solving, startedAt };
      }
      if (pending) {
        // The previous chunk's write ends before this one's starts; it says whether to stop.
        if (await writing) {
          await next.catch(() => null);
          return finish(sql, runId, "CANCELLED", done);
        }
        const { chunk: solvedChunk, jobs, startedAt } = pending;
        const solved = await pending.solving;
        const solveMs = performance.now() - startedAt;
        const outcomes = finishChunk(setup, solvedChunk, jobs, solved);
        done += solvedChunk.orders.length;
        const reportDone = done;
        const tw = performance.now();
        writing = writeChunk(sql, runId, outcomes, reportDone).then(async (cancel) => {
          await options.onChunk?.({ orders: solvedChunk.orders.length, done: reportDone, total, readMs: solvedChunk.readMs, solveMs, writeMs: performance.now() - tw, workers: solver!.workers });
          return cancel;
        });
      }
      if (!dispatched) break;
      pending = dispatched;
    }
    if (await writing) return finish(sql, runId, "CANCELLED", done);
    return finish(sql, runId, "DONE", done);
  } catch (e) {
    const code = e instanceof SimulationRunError ? e.code : "SIMULATION_FAILED";
    if (!(e instanceof SimulationRunError)) console.error(`[simulation] run ${runId} failed`, e);
    await sql.query(`UPDATE "SimulationRun" SET status = 'FAILED', error = $2, "finishedAt" = $3::timestamp WHERE id = $1`, [runId, code, iso(Date.now())]);
    const [row] = await sql.query<{ done: number }>(`SELECT done FROM "SimulationRun" WHERE id = $1`, [runId]);
    return { status: "FAILED", done: row?.done ?? 0 };
  } finally {
    await solver?.close();
  }
}

/** A chunk whose jobs are at the solvers. */
interface InFlight {
  chunk: ReadChunk;
  jobs: Array<SolveJob | null>;
  solving: Promise<SolvedJob[]>;
  startedAt: number;
}

interface ReadChunk {
  orders: SimOrder[];
  stocks: OrderStock[];
  readMs: number;
}

function finishChunk(setup: ReplaySetup, chunk: ReadChunk, jobs: Array<SolveJob | null>, solved: SolvedJob[]): ReplayOutcome[] {
  const outcomes: ReplayOutcome[] = [];
  let k = 0;
  chunk.orders.forEach((order, i) => {
    const job = jobs[i];
    if (!job) return;
    const result = solved[k++];
    // An order the engine refuses (data it cannot read) is left out of the figures.
    if ("error" in result) return;
    outcomes.push(finishReplay(setup, order, chunk.stocks[i], job, result));
  });
  return outcomes;
}

/** A side's stored plan: shipments and unfilled lines, the figures, and the explanation when the plans differ. */
function sideJson(side: ReplayOutcome["baseline"], withExplanation: boolean) {
  const f = side.figures;
  return {
    plan: { shipments: side.plan.shipments, unfilled: side.plan.unfilled, cost: side.plan.cost },
    explanation: withExplanation ? side.plan.explanation : null,
    figures: { units: f.units, split: f.split, shipUnits: f.shipUnits, storeShipUnits: f.storeShipUnits },
  };
}

const WRITE_SQL = `
  WITH inserted AS (
    INSERT INTO "SimulationResult" (id, "runId", "orderId", "orderNumber", "placedAt", "stockSource",
      "baselineCostMinor", "draftCostMinor", "deltaMinor", "baselineShipments", "draftShipments",
      "baselineUnfilled", "draftUnfilled", "baselineKm", "draftKm", "baselineStoreUnits", "draftStoreUnits",
      "baselinePromise", "draftPromise", changed, "baselinePlan", "draftPlan")
    SELECT r.id, $2, r."orderId", r."orderNumber", r."placedAt"::timestamp, r."stockSource",
      r."baselineCostMinor", r."draftCostMinor", r."draftCostMinor" - r."baselineCostMinor", r."baselineShipments", r."draftShipments",
      r."baselineUnfilled", r."draftUnfilled", r."baselineKm", r."draftKm", r."baselineStoreUnits", r."draftStoreUnits",
      r."baselinePromise"::timestamp, r."draftPromise"::timestamp, r.changed, r."baselinePlan"::jsonb, r."draftPlan"::jsonb
    FROM json_to_recordset($1::json) AS r(id text, "orderId" text, "orderNumber" text, "placedAt" text, "stockSource" text,
      "baselineCostMinor" int, "draftCostMinor" int, "baselineShipments" int, "draftShipments" int,
      "baselineUnfilled" int, "draftUnfilled" int, "baselineKm" float8, "draftKm" float8, "baselineStoreUnits" int, "draftStoreUnits" int,
      "baselinePromise" text, "draftPromise" text, changed boolean, "baselinePlan" json, "draftPlan" json)
    ON CONFLICT ("runId", "orderId") DO NOTHING
    RETURNING 1
  )
  UPDATE "SimulationRun" SET done = $3, "heartbeatAt" = $4::timestamp
   WHERE id = $2 AND (SELECT count(*) FROM inserted) >= 0
  RETURNING "cancelRequested"`;

/** Stores a chunk's results with the progress and heartbeat; true when cancel was asked. */
async function writeChunk(sql: Sql, runId: string, outcomes: ReplayOutcome[], done: number): Promise<boolean> {
  const rows = outcomes.map((o) => ({
    id: newId(),
    orderId: o.orderId,
    orderNumber: o.orderNumber,
    placedAt: iso(o.placedAt),
    stockSource: o.stockSource,
    baselineCostMinor: o.baseline.figures.costMinor,
    draftCostMinor: o.draft.figures.costMinor,
    baselineShipments: o.baseline.figures.shipments,
    draftShipments: o.draft.figures.shipments,
    baselineUnfilled: o.baseline.figures.unfilledUnits,
    draftUnfilled: o.draft.figures.unfilledUnits,
    baselineKm: o.baseline.figures.km,
    draftKm: o.draft.figures.km,
    baselineStoreUnits: o.baseline.figures.storeUnits,
    draftStoreUnits: o.draft.figures.storeUnits,
    baselinePromise: o.baseline.figures.promise ? iso(o.baseline.figures.promise) : null,
    draftPromise: o.draft.figures.promise ? iso(o.draft.figures.promise) : null,
    changed: o.changed,
    baselinePlan: sideJson(o.baseline, o.changed),
    draftPlan: sideJson(o.draft, o.changed),
  }));
  const [row] = await sql.query<{ cancelRequested: boolean }>(WRITE_SQL, [JSON.stringify(rows), runId, done, iso(Date.now())]);
  return row?.cancelRequested ?? false;
}

async function finish(sql: Sql, runId: string, status: "DONE" | "CANCELLED", done: number): Promise<{ status: SimulationStatus; done: number }> {
  const summary = await computeSimulationSummary(sql, runId);
  await sql.query(`UPDATE "SimulationRun" SET status = $2, summary = $3::jsonb, "finishedAt" = $4::timestamp, "heartbeatAt" = $4::timestamp WHERE id = $1`, [
    runId,
    status,
    JSON.stringify(summary),
    iso(Date.now()),
  ]);
  return { status, done };
}

// ---- the solver: worker threads, or this thread with pauses

interface Solver {
  readonly workers: number;
  solve(jobs: SolveJob[]): Promise<SolvedJob[]>;
  close(): Promise<void>;
}

/** Jobs per message to a worker: enough to amortise the message, few enough to share the load. */
const BATCH = 16;
/** In this thread, solve for at most this long before letting other requests run. */
const SLICE_MS = 15;

function inThreadSolver(): Solver {
  return {
    workers: 0,
    async solve(jobs) {
      const out: SolvedJob[] = [];
      let slice = performance.now();
      for (const job of jobs) {
        out.push(solveJob(job));
        if (performance.now() - slice > SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          slice = performance.now();
        }
      }
      return out;
    },
    close: async () => undefined,
  };
}

/** A worker running worker.ts, or null when it cannot start here (its answer is "ready"). */
function startWorker(): Promise<Worker | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const workerData = { kind: SOLVER_WORKER };
      // Running from TypeScript sources (scripts, tests): the worker registers the same loader first.
      // In a bundled server this module is JavaScript and the bundler ships worker.ts as its own entry.
      worker = import.meta.url.endsWith(".ts")
        ? new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.ts"))});`, { eval: true, workerData })
        : new Worker(new URL("./worker.ts", import.meta.url), { workerData });
    } catch {
      resolve(null);
      return;
    }
    const timer = setTimeout(() => fail(), 30_000);
    const fail = () => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(null);
    };
    worker.once("error", fail);
    worker.once("exit", fail);
    worker.once("message", (m: { ready?: boolean }) => {
      clearTimeout(timer);
      worker.removeListener("error", fail);
      worker.removeListener("exit", fail);
      if (m?.ready) resolve(worker);
      else fail();
    });
  });
}

async function openSolver(count: number): Promise<Solver> {
  if (count <= 0) return inThreadSolver();
  const started = (await Promise.all(Array.from({ length: count }, () => startWorker()))).filter((w): w is Worker => w !== null);
  if (!started.length) {
    console.warn("[simulation] worker threads are unavailable here: solving in the server's thread");
    return inThreadSolver();
  }
  let nextId = 0;
  let broken: Error | null = null;
  const pending = new Map<number, (r: SolvedJob[]) => void>();
  const failAll = (e: Error) => {
    broken = e;
    for (const reject of rejecters.values()) reject(e);
  };
  const rejecters = new Map<number, (e: Error) => void>();
  for (const w of started) {
    w.on("message", (m: SolveResponse) => {
      pending.get(m.id)?.(JSON.parse(m.results) as SolvedJob[]);
      pending.delete(m.id);
      rejecters.delete(m.id);
    });
    w.on("error", (e) => failAll(e));
    w.on("exit", (code) => code !== 0 && failAll(new Error(`solver worker exited with ${code}`)));
  }
  const send = (w: Worker, jobs: SolveJob[]) =>
    new Promise<SolvedJob[]>((resolve, reject) => {
      if (broken) return reject(broken);
      const id = nextId++;
      pending.set(id, resolve);
      rejecters.set(id, reject);
      w.postMessage({ id, jobs: JSON.stringify(toWireBatch(jobs, sameJson)) } satisfies SolveRequest);
    });
  return {
    workers: started.length,
    async solve(jobs) {
      const out: SolvedJob[] = new Array(jobs.length);
      let cursor = 0;
      // Each worker takes the next batch when it is done with its last one.
      await Promise.all(
        started.map(async (w) => {
          while (cursor < jobs.length) {
            const from = cursor;
            cursor = Math.min(jobs.length, cursor + BATCH);
            const results = await send(w, jobs.slice(from, cursor));
            results.forEach((r, i) => (out[from + i] = r));
          }
        }),
      );
      return out;
    },
    async close() {
      await Promise.all(started.map((w) => w.terminate()));
    },
  };
}
