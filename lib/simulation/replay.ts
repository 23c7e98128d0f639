// Replays one past order under two SOURCING definitions (the published baseline and a draft) on the
// stock the order saw. Pure: no database. The instances are built by the orders context's
// buildInstance, the one place the sourcing rules are applied (capture, re-sourcing and quotes use
// it too), and solved by the engine's planSourcing. When the draft's instance is the baseline's
// (same JSON) the baseline's plan is reused: identical input, identical output.
//
// The work is split in three so the solve can run in a worker thread (worker.ts): buildReplay
// (instances), solveJob (the engine), finishReplay (figures).
import { buildInstance, networkContext, type NetworkContext, type NodeInfo, type SourcingContext } from "@/lib/orders";
import type { SourcingRules } from "@/lib/rules/client";
import type { Plan } from "@/lib/sourcing";
import { planFigures, pricingFor, type PlanFigures, type Pricing, type PromiseCache } from "./figures";
import type { SimOrder } from "./load-orders";
import type { OrderStock, StockSource } from "./reconstruct-stock";
import { solveJob, type SolveJob, type SolvedJob } from "./worker";

export interface ReplaySetup {
  nodes: NodeInfo[];
  baseline: NetworkContext;
  draft: NetworkContext;
  /** The two definitions are the same JSON: every instance is the same too. */
  sameRules: boolean;
  pricing: Pricing;
}

/** Key order does not matter to the rules; sorted keys make equal definitions compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The network and rules of both sides, over the network's current nodes. */
export function replaySetup(nodes: NodeInfo[], baseline: SourcingRules, draft: SourcingRules): ReplaySetup {
  const none = new Map<string, number>();
  const b = networkContext(nodes, { definition: baseline, ruleSetId: null }, none);
  const d = networkContext(nodes, { definition: draft, ruleSetId: null }, none);
  return { nodes, baseline: b, draft: d, sameRules: canonical(baseline) === canonical(draft), pricing: pricingFor(nodes, baseline.costs) };
}

/** Why an order cannot be replayed (its pickup store is no longer in the network), or null. */
export function replayProblem(setup: ReplaySetup, order: SimOrder): string | null {
  for (const line of order.lines) if (line.mode === "PICKUP" && (!line.pickupNode || !setup.baseline.nodeByCode.has(line.pickupNode))) return "PICKUP_NODE_GONE";
  return null;
}

function instanceFor(network: NetworkContext, order: SimOrder, stock: OrderStock) {
  const ctx: SourcingContext = { ...network, capacityLeft: stock.capacityLeft, available: stock.available };
  return buildInstance(ctx, {
    id: order.id,
    destination: order.destination,
    lines: order.lines.map((l) => ({ id: l.id, sku: l.sku, qty: l.qty, mode: l.mode, category: l.category, ...(l.pickupNode ? { pickupNode: l.pickupNode } : {}) })),
  });
}

/** The engine's instances of both sides. */
export function buildReplay(setup: ReplaySetup, order: SimOrder, stock: OrderStock): SolveJob {
  const baseline = instanceFor(setup.baseline, order, stock);
  if (setup.sameRules) return { baseline, draft: null };
  const draft = instanceFor(setup.draft, order, stock);
  // Costs and rules first: they are small and are what a draft usually changes.
  const same = sameJson(draft.costs, baseline.costs) && sameJson(draft.rules, baseline.rules) && sameJson(draft, baseline);
  return { baseline, draft: same ? null : draft };
}

/** Whether two plain values serialise to the same JSON (object keys in any order). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    count++;
    if (!sameJson(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) count--;
  return count === 0;
}

export interface ReplaySide {
  /** The engine's plan; its explanation is null when both sides have the same plan (see solveJob). */
  plan: Plan;
  figures: PlanFigures;
}

export interface ReplayOutcome {
  orderId: string;
  orderNumber: string;
  placedAt: Date;
  stockSource: StockSource;
  baseline: ReplaySide;
  draft: ReplaySide;
  /** The two plans differ in a shipment or an unfilled unit. */
  changed: boolean;
  /** The draft's instance was the baseline's: its plan is the baseline's. */
  reused: boolean;
}

const planKey = (p: Plan) => JSON.stringify([p.shipments, p.unfilled]);

/** Figures of both sides from the solved plans. */
export function finishReplay(setup: ReplaySetup, order: SimOrder, stock: OrderStock, job: SolveJob, solved: { baseline: Plan; draft: Plan | null }): ReplayOutcome {
  const cache: PromiseCache = new Map();
  const baseline: ReplaySide = { plan: solved.baseline, figures: planFigures(solved.baseline, order, setup.pricing, cache) };
  const reused = job.draft === null || solved.draft === null;
  const changed = !reused && planKey(solved.baseline) !== planKey(solved.draft!);
  // Both sides are priced alike, so the same shipments have the same figures.
  const draft: ReplaySide = reused ? baseline : { plan: solved.draft!, figures: changed ? planFigures(solved.draft!, order, setup.pricing, cache) : baseline.figures };
  return { orderId: order.id, orderNumber: order.number, placedAt: order.placedAt, stockSource: stock.source, baseline, draft, changed, reused };
}

/** The whole replay of one order in this thread; throws when the engine refuses the instance. */
export function replayOrder(setup: ReplaySetup, order: SimOrder, stock: OrderStock): ReplayOutcome {
  const job = buildReplay(setup, order, stock);
  const solved: SolvedJob = solveJob(job);
  if ("error" in solved) throw new Error(`The engine refused order ${order.number}: ${solved.error}`);
  return finishReplay(setup, order, stock, job, solved);
}
