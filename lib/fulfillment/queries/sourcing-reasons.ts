// Why units came to a node, for the store queue and the DC console: for each fulfilment order, the
// latest sourcing decision of its order that gave this node units of its lines, read through the
// decision's line explanation (the chosen node against the next cheapest candidate, or why no
// other node could serve). Work placed without an explanation (seeded history) has no reason.
import type { Db, Tx } from "@/lib/db";
import { nodeReasonInDecision, parseExplanation } from "@/lib/orders";
import type { WorkSourcingReason } from "../work-reason-shape";

export async function sourcingReasonsFor(db: Db | Tx, fulfillmentOrderIds: string[]): Promise<Record<string, WorkSourcingReason>> {
  if (!fulfillmentOrderIds.length) return {};
  const fos = await db.fulfillmentOrder.findMany({
    where: { id: { in: fulfillmentOrderIds } },
    select: { id: true, orderId: true, node: { select: { id: true, code: true } }, order: { select: { currency: true } }, lines: { select: { orderLineId: true, orderLine: { select: { lineNo: true } } } } },
  });
  const orderIds = [...new Set(fos.map((f) => f.orderId))];
  const decisions = await db.sourcingDecision.findMany({
    where: { orderId: { in: orderIds } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { orderId: true, explanation: true },
  });
  const byOrder = new Map<string, Array<ReturnType<typeof parseExplanation>>>();
  for (const d of decisions) {
    const list = byOrder.get(d.orderId) ?? [];
    list.push(parseExplanation(d.explanation));
    byOrder.set(d.orderId, list);
  }

  const found = new Map<string, { result: NonNullable<ReturnType<typeof nodeReasonInDecision>>; currency: string; lineNo: number | null }>();
  const refs = new Set<string>();
  for (const fo of fos) {
    const lineIds = new Set(fo.lines.map((l) => l.orderLineId));
    for (const explanation of byOrder.get(fo.orderId) ?? []) {
      const r = nodeReasonInDecision(explanation.lines, fo.node.code, lineIds) ?? nodeReasonInDecision(explanation.lines, fo.node.id, lineIds);
      if (!r) continue;
      const lineNo = fo.lines.find((l) => l.orderLineId === r.line)?.orderLine.lineNo ?? null;
      found.set(fo.id, { result: r, currency: fo.order.currency, lineNo });
      const reason = r.reason;
      if (reason.kind === "CHEAPEST") refs.add(reason.runnerUp);
      if (reason.kind === "PLAN_CHEAPER") refs.add(reason.cheaperAlone);
      for (const o of r.split?.others ?? []) refs.add(o);
      break;
    }
  }
  const nodes = refs.size
    ? await db.node.findMany({ where: { OR: [{ code: { in: [...refs] } }, { id: { in: [...refs] } }] }, select: { id: true, code: true, name: true } })
    : [];
  const names: Record<string, string> = {};
  for (const n of nodes) names[n.code] = names[n.id] = n.name;

  const out: Record<string, WorkSourcingReason> = {};
  for (const [id, f] of found) {
    const { line: _line, ...result } = f.result;
    const used = [f.result.reason.kind === "CHEAPEST" ? f.result.reason.runnerUp : f.result.reason.kind === "PLAN_CHEAPER" ? f.result.reason.cheaperAlone : null, ...(f.result.split?.others ?? [])];
    out[id] = { ...result, lineNo: f.lineNo, currency: f.currency, names: Object.fromEntries(used.filter((r): r is string => r !== null).map((r) => [r, names[r] ?? r])) };
  }
  return out;
}
