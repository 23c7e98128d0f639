// The newest run of a draft, whatever its status: the publish dialog shows its figures, and whether
// they still belong to the draft's content (ruleSetLockVersion against the draft's lockVersion).
import type { z } from "zod";
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import type { SimulationSummary } from "../summary";
import { readSummary } from "./list-simulations";
import { getLatestSimulationSchema, type SimulationStatusCode } from "./schemas";

export interface LatestSimulation {
  id: string;
  status: SimulationStatusCode;
  ruleSetLockVersion: number;
  periodFrom: Date;
  periodTo: Date;
  total: number;
  done: number;
  summary: SimulationSummary | null;
}

export async function getLatestSimulation(db: Db | Tx, _actor: Actor | null, input: z.input<typeof getLatestSimulationSchema>): Promise<LatestSimulation | null> {
  const { ruleSetId } = parseInput(getLatestSimulationSchema, input);
  const row = await db.simulationRun.findFirst({
    where: { ruleSetId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, status: true, ruleSetLockVersion: true, periodFrom: true, periodTo: true, total: true, done: true, summary: true },
  });
  if (!row) return null;
  return { ...row, summary: readSummary(row.summary) };
}
