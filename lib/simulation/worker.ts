// The CPU-bound half of a what-if replay: solving the engine's instances. It runs in worker threads
// (execute-run.ts starts them with this file as their entry), or in the server's own thread when
// workers are unavailable. It imports only the pure sourcing engine, so a worker starts quickly.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { planSourcing, type Plan, type PlanOptions, type SourcingInstance } from "@/lib/sourcing";

/** The marker execute-run.ts gives its workers, so this module never answers another pool's messages. */
export const SOLVER_WORKER = "oms-simulation-solver";

/** The engine's options for replays: as capture, without the next-best plans (the costliest part of the explanation). */
export const REPLAY_PLAN_OPTIONS: PlanOptions = { alternatives: 0 };

/** Both sides of one order; `draft` is null when the draft's instance is the baseline's (same JSON). */
export interface SolveJob {
  baseline: SourcingInstance;
  draft: SourcingInstance | null;
}

export type SolvedJob = { baseline: Plan; draft: Plan | null } | { error: string };

const samePlan = (a: Plan, b: Plan) => JSON.stringify([a.shipments, a.unfilled]) === JSON.stringify([b.shipments, b.unfilled]);

/**
 * Solves both sides. The explanations are kept only when the plans differ (the orders the
 * side-by-side view opens): they are most of a plan's size.
 */
export function solveJob(job: SolveJob): SolvedJob {
  try {
    const baseline = planSourcing(job.baseline, REPLAY_PLAN_OPTIONS);
    const draft = job.draft ? planSourcing(job.draft, REPLAY_PLAN_OPTIONS) : null;
    if (!draft || samePlan(baseline, draft)) {
      const bare = { ...baseline, explanation: null as unknown as Plan["explanation"] };
      return { baseline: bare, draft: draft ? { ...draft, explanation: bare.explanation } : null };
    }
    return { baseline, draft };
  } catch (e) {
    return { error: (e as Error).name || "Error" };
  }
}

/**
 * A job as sent to a worker: a draft that differs from the baseline only in its costs and rules
 * (the usual draft) travels as those two parts.
 */
export interface WireJob {
  baseline: SourcingInstance;
  draft?: SourcingInstance | null;
  draftRules?: Pick<SourcingInstance, "costs" | "rules">;
}

export function toWire(job: SolveJob, same: (a: unknown, b: unknown) => boolean): WireJob {
  const { baseline, draft } = job;
  if (draft && same(draft.order, baseline.order) && same(draft.nodes, baseline.nodes) && same(draft.stock, baseline.stock)) {
    return { baseline, draftRules: { costs: draft.costs, rules: draft.rules } };
  }
  return { baseline, draft };
}

export function fromWire(w: WireJob): SolveJob {
  return { baseline: w.baseline, draft: w.draftRules ? { ...w.baseline, ...w.draftRules } : (w.draft ?? null) };
}

/** Jobs and results travel as JSON text: copying one string is much cheaper than cloning many small objects. */
export interface SolveRequest {
  id: number;
  /** JSON of WireJob[]. */
  jobs: string;
}
export interface SolveResponse {
  id: number;
  /** JSON of SolvedJob[]. */
  results: string;
}

if (!isMainThread && parentPort && (workerData as { kind?: string } | null)?.kind === SOLVER_WORKER) {
  const port = parentPort;
  port.on("message", (request: SolveRequest) => {
    const jobs = (JSON.parse(request.jobs) as WireJob[]).map(fromWire);
    port.postMessage({ id: request.id, results: JSON.stringify(jobs.map(solveJob)) } satisfies SolveResponse);
  });
  port.postMessage({ ready: true });
}
