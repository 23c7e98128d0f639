// Cross-checks the engine against an independent exact solver (HiGHS on the MIP model): when the
// engine says its plan is EXACT, no plan may be cheaper, and the MIP must not find a cheaper one.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planSourcing, prepareProblem, searchPlan } from "@/lib/sourcing";
import { arbitraryInstance } from "@/lib/sourcing/testing";
import { generateInstance, generateNetwork } from "./sourcing-generator";
import { solveSourcingMip } from "./sourcing-mip";

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe("engine against the HiGHS MIP optimum", () => {
  it("matches the optimum on generated 50-node orders of 1 to 6 lines", async () => {
    const network = generateNetwork(4242, 50);
    for (let i = 0; i < 60; i++) {
      const instance = generateInstance(31_000 + i, network, { nodes: 50, minLines: 1, maxLines: 6 });
      const plan = planSourcing(instance);
      expect(plan.explanation.method).toBe("EXACT");
      const optimum = await solveSourcingMip(instance);
      expect({ order: instance.order.id, cost: plan.cost, close: close(plan.cost, optimum) }).toEqual({
        order: instance.order.id,
        cost: plan.cost,
        close: true,
      });
    }
  });

  it("matches the optimum on random instances with odd costs, tight capacity and pickups", async () => {
    const instances = fc.sample(arbitraryInstance({ maxNodes: 10, maxLines: 5, maxQty: 4 }), { numRuns: 150, seed: 7 });
    for (const instance of instances) {
      const plan = planSourcing(instance);
      const optimum = await solveSourcingMip(instance);
      expect(close(plan.cost, optimum)).toBe(true);
    }
  });

  it("matches the optimum with branch and bound alone (no heuristics) on tight-capacity instances", async () => {
    const instances = fc.sample(arbitraryInstance({ maxNodes: 9, maxLines: 6, maxQty: 2 }), { numRuns: 200, seed: 11 });
    for (const instance of instances) {
      const result = searchPlan(prepareProblem(instance), {
        alternatives: 0,
        maxEvaluations: 1_000_000,
        localSearchEvaluations: 0,
        heuristics: false,
      });
      expect(result.exact).toBe(true);
      expect(close(result.best.cost, await solveSourcingMip(instance))).toBe(true);
    }
  });
});
