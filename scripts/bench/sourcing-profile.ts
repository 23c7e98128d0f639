// Profiling aid for the sourcing engine: `npx tsx scripts/bench/sourcing-profile.ts <family> [orders]`
// times the stages of a decision on one benchmark family (preparation, search, the whole
// planSourcing call; the rest is plan assembly and explanation), first and second call per order.
// For a CPU profile: node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/sourcing-profile.ts

import { performance } from "node:perf_hooks";
import { planSourcing, prepareProblem, searchPlan } from "@/lib/sourcing";
import { familyInstances, families } from "./sourcing-families";

const [name = "na-200-5", count = "500"] = process.argv.slice(2);
const spec = families().find((f) => f.name === name);
if (!spec) throw new Error(`Unknown family ${name}; known: ${families().map((f) => f.name).join(", ")}`);
const warm = familyInstances(spec, 77, 100);
const instances = familyInstances(spec, 10_000, Number(count));
type Stage = "prepare" | "search" | "planSourcing";
const stages: Record<Stage, number[]> = { prepare: [], search: [], planSourcing: [] };

function once(instance: (typeof instances)[number], record: boolean) {
  const t0 = performance.now();
  const problem = prepareProblem(instance);
  const t1 = performance.now();
  searchPlan(problem, { alternatives: 3, maxEvaluations: 20_000, localSearchEvaluations: 2_000 });
  const t2 = performance.now();
  planSourcing(instance);
  const t3 = performance.now();
  if (record) {
    stages.prepare.push(t1 - t0);
    stages.search.push(t2 - t1);
    stages.planSourcing.push(t3 - t2);
  }
}

for (const instance of warm) once(instance, false);
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * xs.length) - 1)];
for (const pass of ["first", "second"]) {
  for (const key of Object.keys(stages) as Stage[]) stages[key] = [];
  for (const instance of instances) once(instance, true);
  console.log(`${name}, ${pass} pass over ${instances.length} orders:`);
  for (const [key, xs] of Object.entries(stages)) {
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    console.log(`  ${key.padEnd(12)} mean ${mean.toFixed(3)} ms  p50 ${q(xs, 0.5).toFixed(3)}  p99 ${q(xs, 0.99).toFixed(3)}  max ${q(xs, 1).toFixed(3)}`);
  }
}
