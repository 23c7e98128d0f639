// The orders of a run whose cost changed most (by |draft - baseline|, largest first), a page at a time.
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { SimulationNotFoundError } from "../errors";
import { listSimulationResultsSchema } from "./schemas";

export interface SimulationResultRow {
  orderId: string;
  orderNumber: string;
  placedAt: Date;
  stockSource: string;
  baselineCostMinor: number;
  draftCostMinor: number;
  deltaMinor: number;
  baselineShipments: number;
  draftShipments: number;
  baselineUnfilled: number;
  draftUnfilled: number;
  baselineKm: number;
  draftKm: number;
  changed: boolean;
}

export interface SimulationResultPage {
  rows: SimulationResultRow[];
  /** Rows matching the filter (all pages). */
  total: number;
  page: number;
  pageSize: number;
}

export async function listSimulationResults(db: Db | Tx, _actor: Actor | null, input: z.input<typeof listSimulationResultsSchema>): Promise<SimulationResultPage> {
  const { id, changedOnly, page, pageSize } = parseInput(listSimulationResultsSchema, input);
  const run = await db.simulationRun.findUnique({ where: { id }, select: { id: true } });
  if (!run) throw new SimulationNotFoundError(id);
  const where = { runId: id, ...(changedOnly ? { changed: true } : {}) };
  const [total, rows] = await Promise.all([
    db.simulationResult.count({ where }),
    // Prisma cannot order by an expression: |delta| needs SQL (the order number breaks ties stably).
    db.$queryRaw<SimulationResultRow[]>`
      SELECT "orderId", "orderNumber", "placedAt", "stockSource", "baselineCostMinor", "draftCostMinor", "deltaMinor",
             "baselineShipments", "draftShipments", "baselineUnfilled", "draftUnfilled", "baselineKm", "draftKm", changed
      FROM "SimulationResult"
      WHERE "runId" = ${id} ${changedOnly ? Prisma.sql`AND changed` : Prisma.empty}
      ORDER BY abs("deltaMinor") DESC, "orderNumber" ASC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  ]);
  return { rows: rows.map((r) => ({ ...r, placedAt: new Date(r.placedAt), baselineKm: Number(r.baselineKm), draftKm: Number(r.draftKm) })), total, page, pageSize };
}
