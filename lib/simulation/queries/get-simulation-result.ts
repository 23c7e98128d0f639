// One replayed order of a run: both plans side by side, each with its shipments, cost parts and the
// engine's explanation per line (chosen nodes, rejected nodes by reason), and the nodes' names.
import type { z } from "zod";
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import type { Explanation, LineQty, PlanShipment } from "@/lib/sourcing";
import { SimulationNotFoundError } from "../errors";
import { getSimulationResultSchema, type SimulationStatusCode } from "./schemas";

export interface SimulationPlanSide {
  costMinor: number;
  shipments: number;
  unfilledUnits: number;
  km: number;
  storeUnits: number;
  promise: Date | null;
  /** The plan's shipments and unfilled lines, as the engine returned them. */
  planShipments: PlanShipment[];
  unfilled: LineQty[];
  explanation: Explanation | null;
}

export interface SimulationResultDetail {
  run: { id: string; status: SimulationStatusCode; draftVersion: number; baselineVersion: number | null };
  orderId: string;
  orderNumber: string;
  placedAt: Date;
  stockSource: string;
  deltaMinor: number;
  changed: boolean;
  baseline: SimulationPlanSide;
  draft: SimulationPlanSide;
  /** Names of the nodes the two plans mention, by code. */
  nodeNames: Record<string, string>;
  /** Order lines by id: what the explanation's line ids are about. */
  lines: Record<string, { sku: string; name: string | null }>;
}

/** Reads the stored {"plan": {...}, "explanation": {...}} of one side, tolerating older shapes. */
export function readPlanJson(value: unknown): Pick<SimulationPlanSide, "planShipments" | "unfilled" | "explanation"> {
  const v = (value && typeof value === "object" ? value : {}) as { plan?: unknown; explanation?: unknown };
  const plan = (v.plan && typeof v.plan === "object" ? v.plan : v) as { shipments?: unknown; unfilled?: unknown; explanation?: unknown };
  const explanation = (v.explanation ?? plan.explanation ?? null) as Explanation | null;
  return {
    planShipments: Array.isArray(plan.shipments) ? (plan.shipments as PlanShipment[]) : [],
    unfilled: Array.isArray(plan.unfilled) ? (plan.unfilled as LineQty[]) : [],
    explanation: explanation && typeof explanation === "object" && Array.isArray(explanation.lines) ? explanation : null,
  };
}

function nodeCodes(side: Pick<SimulationPlanSide, "planShipments" | "explanation">): string[] {
  const codes: string[] = [];
  for (const s of side.planShipments) codes.push(s.node, s.to);
  for (const l of side.explanation?.lines ?? []) {
    codes.push(l.to, ...l.allocated.map((a) => a.node), ...l.candidates.map((c) => c.node), ...l.rejected.examples.map((e) => e.node));
  }
  return codes.filter((c) => c && c !== "customer");
}

export async function getSimulationResult(db: Db | Tx, _actor: Actor | null, input: z.input<typeof getSimulationResultSchema>): Promise<SimulationResultDetail> {
  const { id, orderId } = parseInput(getSimulationResultSchema, input);
  const run = await db.simulationRun.findUnique({ where: { id }, select: { id: true, status: true, baselineVersion: true, ruleSet: { select: { version: true } } } });
  if (!run) throw new SimulationNotFoundError(id);
  const row = await db.simulationResult.findUnique({ where: { runId_orderId: { runId: id, orderId } } });
  if (!row) throw new SimulationNotFoundError(id, orderId);
  const baselinePlan = readPlanJson(row.baselinePlan);
  const draftPlan = readPlanJson(row.draftPlan);
  const codes = [...new Set([...nodeCodes(baselinePlan), ...nodeCodes(draftPlan)])];
  const lineIds = [...new Set([...(baselinePlan.explanation?.lines ?? []), ...(draftPlan.explanation?.lines ?? [])].map((l) => l.line))];
  const [nodes, lines] = await Promise.all([
    codes.length ? db.node.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } }) : [],
    lineIds.length ? db.orderLine.findMany({ where: { id: { in: lineIds } }, select: { id: true, sku: { select: { code: true, name: true } } } }) : [],
  ]);
  return {
    run: { id: run.id, status: run.status, draftVersion: run.ruleSet.version, baselineVersion: run.baselineVersion },
    orderId: row.orderId,
    orderNumber: row.orderNumber,
    placedAt: row.placedAt,
    stockSource: row.stockSource,
    deltaMinor: row.deltaMinor,
    changed: row.changed,
    baseline: {
      costMinor: row.baselineCostMinor,
      shipments: row.baselineShipments,
      unfilledUnits: row.baselineUnfilled,
      km: row.baselineKm,
      storeUnits: row.baselineStoreUnits,
      promise: row.baselinePromise,
      ...baselinePlan,
    },
    draft: {
      costMinor: row.draftCostMinor,
      shipments: row.draftShipments,
      unfilledUnits: row.draftUnfilled,
      km: row.draftKm,
      storeUnits: row.draftStoreUnits,
      promise: row.draftPromise,
      ...draftPlan,
    },
    nodeNames: Object.fromEntries(nodes.map((n) => [n.code, n.name])),
    lines: Object.fromEntries(lines.map((l) => [l.id, { sku: l.sku.code, name: l.sku.name }])),
  };
}
