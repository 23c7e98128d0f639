// The plan's certificate is honest: the reported lower bound never exceeds the true optimum (brute
// force on tiny instances, HiGHS on larger ones), EXACT plans are optimal, the gap is
// (cost - bound) / cost, with and without shadow prices. Tiny work budgets force BOUNDED plans so
// that the bound of an interrupted search is what gets checked.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveSourcingMip } from "@/scripts/bench/sourcing-mip";
import { computePlanCost, findPlanViolations, planSourcing, type Plan, type SourcingInstance } from "./index";
import { arbitraryInstance, bruteForceOptimum, oracleKm, oracleSources, tightInstance } from "./testing";

const slack = (x: number) => 1e-7 * Math.max(1, Math.abs(x));

/** Adds shadow prices (some nodes and SKUs, a few values) to an arbitrary instance. */
function withShadowPrices(base: fc.Arbitrary<SourcingInstance>): fc.Arbitrary<SourcingInstance> {
  return base.chain((instance) => {
    const skus = [...new Set(instance.order.lines.map((l) => l.sku))];
    const cells = instance.nodes.length * skus.length;
    return fc.array(fc.constantFrom(0, 0, 0.5, 3, 40, 400), { minLength: cells, maxLength: cells }).map((prices) => {
      const shadowPrices: Record<string, Record<string, number>> = {};
      instance.nodes.forEach((node, n) =>
        skus.forEach((sku, s) => {
          const price = prices[n * skus.length + s];
          if (price > 0) (shadowPrices[node.id] ??= {})[sku] = price;
        }),
      );
      return { ...instance, costs: { ...instance.costs, shadowPrices } };
    });
  });
}

/**
 * Least cost by exhaustive enumeration, with each unit priced at its node's handling plus its
 * shadow price (written from the contract, independently of the engine and of bruteForceOptimum).
 */
function bruteForceWithShadowPrices(instance: SourcingInstance): number {
  const { order, costs, rules } = instance;
  const lines = order.lines;
  const sources = lines.map((line) => oracleSources(instance, line));
  const stockOf = (node: string, sku: string) =>
    Math.max(0, instance.stock.filter((r) => r.node === node && r.sku === sku).reduce((t, r) => t + r.available, 0));
  const unitCost = (node: SourcingInstance["nodes"][number], sku: string) =>
    costs.handlingPerUnit[node.type] + (costs.shadowPrices?.[node.id]?.[sku] ?? 0);
  const usedStock = new Map<string, number>();
  const usedCapacity = new Map<string, number>();
  const units = new Map<string, number>();
  let best = Infinity;
  const fixedCosts = (): number => {
    let cost = 0;
    let customer = 0;
    for (const [pair, n] of units) {
      if (n === 0) continue;
      const [node, to] = pair.split("->");
      if (node === to) continue;
      if (to === "customer") customer++;
      const from = instance.nodes.find((x) => x.id === node)!;
      const dest = to === "customer" ? order.destination : instance.nodes.find((x) => x.id === to)!;
      cost += costs.perShipment + costs.perKm * oracleKm(from, dest);
    }
    return customer > rules.maxShipments ? Infinity : cost;
  };
  const visit = (l: number, acc: number): void => {
    if (l === lines.length) {
      best = Math.min(best, acc + fixedCosts());
      return;
    }
    const line = lines[l];
    const split = (k: number, left: number, sum: number): void => {
      if (k === sources[l].length) {
        visit(l + 1, sum + left * costs.unfilledPerUnit);
        return;
      }
      const { node, to } = sources[l][k];
      const stockKey = `${node.id}/${line.sku}`;
      const pair = `${node.id}->${to}`;
      for (let q = 0; q <= left; q++) {
        const s = (usedStock.get(stockKey) ?? 0) + q;
        const c = (usedCapacity.get(node.id) ?? 0) + q;
        if (s > stockOf(node.id, line.sku) || c > node.capacityLeft) break;
        usedStock.set(stockKey, s);
        usedCapacity.set(node.id, c);
        units.set(pair, (units.get(pair) ?? 0) + q);
        split(k + 1, left - q, sum + q * unitCost(node, line.sku));
        usedStock.set(stockKey, s - q);
        usedCapacity.set(node.id, c - q);
        units.set(pair, units.get(pair)! - q);
      }
    };
    split(0, line.qty, acc);
  };
  visit(0, 0);
  return best;
}

/** Every promise of the certificate, against the true optimum. */
function expectHonestCertificate(plan: Plan, optimum: number): void {
  const { method, optimal, lowerBound, gap } = plan.explanation;
  expect(lowerBound).toBeLessThanOrEqual(optimum + slack(optimum));
  expect(lowerBound).toBeLessThanOrEqual(plan.cost + slack(plan.cost));
  expect(lowerBound).toBeGreaterThanOrEqual(0);
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeCloseTo(plan.cost > 0 ? (plan.cost - lowerBound) / plan.cost : 0, 9);
  // The gap is a promise about the plan: it is never more than that fraction above the optimum.
  expect(plan.cost - optimum).toBeLessThanOrEqual(gap * plan.cost + slack(plan.cost));
  if (method === "EXACT") {
    expect(optimal).toBe(true);
    expect(plan.cost).toBeCloseTo(optimum, 6);
    expect(lowerBound).toBe(plan.cost);
    expect(gap).toBe(0);
  } else {
    expect(method).toBe("BOUNDED");
    expect(optimal).toBe(false);
  }
}

const tiny = arbitraryInstance({ maxNodes: 4, maxLines: 3, maxQty: 2, skus: ["A", "B"] });
const budgets = fc.constantFrom(0, 1, 2, 3, 5, 8, 13, undefined);

describe("plan certificate against brute force", () => {
  it("never bounds above the optimum, with any work budget", () => {
    fc.assert(
      fc.property(tiny, budgets, (instance, maxEvaluations) => {
        const plan = planSourcing(instance, { maxEvaluations });
        expectHonestCertificate(plan, bruteForceOptimum(instance));
      }),
      { numRuns: 400 },
    );
  });

  it("stays honest with shadow prices, which count in the cost and its breakdown", () => {
    fc.assert(
      fc.property(withShadowPrices(tiny), budgets, (instance, maxEvaluations) => {
        const plan = planSourcing(instance, { maxEvaluations });
        expect(findPlanViolations(instance, plan)).toEqual([]);
        expectHonestCertificate(plan, bruteForceWithShadowPrices(instance));
        const breakdown = computePlanCost(instance, plan);
        expect(plan.explanation.cost.shadowPrice).toBeCloseTo(breakdown.shadowPrice!, 9);
        expect(plan.cost).toBeCloseTo(breakdown.total, 9);
      }),
      { numRuns: 400 },
    );
  });

  it("is exact with the default budget on tiny instances with shadow prices", () => {
    fc.assert(
      fc.property(withShadowPrices(tiny), (instance) => {
        const plan = planSourcing(instance);
        expect(plan.explanation.method).toBe("EXACT");
        expect(plan.cost).toBeCloseTo(bruteForceWithShadowPrices(instance), 6);
      }),
      { numRuns: 200 },
    );
  });

  it("reports BOUNDED with a bound below the cost when the budget cuts a hard search short", () => {
    let bounded = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const instance = tightInstance(seed, { nodes: 40, lines: 8 });
      const plan = planSourcing(instance, { maxEvaluations: 2 });
      if (plan.explanation.method !== "BOUNDED") continue;
      bounded++;
      expect(plan.explanation.lowerBound).toBeLessThan(plan.cost);
      expect(plan.explanation.gap).toBeGreaterThan(0);
    }
    expect(bounded).toBeGreaterThan(10);
  });
});

describe("plan certificate against the HiGHS MIP optimum", () => {
  it("bounds below the optimum on tight orders (8 lines, scarce stock and capacity, pickups), whatever the budget", async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const instance = tightInstance(seed, { nodes: 30 + (seed % 4) * 15, lines: 8 });
      const optimum = await solveSourcingMip(instance);
      for (const maxEvaluations of [1, 30, 300, 3000]) {
        const plan = planSourcing(instance, { maxEvaluations });
        expect(findPlanViolations(instance, plan)).toEqual([]);
        expectHonestCertificate(plan, optimum);
      }
    }
  }, 120_000);

  it("bounds below the optimum on random small instances with a cut budget", async () => {
    const instances = fc.sample(arbitraryInstance({ maxNodes: 9, maxLines: 5, maxQty: 4 }), { numRuns: 60, seed: 12 });
    for (const instance of instances) {
      const optimum = await solveSourcingMip(instance);
      for (const maxEvaluations of [2, 10, undefined]) expectHonestCertificate(planSourcing(instance, { maxEvaluations }), optimum);
    }
  }, 120_000);
});
