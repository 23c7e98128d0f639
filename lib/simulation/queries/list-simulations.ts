// The simulation runs, newest first: all of them, or one draft's (the run page's "compare with").
import type { z } from "zod";
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import type { SimulationSummary } from "../summary";
import { listSimulationsSchema, type SimulationStatusCode } from "./schemas";

export interface SimulationListItem {
  id: string;
  status: SimulationStatusCode;
  ruleSetId: string;
  /** The draft's version number and name as they are now. */
  draftVersion: number;
  draftName: string;
  /** The draft's lockVersion the run simulated, and whether the draft still has that content. */
  ruleSetLockVersion: number;
  draftUnchanged: boolean;
  baselineVersion: number | null;
  periodFrom: Date;
  periodTo: Date;
  total: number;
  done: number;
  cancelRequested: boolean;
  createdByName: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** Headline figures when the run is DONE. */
  orders: number | null;
  changed: number | null;
  deltaCostMinor: number | null;
}

export const LIST_SELECT = {
  id: true,
  status: true,
  ruleSetId: true,
  ruleSetLockVersion: true,
  baselineVersion: true,
  periodFrom: true,
  periodTo: true,
  total: true,
  done: true,
  cancelRequested: true,
  createdByName: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  summary: true,
  ruleSet: { select: { version: true, name: true, status: true, lockVersion: true } },
} as const;

type Row = {
  summary: unknown;
  ruleSet: { version: number; name: string; status: string; lockVersion: number };
  status: SimulationStatusCode;
} & Omit<SimulationListItem, "draftVersion" | "draftName" | "draftUnchanged" | "orders" | "changed" | "deltaCostMinor" | "status">;

/** The summary JSON when it reads as one (a run not DONE has none). */
export function readSummary(value: unknown): SimulationSummary | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const s = value as Partial<SimulationSummary>;
  return typeof s.orders === "number" && s.baseline && s.draft ? (value as SimulationSummary) : null;
}

export function toListItem({ summary, ruleSet, ...row }: Row): SimulationListItem {
  const s = readSummary(summary);
  return {
    ...row,
    draftVersion: ruleSet.version,
    draftName: ruleSet.name,
    draftUnchanged: ruleSet.status === "DRAFT" && ruleSet.lockVersion === row.ruleSetLockVersion,
    orders: s?.orders ?? null,
    changed: s?.changed ?? null,
    deltaCostMinor: s?.deltaCostMinor ?? null,
  };
}

export async function listSimulations(db: Db | Tx, _actor: Actor | null, input: z.input<typeof listSimulationsSchema> = {}): Promise<SimulationListItem[]> {
  const { ruleSetId, status, limit } = parseInput(listSimulationsSchema, input);
  const rows = await db.simulationRun.findMany({
    where: { ...(ruleSetId ? { ruleSetId } : {}), ...(status ? { status } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: LIST_SELECT,
  });
  return rows.map((r) => toListItem(r as Row));
}
