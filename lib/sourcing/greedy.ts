// The baseline simple systems use: each line, in order, goes to the nearest node that can serve it
// whole, else is split over the nearest nodes that have some. It obeys the same rules as the engine
// but ignores shipment costs. Used by the benchmark and tests, and as a seed so the engine is never
// costlier than it.

import type { Problem } from "./candidates";
import { prepareProblem } from "./candidates";
import { computePlanCost } from "./cost";
import { assemblePlan } from "./plan";
import type { LineQty, PlanShipment, SourcingInstance } from "./types";

/** Allocation triples (arc, line, qty) of the greedy plan over a prepared problem. */
export interface Assignment {
  arc: number;
  line: number;
  qty: number;
}

export function greedyAssignments(p: Problem): Assignment[] {
  const S = p.skuCount;
  const stockLeft = Float64Array.from(p.nodeStock);
  const capacityLeft = Float64Array.from(p.nodeCapacity);
  const opened = new Uint8Array(p.arcCount);
  let newShipments = 0;
  const out: Assignment[] = [];
  const inOrder = p.lines.map((_, l) => l).sort((a, b) => p.lines[a].position - p.lines[b].position);
  for (const l of inOrder) {
    const line = p.lines[l];
    // Arcs are stored by fixed cost, which rises with km whenever perKm > 0: usually sorted already.
    const nearer = (a: number, b: number) => p.arcKm[a] - p.arcKm[b] || a - b;
    let byDistance = line.arcs;
    for (let i = 1; i < byDistance.length; i++) {
      if (nearer(byDistance[i - 1], byDistance[i]) > 0) {
        byDistance = [...line.arcs].sort(nearer);
        break;
      }
    }
    const usable = (a: number) => opened[a] === 1 || !p.arcCountsTowardsLimit[a] || newShipments < p.shipmentLimit;
    const supply = (a: number) => Math.min(stockLeft[p.arcNode[a] * S + line.sku], capacityLeft[p.arcNode[a]]);
    const take = (a: number, qty: number) => {
      const m = p.arcNode[a];
      stockLeft[m * S + line.sku] -= qty;
      capacityLeft[m] -= qty;
      if (!opened[a]) {
        opened[a] = 1;
        if (p.arcCountsTowardsLimit[a]) newShipments += 1;
      }
      out.push({ arc: a, line: l, qty });
    };
    const whole = byDistance.find((a) => usable(a) && supply(a) >= line.qty);
    if (whole !== undefined) {
      take(whole, line.qty);
      continue;
    }
    let remaining = line.qty;
    for (const a of byDistance) {
      if (remaining === 0) break;
      if (!usable(a)) continue;
      const qty = Math.min(remaining, supply(a));
      if (qty <= 0) continue;
      take(a, qty);
      remaining -= qty;
    }
  }
  return out;
}

/** The greedy baseline as a priced plan (no explanation): what a simple system would do. */
export function greedyPlan(
  instance: SourcingInstance,
): { orderId: string; shipments: PlanShipment[]; unfilled: LineQty[]; cost: number } {
  const p = prepareProblem(instance);
  const plan = assemblePlan(p, greedyAssignments(p));
  return { orderId: instance.order.id, ...plan, cost: computePlanCost(instance, plan).total };
}
