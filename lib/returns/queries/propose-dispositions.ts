// The receipt screen's proposal: for units of an order's lines found in a given condition at this
// node, where the returns router would send them (restock here, a DC, dispose).
import { assertStoreScope, type Actor } from "@/lib/auth";
import { authorizeEither } from "../access";
import type { Db, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { proposeFor } from "../dispositions";
import type { ReturnConditionInput } from "../schemas";
import type { ProposedDisposition } from "../types";

export async function proposeDispositions(
  db: Db | Tx,
  actor: Actor,
  input: { nodeId: string; lines: Array<{ orderLineId: string; qty: number; condition: ReturnConditionInput }> },
): Promise<ProposedDisposition[]> {
  authorizeEither(actor, "return.receive", "api.return.receive");
  const node = await db.node.findUnique({ where: { id: input.nodeId }, select: { id: true, code: true, name: true, type: true } });
  if (!node) throw new NotFoundError("node", input.nodeId);
  if (actor.kind !== "system") assertStoreScope(actor, node.id);
  const lines = await db.orderLine.findMany({ where: { id: { in: input.lines.map((l) => l.orderLineId) } }, select: { id: true, skuId: true, sku: { select: { code: true } } } });
  const byId = new Map(lines.map((l) => [l.id, l]));
  const known = input.lines.filter((l) => byId.has(l.orderLineId));
  const parts = await proposeFor(db, node, known.map((l) => ({ orderLineId: l.orderLineId, skuId: byId.get(l.orderLineId)!.skuId, skuCode: byId.get(l.orderLineId)!.sku.code, qty: l.qty, condition: l.condition })));
  return known.flatMap((l) =>
    (parts.get(l.orderLineId) ?? []).map((p) => ({ orderLineId: l.orderLineId, qty: p.qty, condition: l.condition, disposition: p.disposition, node: { code: p.node.code, name: p.node.name }, reason: p.reason })),
  );
}
