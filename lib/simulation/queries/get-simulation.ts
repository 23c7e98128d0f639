// One run: where it stands (status, progress), what it compared, and its headline figures once DONE.
import type { z } from "zod";
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { SimulationNotFoundError } from "../errors";
import type { SimulationSummary } from "../summary";
import { LIST_SELECT, readSummary, toListItem, type SimulationListItem } from "./list-simulations";
import { getSimulationSchema } from "./schemas";

export interface SimulationDetail extends SimulationListItem {
  /** done / total (0..1); 0 while the orders are not counted yet, 1 once DONE. */
  progress: number;
  summary: SimulationSummary | null;
  /** A code (FAILED runs). */
  error: string | null;
  heartbeatAt: Date | null;
  /** The baseline's and the draft's definitions as they were copied at the start. */
  baseline: unknown;
  draft: unknown;
}

export function progressOf(status: string, done: number, total: number): number {
  if (status === "DONE") return 1;
  return total > 0 ? Math.min(1, done / total) : 0;
}

export async function getSimulation(db: Db | Tx, _actor: Actor | null, input: z.input<typeof getSimulationSchema>): Promise<SimulationDetail> {
  const { id } = parseInput(getSimulationSchema, input);
  const row = await db.simulationRun.findUnique({
    where: { id },
    select: { ...LIST_SELECT, error: true, heartbeatAt: true, baseline: true, draft: true },
  });
  if (!row) throw new SimulationNotFoundError(id);
  const { error, heartbeatAt, baseline, draft, ...listRow } = row;
  const item = toListItem(listRow as Parameters<typeof toListItem>[0]);
  return { ...item, progress: progressOf(item.status, item.done, item.total), summary: readSummary(row.summary), error, heartbeatAt, baseline, draft };
}
