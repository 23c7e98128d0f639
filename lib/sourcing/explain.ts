// Builds the explanation shown to agents and admins: per line the candidates and their costs, the
// rejected nodes by reason (counts plus the nearest few), and the next-best plans. Bounded in size.

import type { Problem } from "./candidates";
import { EXAMPLES_PER_REASON, finishSummary } from "./candidates";
import type { PlanLike } from "./cost";
import { computePlanCost } from "./cost";
import { assemblePlan } from "./plan";
import type { Candidate, SearchResult } from "./solve";
import type {
  AlternativeExplanation,
  CandidateExplanation,
  CostBreakdown,
  Explanation,
  FulfillmentNode,
  LineExplanation,
  OpenShipment,
  RejectionSummary,
  UnfilledReason,
} from "./types";

export const CANDIDATES_SHOWN = 5;

export function explainPlan(
  p: Problem,
  result: SearchResult,
  cost: CostBreakdown,
  openShipments: OpenShipment[],
  nodes: ReadonlyMap<string, FulfillmentNode>,
): Explanation {
  const best = result.best;
  const S = p.skuCount;
  const pen = p.penalty;
  const usedArcs = new Set(best.arcs);
  let newLimited = 0;
  for (const a of best.arcs) newLimited += p.arcCountsTowardsLimit[a];
  const limitReached = newLimited >= p.shipmentLimit;

  const lines: LineExplanation[] = p.lines.map((line, l) => {
    const allocatedByArc = new Map<number, number>();
    for (const part of best.alloc) {
      if (part.line === l && part.qty > 0) allocatedByArc.set(part.arc, (allocatedByArc.get(part.arc) ?? 0) + part.qty);
    }
    const unfilled = best.unfilled[l];
    const rejected: RejectionSummary = {
      total: line.rejected.total,
      byReason: { ...line.rejected.byReason },
      examples: line.rejected.examples.map((e) => ({ ...e })),
    };
    // Score every candidate, but build objects only for the few shown: lines can have hundreds.
    const shownArcs: Array<{ k: number; alone: number }> = [];
    let candidateCount = 0;
    let unusedWithSupply = false;
    const splitLimited: Array<{ node: string; reason: "SPLIT_LIMIT"; distanceKm: number }> = [];
    line.arcs.forEach((a, k) => {
      const m = p.arcNode[a];
      const canSupply = line.candidateSupply[k];
      if (!usedArcs.has(a) && canSupply > 0) unusedWithSupply = true;
      // With units short and no shipment left under maxShipments, an unused shipment candidate
      // was in effect rejected by the split limit: say so rather than list it as an option.
      if (unfilled > 0 && limitReached && p.arcCountsTowardsLimit[a] && !usedArcs.has(a)) {
        splitLimited.push({ node: p.nodes[m].id, reason: "SPLIT_LIMIT", distanceKm: line.candidateKm[k] });
        return;
      }
      candidateCount++;
      const alone = p.arcFixed[a] + p.unitCost[m * S + line.sku] * canSupply + pen * (line.qty - canSupply);
      shownArcs.push({ k, alone });
    });
    if (splitLimited.length > 0) {
      rejected.total += splitLimited.length;
      rejected.byReason.SPLIT_LIMIT = splitLimited.length;
      splitLimited.sort((x, y) => x.distanceKm - y.distanceKm || (x.node < y.node ? -1 : 1));
      rejected.examples.push(...splitLimited.slice(0, EXAMPLES_PER_REASON));
      finishSummary(rejected);
    }
    const nodeOf = (k: number) => p.nodes[p.arcNode[line.arcs[k]]].id;
    const before = (x: { k: number; alone: number }, y: { k: number; alone: number }) =>
      x.alone < y.alone || (x.alone === y.alone && nodeOf(x.k) < nodeOf(y.k));
    // The cheapest few by insertion into a short list, plus the nodes the plan uses.
    const cheapest: Array<{ k: number; alone: number }> = [];
    for (const x of shownArcs) {
      if (cheapest.length === CANDIDATES_SHOWN && !before(x, cheapest[CANDIDATES_SHOWN - 1])) continue;
      let i = Math.min(cheapest.length, CANDIDATES_SHOWN - 1);
      cheapest[i] = x;
      while (i > 0 && before(cheapest[i], cheapest[i - 1])) {
        [cheapest[i], cheapest[i - 1]] = [cheapest[i - 1], cheapest[i]];
        i--;
      }
    }
    const picked = new Set(cheapest.map((x) => x.k));
    const chosen = shownArcs.filter((x) => !picked.has(x.k) && allocatedByArc.has(line.arcs[x.k]));
    const shown: CandidateExplanation[] = [...cheapest, ...chosen.sort((x, y) => (before(x, y) ? -1 : 1))]
      .map(({ k, alone }) => {
        const a = line.arcs[k];
        const m = p.arcNode[a];
        return {
          node: p.nodes[m].id,
          type: p.nodes[m].type,
          distanceKm: line.candidateKm[k],
          available: p.nodeStock[m * S + line.sku],
          canSupply: line.candidateSupply[k],
          shipmentCost: p.arcFixed[a],
          handlingPerUnit: p.unitCost[m * S + line.sku],
          costToServeAlone: alone,
          allocated: allocatedByArc.get(a) ?? 0,
        };
      });
    let unfilledReason: UnfilledReason | undefined;
    if (unfilled > 0) {
      if (line.blocked) unfilledReason = line.blocked;
      else if (line.arcs.length === 0) unfilledReason = "NO_CANDIDATE";
      else if (limitReached && line.dest === 0 && unusedWithSupply) unfilledReason = "SPLIT_LIMIT";
      else if (unusedWithSupply) unfilledReason = "CHEAPER_UNFILLED";
      else unfilledReason = "INSUFFICIENT_STOCK";
    }
    return {
      line: line.line.id,
      sku: line.line.sku,
      qty: line.qty,
      mode: line.line.mode,
      to: line.line.mode === "SHIP" ? "customer" : line.line.pickupNode!,
      allocated: [...allocatedByArc.entries()]
        .map(([a, qty]) => ({ node: p.nodes[p.arcNode[a]].id, qty }))
        .sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0)),
      unfilled,
      ...(unfilledReason ? { unfilledReason } : {}),
      candidateCount,
      candidates: shown,
      rejected,
      position: line.position,
    };
  })
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, ...rest }) => rest);

  return {
    method: result.exact ? "EXACT" : "BOUNDED",
    optimal: result.exact,
    ...certificate(result.exact, cost.total, result.lowerBound),
    evaluations: result.evaluations,
    cost,
    lines,
    alternatives: result.alternatives.map((alt) => describeAlternative(p, best, alt, cost.total, openShipments, nodes)),
  };
}

/**
 * The plan's certificate: the proven lower bound (the cost itself when exact; never above it) and
 * the relative gap (cost - bound) / cost, 0 for a plan of cost 0.
 */
export function certificate(exact: boolean, cost: number, bound: number): { lowerBound: number; gap: number } {
  if (exact) return { lowerBound: cost, gap: 0 };
  const lowerBound = Math.max(0, Math.min(cost, bound));
  return { lowerBound, gap: cost > 0 ? (cost - lowerBound) / cost : 0 };
}

function describeAlternative(
  p: Problem,
  best: Candidate,
  alt: Candidate,
  bestCost: number,
  openShipments: OpenShipment[],
  nodes: ReadonlyMap<string, FulfillmentNode>,
): AlternativeExplanation {
  const plan: PlanLike = assemblePlan(p, alt.alloc);
  const cost = computePlanCost(p.instance, plan, { openShipments, nodes });
  const arcName = (a: number) => ({ node: p.nodes[p.arcNode[a]].id, to: p.dests[p.arcDest[a]].id });
  const mine = new Set(best.arcs);
  const theirs = new Set(alt.arcs);
  return {
    cost: cost.total,
    delta: Math.max(0, cost.total - bestCost),
    shipmentCount: cost.shipmentCount,
    unfilledUnits: cost.unfilledUnits,
    shipments: plan.shipments.map((s) => ({
      node: s.node,
      to: s.to,
      units: s.lines.reduce((sum, l) => sum + l.qty, 0),
    })),
    added: alt.arcs.filter((a) => !mine.has(a)).map(arcName),
    removed: best.arcs.filter((a) => !theirs.has(a)).map(arcName),
  };
}
