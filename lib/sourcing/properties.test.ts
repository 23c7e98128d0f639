// Property tests: on random instances, plans obey every rule of the contract, account for every
// unit, are priced exactly, do not depend on input order, never lose to greedy, and are optimal.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareProblem } from "./candidates";
import { computePlanCost, greedyPlan, planSourcing, type SourcingInstance } from "./index";
import { searchPlan } from "./solve";
import {
  arbitraryInstance,
  bruteForceOptimum,
  oracleCost,
  oracleViolations,
  shuffleInstance,
} from "./testing";

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const small = arbitraryInstance({ maxNodes: 12, maxLines: 5, maxQty: 4 });
const tiny = arbitraryInstance({ maxNodes: 4, maxLines: 3, maxQty: 2, skus: ["A", "B"] });

describe("planSourcing on random instances", () => {
  it("never exceeds stock, capacity, ship-from-store distance, capabilities or maxShipments", () => {
    fc.assert(
      fc.property(small, (instance) => {
        expect(oracleViolations(instance, planSourcing(instance))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("assigns or reports unfilled every ordered unit, each line exactly once over", () => {
    fc.assert(
      fc.property(small, (instance) => {
        const plan = planSourcing(instance);
        for (const line of instance.order.lines) {
          const shipped = plan.shipments.flatMap((s) => s.lines).filter((l) => l.line === line.id);
          const unfilled = plan.unfilled.filter((u) => u.line === line.id);
          const total = [...shipped, ...unfilled].reduce((sum, l) => sum + l.qty, 0);
          expect(total).toBe(line.qty);
          expect(unfilled.length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("reports the cost the contract's formula gives, recomputed independently", () => {
    fc.assert(
      fc.property(small, (instance) => {
        const plan = planSourcing(instance);
        expect(close(plan.cost, oracleCost(instance, plan))).toBe(true);
        expect(close(plan.cost, computePlanCost(instance, plan).total)).toBe(true);
        expect(close(plan.explanation.cost.total, plan.cost)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("gives a deep-equal plan for the same input, also with nodes and stock rows shuffled", () => {
    fc.assert(
      fc.property(small, fc.nat(), (instance, seed) => {
        const plan = planSourcing(instance);
        expect(planSourcing(structuredClone(instance))).toEqual(plan);
        expect(planSourcing(shuffleInstance(instance, seed))).toEqual(plan);
      }),
      { numRuns: 200 },
    );
  });

  it("is never costlier than the greedy nearest-node baseline, whose plans are feasible too", () => {
    fc.assert(
      fc.property(small, (instance) => {
        const greedy = greedyPlan(instance);
        expect(oracleViolations(instance, greedy)).toEqual([]);
        expect(planSourcing(instance).cost).toBeLessThanOrEqual(greedy.cost + 1e-9 * Math.max(1, greedy.cost));
      }),
      { numRuns: 200 },
    );
  });

  it("finds the same optimum as brute-force enumeration on tiny instances, and says it is exact", () => {
    fc.assert(
      fc.property(tiny, (instance) => {
        const plan = planSourcing(instance);
        expect(plan.explanation.method).toBe("EXACT");
        const optimum = bruteForceOptimum(instance);
        expect(close(plan.cost, optimum)).toBe(true);
      }),
      { numRuns: 250 },
    );
  });

  it("lists alternatives that are distinct, feasible, no cheaper than the plan and correctly priced", () => {
    fc.assert(
      fc.property(small, (instance) => {
        const plan = planSourcing(instance);
        const keys = new Set<string>();
        keys.add(JSON.stringify(plan.shipments.map((s) => [s.node, s.to])));
        let previous = plan.cost;
        for (const alt of plan.explanation.alternatives) {
          expect(alt.cost).toBeGreaterThanOrEqual(plan.cost - 1e-9 * Math.max(1, plan.cost));
          expect(alt.cost).toBeGreaterThanOrEqual(previous - 1e-9 * Math.max(1, previous));
          previous = alt.cost;
          const key = JSON.stringify(alt.shipments.map((s) => [s.node, s.to]));
          expect(keys.has(key)).toBe(false);
          keys.add(key);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("stays feasible and no worse than greedy when the work budget cuts the exact search short", () => {
    fc.assert(
      fc.property(small, (instance) => {
        const plan = planSourcing(instance, { maxEvaluations: 3 });
        expect(oracleViolations(instance, plan)).toEqual([]);
        expect(plan.cost).toBeLessThanOrEqual(greedyPlan(instance).cost + 1e-9 * Math.max(1, plan.cost));
      }),
      { numRuns: 150 },
    );
  });
});

describe("branch and bound on its own (no seeds, no decomposition, no local moves)", () => {
  const exactOnly = (instance: SourcingInstance) =>
    searchPlan(prepareProblem(instance), {
      alternatives: 0,
      maxEvaluations: 1_000_000,
      localSearchEvaluations: 0,
      heuristics: false,
    });

  it("finds the brute-force optimum on tiny instances", () => {
    fc.assert(
      fc.property(arbitraryInstance({ maxNodes: 5, maxLines: 3, maxQty: 2, skus: ["A", "B"] }), (instance) => {
        const result = exactOnly(instance);
        expect(result.exact).toBe(true);
        expect(close(result.best.cost, bruteForceOptimum(instance))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with the full engine on larger instances", () => {
    fc.assert(
      fc.property(small, (instance) => {
        expect(close(exactOnly(instance).best.cost, planSourcing(instance).cost)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
