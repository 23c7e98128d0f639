// Public face of the DOM sourcing engine: pure functions from a snapshot to a plan with its
// explanation, the contract's cost function, re-sourcing and returns routing. No I/O.

import { prepareProblem, problemNodes } from "./candidates";
import { computePlanCost } from "./cost";
import { SourcingInputError } from "./errors";
import { explainPlan } from "./explain";
import { assemblePlan } from "./plan";
import { searchPlan } from "./solve";
import type { OpenShipment, Plan, PlanOptions, SourcingInstance } from "./types";

export const DEFAULT_ALTERNATIVES = 3;
export const DEFAULT_MAX_EVALUATIONS = 20_000;
export const LOCAL_SEARCH_EVALUATIONS = 2_000;

/**
 * Decides which nodes fulfil which lines of the order at least contract cost, and explains why.
 * Deterministic: equal instances (in any order of nodes and stock rows) give deep-equal plans.
 * Throws SourcingInputError on duplicate node or line ids and unknown pickup nodes; validate
 * untrusted input with sourcingInstanceSchema first.
 */
export function planSourcing(instance: SourcingInstance, options: PlanOptions = {}): Plan {
  const openShipments = options.openShipments ?? [];
  const problem = prepareProblem(instance, openShipments);
  const result = searchPlan(problem, {
    alternatives: options.alternatives ?? DEFAULT_ALTERNATIVES,
    maxEvaluations: Number.isNaN(options.maxEvaluations ?? NaN) ? DEFAULT_MAX_EVALUATIONS : options.maxEvaluations!,
    localSearchEvaluations: LOCAL_SEARCH_EVALUATIONS,
  });
  const plan = assemblePlan(problem, result.best.alloc);
  const nodes = problemNodes(problem);
  const cost = computePlanCost(instance, plan, { openShipments, nodes });
  return {
    orderId: instance.order.id,
    shipments: plan.shipments,
    unfilled: plan.unfilled,
    cost: cost.total,
    explanation: explainPlan(problem, result, cost, openShipments, nodes),
  };
}

export interface ResourceRequest {
  /** Lines to source again, with the units still needed (default: the line's whole qty). */
  lines: Array<{ line: string; qty?: number }>;
  /** Nodes to keep away from: the store that short-picked, the node that cancelled. */
  excludeNodes?: string[];
  /**
   * Shipments of the order that still go ahead: the new units may join them at no fixed cost,
   * and customer ones count towards maxShipments.
   */
  openShipments?: OpenShipment[];
}

/**
 * Re-sources part of an order after a short-pick, a cancellation at a node, or a change of
 * address or delivery method (pass the instance with the new destination or line mode). The
 * instance's stock must be today's snapshot, i.e. without the units already reserved for the
 * lines that stay where they are. The plan covers only the requested units; its cost leaves out
 * the fixed cost of openShipments.
 */
export function resourceLines(
  instance: SourcingInstance,
  request: ResourceRequest,
  options: Omit<PlanOptions, "openShipments"> = {},
): Plan {
  const byId = new Map(instance.order.lines.map((l) => [l.id, l]));
  const lines = request.lines.map(({ line, qty }) => {
    const original = byId.get(line);
    if (!original) throw new SourcingInputError(`Line ${line} is not part of order ${instance.order.id}.`);
    return { ...original, qty: qty ?? original.qty };
  });
  const subset: SourcingInstance = {
    ...instance,
    order: { ...instance.order, lines: lines.filter((l) => l.qty > 0) },
    rules: {
      ...instance.rules,
      excludedNodes: [...new Set([...(instance.rules.excludedNodes ?? []), ...(request.excludeNodes ?? [])])],
    },
  };
  return planSourcing(subset, { ...options, openShipments: request.openShipments });
}

export { computePlanCost, type PlanLike } from "./cost";
export { findPlanViolations } from "./feasibility";
export { greedyPlan } from "./greedy";
// The search itself, for the benchmark that measures it against an exact solver.
export { prepareProblem } from "./candidates";
export { searchPlan } from "./solve";
export { haversineKm, EARTH_RADIUS_KM } from "./geo";
export { routeReturn } from "./returns";
// Network-aware sourcing: the periodic LP whose stock duals become shadow prices (CostModel.shadowPrices).
export * from "./network";
export { sourcingInstanceSchema, returnInstanceSchema, formatSchemaError } from "./schema";
export { SourcingInputError };
export type * from "./types";
