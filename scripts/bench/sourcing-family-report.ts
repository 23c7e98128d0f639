// The instance-family part of `npm run bench:sourcing`: per family, latency percentiles and
// decisions per second, and where HiGHS can give the optimum, the gap distribution, the share of
// plans certified EXACT and how far each plan's reported lower bound sits below the optimum.

import { performance } from "node:perf_hooks";
import { findPlanViolations, planSourcing, type Plan, type SourcingInstance } from "@/lib/sourcing";
import { familyInstances, families, type FamilySpec } from "./sourcing-families";
import { solveSourcingMip } from "./sourcing-mip";

export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
const fmt = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));
const pct = (x: number, digits = 4) => `${fmt(100 * x, digits)}%`;
const mean = (xs: number[]) => (xs.length === 0 ? NaN : xs.reduce((s, x) => s + x, 0) / xs.length);

/** The certificate fields of a plan, read defensively: older plans carry neither bound nor gap. */
export function certificate(plan: Plan): { method: string; lowerBound?: number; gap?: number } {
  const e = plan.explanation as Plan["explanation"] & { lowerBound?: unknown; gap?: unknown };
  return {
    method: String(e.method),
    ...(typeof e.lowerBound === "number" && Number.isFinite(e.lowerBound) ? { lowerBound: e.lowerBound } : {}),
    ...(typeof e.gap === "number" && Number.isFinite(e.gap) ? { gap: e.gap } : {}),
  };
}

interface Run {
  instance: SourcingInstance;
  plan: Plan;
  ms: number;
  bestMs: number;
}

/** Latency families get 3 calls per order (the fastest shows the decision's own cost); MIP ones 1. */
function measure(instances: SourcingInstance[], repeats: number): Run[] {
  return instances.map((instance) => {
    const start = performance.now();
    const plan = planSourcing(instance);
    const ms = performance.now() - start;
    let bestMs = ms;
    for (let r = 1; r < repeats; r++) {
      const again = performance.now();
      planSourcing(instance);
      bestMs = Math.min(bestMs, performance.now() - again);
    }
    return { instance, plan, ms, bestMs };
  });
}

function latency(runs: Run[], pick: (r: Run) => number) {
  const ms = runs.map(pick).sort((a, b) => a - b);
  const total = ms.reduce((s, x) => s + x, 0);
  return {
    p50Ms: quantile(ms, 0.5),
    p95Ms: quantile(ms, 0.95),
    p99Ms: quantile(ms, 0.99),
    maxMs: ms[ms.length - 1],
    decisionsPerSecond: runs.length / (total / 1000),
  };
}

const TOL = 1e-6;

export async function runFamilies(options: {
  quick: boolean;
  only: string[];
  log: (...parts: unknown[]) => void;
}): Promise<{ figures: Record<string, unknown>; verdicts: Verdict[] }> {
  const { log } = options;
  const specs = families(options.quick ? 0.2 : 1).filter((f) => options.only.length === 0 || options.only.includes(f.name));
  const unknown = options.only.filter((name) => !families().some((f) => f.name === name));
  if (unknown.length > 0) throw new Error(`Unknown family ${unknown.join(", ")}; known: ${families().map((f) => f.name).join(", ")}`);
  const figures: Record<string, unknown> = {};
  const verdicts: Verdict[] = [];

  // Warm the JIT on every family (other seeds) so that no family is charged for compilation.
  for (const spec of specs) for (const instance of familyInstances(spec, 500 + spec.name.length, spec.mip ? 15 : 150)) planSourcing(instance);

  log("");
  log("instance families (own generator: geography, stock density, lines, costs, capacities; see docs/sourcing.md):");
  log("family        orders  nodes    lines | first call: p50 ms  p95 ms  p99 ms  max ms decisions/s | fastest of 3: p99 ms decisions/s | exact%");
  const gapRows: string[] = [];
  for (const [index, spec] of specs.entries()) {
    const instances = familyInstances(spec, 10_000 + index * 97, spec.orders);
    const repeats = spec.mip ? 1 : 3;
    const runs = measure(instances, repeats);
    const first = latency(runs, (r) => r.ms);
    const best = latency(runs, (r) => r.bestMs);
    const exactShare = runs.filter((r) => certificate(r.plan).method === "EXACT").length / runs.length;
    const infeasible = runs.filter((r) => findPlanViolations(r.instance, r.plan).length > 0).length;
    const nodes = typeof spec.nodes === "number" ? String(spec.nodes) : `${spec.nodes[0]}-${spec.nodes[1]}`;
    const lines = spec.lines[0] === spec.lines[1] ? String(spec.lines[0]) : `${spec.lines[0]}-${spec.lines[1]}`;
    log(
      `${spec.name.padEnd(13)} ${String(runs.length).padStart(6)} ${nodes.padStart(6)} ${lines.padStart(8)} |` +
        `${fmt(first.p50Ms).padStart(18)} ${fmt(first.p95Ms).padStart(7)} ${fmt(first.p99Ms).padStart(7)} ${fmt(first.maxMs).padStart(7)} ${fmt(first.decisionsPerSecond, 0).padStart(11)} |` +
        (repeats > 1 ? `${fmt(best.p99Ms).padStart(20)} ${fmt(best.decisionsPerSecond, 0).padStart(11)}` : `${"-".padStart(20)} ${"-".padStart(11)}`) +
        ` | ${fmt(100 * exactShare, 1).padStart(6)}`,
    );
    const figure: Record<string, unknown> = {
      description: spec.description,
      orders: runs.length,
      firstCall: first,
      ...(repeats > 1 ? { fastestOf3: best } : {}),
      exactShare,
      infeasiblePlans: infeasible,
    };
    verdicts.push({ target: `every plan feasible (${spec.name})`, measured: `${infeasible} infeasible`, met: infeasible === 0 });
    if (spec.nodes === 200 && spec.lines[0] === 5 && spec.lines[1] === 5) {
      verdicts.push({ target: `p99 < 5 ms at 200 nodes, exactly 5 lines (${spec.name})`, measured: `${fmt(first.p99Ms)} ms`, met: first.p99Ms < 5 });
    }
    if (spec.nodes === 1000) {
      verdicts.push({
        target: `>= 2,000 decisions/s at 1,000 nodes, 1-5 lines (${spec.name})`,
        measured: `${fmt(first.decisionsPerSecond, 0)} /s`,
        met: first.decisionsPerSecond >= 2000,
      });
    }
    if (spec.mip) {
      figure.mip = await gapFigures(spec, runs, gapRows, verdicts);
      if (spec.name.startsWith("tight")) {
        verdicts.push({ target: `p99 < 20 ms on large tight orders (${spec.name})`, measured: `${fmt(first.p99Ms)} ms`, met: first.p99Ms < 20 });
      }
    }
    figures[spec.name] = figure;
  }
  if (gapRows.length > 0) {
    log("");
    log("gap to the HiGHS optimum, (cost - optimum) / optimum, and reported lower bounds (lowerBound, gap in the plan's explanation):");
    log("family        orders | gap mean      p99       max  >1% | EXACT%  EXACT off optimum | bound below optimum: mean      max  | bound above optimum  reported gap < true gap  no bound");
    for (const row of gapRows) log(row);
  }
  return { figures, verdicts };
}

async function gapFigures(spec: FamilySpec, runs: Run[], rows: string[], verdicts: Verdict[]) {
  const gaps: number[] = [];
  const boundDistance: number[] = [];
  let exact = 0;
  let exactOff = 0;
  let boundAbove = 0;
  let understated = 0;
  let noBound = 0;
  let belowOptimum = 0;
  let mipMs = 0;
  for (const run of runs) {
    const t = performance.now();
    const optimum = await solveSourcingMip(run.instance);
    mipMs += performance.now() - t;
    const scale = Math.max(1e-9, Math.abs(optimum));
    const gap = (run.plan.cost - optimum) / scale;
    if (gap < -TOL) belowOptimum++;
    gaps.push(Math.max(0, gap));
    const cert = certificate(run.plan);
    if (cert.method === "EXACT") {
      exact++;
      if (Math.abs(gap) > TOL) exactOff++;
    }
    if (cert.lowerBound === undefined) noBound++;
    else {
      boundDistance.push(Math.max(0, (optimum - cert.lowerBound) / scale));
      if (cert.lowerBound > optimum + TOL * Math.max(1, Math.abs(optimum))) boundAbove++;
      // The reported gap is (cost - bound) / cost: it must be at least the true (cost - optimum) / cost.
      const trueGap = run.plan.cost > 0 ? (run.plan.cost - optimum) / run.plan.cost : 0;
      if (cert.gap !== undefined && cert.gap < trueGap - TOL) understated++;
    }
  }
  const sorted = [...gaps].sort((a, b) => a - b);
  const sortedBounds = [...boundDistance].sort((a, b) => a - b);
  const figure = {
    meanGap: mean(gaps),
    p99Gap: quantile(sorted, 0.99),
    maxGap: sorted[sorted.length - 1],
    over1Percent: gaps.filter((g) => g > 0.01).length,
    exactShare: exact / runs.length,
    exactButOffOptimum: exactOff,
    bound: {
      reported: boundDistance.length,
      meanBelowOptimum: mean(boundDistance),
      maxBelowOptimum: sortedBounds.length ? sortedBounds[sortedBounds.length - 1] : NaN,
      aboveOptimum: boundAbove,
      gapUnderstated: understated,
      missing: noBound,
    },
    plansCheaperThanMip: belowOptimum,
    mipMeanMs: mipMs / runs.length,
  };
  rows.push(
    `${spec.name.padEnd(13)} ${String(runs.length).padStart(6)} | ${pct(figure.meanGap).padStart(8)} ${pct(figure.p99Gap).padStart(9)} ${pct(figure.maxGap).padStart(9)} ${String(figure.over1Percent).padStart(4)} |` +
      ` ${fmt(100 * figure.exactShare, 1).padStart(6)} ${String(exactOff).padStart(18)} |` +
      ` ${(boundDistance.length ? pct(figure.bound.meanBelowOptimum, 3) : "-").padStart(26)} ${(boundDistance.length ? pct(figure.bound.maxBelowOptimum, 3) : "-").padStart(8)} |` +
      ` ${String(boundAbove).padStart(19)} ${String(understated).padStart(24)} ${String(noBound).padStart(9)}` +
      `   (HiGHS ${fmt(figure.mipMeanMs, 1)} ms/order; plans cheaper than HiGHS, must be 0: ${belowOptimum})`,
  );
  verdicts.push({
    target: `EXACT plans equal the optimum and no plan beats HiGHS (${spec.name})`,
    measured: `${exactOff} EXACT plans off, ${belowOptimum} below`,
    met: exactOff === 0 && belowOptimum === 0,
  });
  verdicts.push({
    target: `reported lower bounds never above the optimum, gaps never understated (${spec.name})`,
    measured: noBound === runs.length ? "no bound reported" : `${boundAbove} above, ${understated} understated, ${noBound} without bound`,
    met: noBound < runs.length && boundAbove === 0 && understated === 0,
  });
  if (spec.name.startsWith("tight")) {
    verdicts.push({
      target: `no plan > 1% above optimum, mean gap < 0.05% (${spec.name})`,
      measured: `${figure.over1Percent} above 1%, mean ${pct(figure.meanGap)}, max ${pct(figure.maxGap)}`,
      met: figure.over1Percent === 0 && figure.meanGap < 0.0005,
    });
  }
  return figure;
}
