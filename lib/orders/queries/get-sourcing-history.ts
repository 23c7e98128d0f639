// Every sourcing decision of one order, oldest first, read for the order page's explanation panel:
// each decision's plan and explanation, where the customer was at the time, what changed against
// the decision before, the nodes they name (with coordinates for the map), and which decision
// currently plans each line (re-sourcing plans only the units it moves).
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { diffDecisions, latestDecisionByLine, parseExplanation, type DecisionDiff, type ParsedExplanation, type PlanShipmentRef } from "../sourcing/explain-view";

export const getSourcingHistoryInput = z.object({ orderId: z.string().trim().min(1).max(64) });
export type GetSourcingHistoryInput = z.input<typeof getSourcingHistoryInput>;

const lineQty = z.object({ line: z.union([z.string(), z.number()]).transform(String), qty: z.number() });
const storedPlan = z.object({
  shipments: z.array(z.object({ node: z.string(), to: z.string().default("customer"), lines: z.array(lineQty).default([]) })).default([]),
  unfilled: z.array(lineQty).default([]),
});
const point = z.object({ lat: z.number(), lng: z.number() });

export interface ExplainNode {
  id: string;
  code: string;
  name: string;
  city: string;
  type: string;
  lat: number;
  lng: number;
}

export interface SourcingDecisionView {
  id: string;
  reason: string;
  createdAt: Date;
  costMinor: number;
  /** False when the stored plan could not be read. */
  readable: boolean;
  shipments: PlanShipmentRef[];
  unfilled: Array<{ line: string; qty: number }>;
  explanation: ParsedExplanation;
  /** The customer's (or pickup store's) position the decision sourced for, when recorded. */
  destination: { lat: number; lng: number } | null;
  /** Against the decision before; null for the first. */
  changes: DecisionDiff | null;
  /** Order lines this decision planned (ids or line numbers, as stored). */
  lineRefs: string[];
}

export interface SourcingHistoryLine {
  id: string;
  lineNo: number;
  qty: number;
  cancelledQty: number;
  status: string;
  deliveryMode: string;
  sku: string;
  name: string;
  /** The decision that currently plans this line; null when none does. */
  decisionId: string | null;
}

export interface SourcingHistory {
  /** Oldest first. */
  decisions: SourcingDecisionView[];
  lines: SourcingHistoryLine[];
  /** Every node the decisions name, by the reference they use (database id or code). */
  nodes: Record<string, ExplainNode>;
}

function nodeRefsOf(d: { shipments: PlanShipmentRef[]; explanation: ParsedExplanation }): string[] {
  const refs: string[] = [];
  for (const s of d.shipments) refs.push(s.node, s.to);
  for (const l of d.explanation.lines) {
    refs.push(l.to, ...l.allocated.map((a) => a.node), ...l.candidates.map((c) => c.node), ...l.rejected.examples.map((e) => e.node));
  }
  for (const a of d.explanation.alternatives) refs.push(...a.shipments.flatMap((s) => [s.node, s.to]));
  return refs.filter((r) => r !== "customer");
}

/** The order's decisions with what each says and changed; empty lists when it has none. */
export async function getSourcingHistory(db: Db | Tx, actor: Actor | undefined, rawInput: GetSourcingHistoryInput): Promise<SourcingHistory> {
  if (actor) authorize(actor, "order.view");
  const { orderId } = parseInput(getSourcingHistoryInput, rawInput);
  const [rows, destinations, orderLines] = await Promise.all([
    db.sourcingDecision.findMany({
      where: { orderId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, reason: true, createdAt: true, costMinor: true, plan: true, explanation: true },
    }),
    // Only the destination of the stored snapshot: the whole input names every node of the network.
    db.$queryRaw<Array<{ id: string; destination: unknown }>>`SELECT id, input->'order'->'destination' AS destination FROM "SourcingDecision" WHERE "orderId" = ${orderId}`,
    db.orderLine.findMany({
      where: { orderId },
      orderBy: { lineNo: "asc" },
      select: { id: true, lineNo: true, qty: true, cancelledQty: true, status: true, deliveryMode: true, sku: { select: { code: true, name: true } } },
    }),
  ]);
  const destinationOf = new Map(destinations.map((d) => [d.id, point.safeParse(d.destination)]));

  const decisions: SourcingDecisionView[] = [];
  for (const row of rows) {
    const plan = storedPlan.safeParse(row.plan);
    const explanation = parseExplanation(row.explanation);
    const shipments = plan.success ? plan.data.shipments : [];
    const unfilled = plan.success ? plan.data.unfilled : [];
    const lineRefs = [...new Set([...shipments.flatMap((s) => s.lines.map((l) => l.line)), ...unfilled.map((l) => l.line), ...explanation.lines.map((l) => l.line)])];
    const dest = destinationOf.get(row.id);
    const previous = decisions[decisions.length - 1];
    decisions.push({
      id: row.id,
      reason: row.reason,
      createdAt: row.createdAt,
      costMinor: row.costMinor,
      readable: plan.success,
      shipments,
      unfilled,
      explanation,
      destination: dest?.success ? dest.data : null,
      changes: previous ? diffDecisions(previous, { shipments, costMinor: row.costMinor }) : null,
      lineRefs,
    });
  }

  const refs = [...new Set(decisions.flatMap(nodeRefsOf))];
  const found = refs.length
    ? await db.node.findMany({ where: { OR: [{ id: { in: refs } }, { code: { in: refs } }] }, select: { id: true, code: true, name: true, city: true, type: true, lat: true, lng: true } })
    : [];
  const nodes: Record<string, ExplainNode> = {};
  for (const n of found) nodes[n.id] = nodes[n.code] = n;

  const current = latestDecisionByLine(decisions, orderLines);
  const lines = orderLines.map((l) => ({
    id: l.id,
    lineNo: l.lineNo,
    qty: l.qty,
    cancelledQty: l.cancelledQty,
    status: l.status,
    deliveryMode: l.deliveryMode,
    sku: l.sku.code,
    name: l.sku.name,
    decisionId: current.get(l.id) ?? null,
  }));
  return { decisions, lines, nodes };
}
