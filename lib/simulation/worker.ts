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
 * Jobs as sent to a worker. Consecutive orders usually see the same nodes (capacity changes only
 * with releases), so each distinct node list travels once per batch; a draft that differs from the
 * baseline only in its costs and rules (the usual draft) travels as those two parts.
 */
export interface WireBatch {
  nodeSets: Array<SourcingInstance["nodes"]>;
  jobs: WireJob[];
}
export interface WireJob {
  baseline: Omit<SourcingInstance, "nodes">;
  /** Index of the baseline's nodes in nodeSets. */
  nodeSet: number;
  draft?: SourcingInstance | null;
  draftRules?: Pick<SourcingInstance, "costs" | "rules">;
}

export function toWireBatch(jobs: SolveJob[], same: (a: unknown, b: unknown) => boolean): WireBatch {
  const nodeSets: WireBatch["nodeSets"] = [];
  const wire = jobs.map((job): WireJob => {
    const { nodes, ...baseline } = job.baseline;
    const last = nodeSets.length - 1;
    const nodeSet = last >= 0 && same(nodeSets[last], nodes) ? last : nodeSets.push(nodes) - 1;
    const { draft } = job;
    if (draft && same(draft.order, job.baseline.order) && same(draft.nodes, nodes) && same(draft.stock, job.baseline.stock)) {
      return { baseline, nodeSet, draftRules: { costs: draft.costs, rules: draft.rules } };
    }
    return { baseline, nodeSet, draft };
  });
  return { nodeSets, jobs: wire };
}

export function fromWireBatch(batch: WireBatch): SolveJob[] {
  return batch.jobs.map((w) => {
    const baseline: SourcingInstance = { ...w.baseline, nodes: batch.nodeSets[w.nodeSet] };
    return { baseline, draft: w.draftRules ? { ...baseline, ...w.draftRules } : (w.draft ?? null) };
  });
}

/** Jobs and results travel as JSON text: copying one string is much cheaper than cloning many small objects. */
export interface SolveRequest {
  id: number;
  /** JSON of a WireBatch. */
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
    const jobs = fromWireBatch(JSON.parse(request.jobs) as WireBatch);
    port.postMessage({ id: request.id, results: JSON.stringify(jobs.map(solveJob)) } satisfies SolveResponse);
  });
  port.postMessage({ ready: true });
}
