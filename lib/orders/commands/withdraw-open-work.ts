// Takes units of an order's lines back from nodes that have not started on them: their
// reservations are released, and fulfilment orders left empty are cancelled (through the state
// machine). Used when a line is cancelled, shrinks, or must be sourced again elsewhere.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { lockPositions, releaseUnits } from "@/lib/inventory";
import { recordOrderEvent } from "../events";
import { assertTransition } from "../state-machine";

/** Work a node has not started yet: it can be withdrawn without asking the node. */
export const WITHDRAWABLE = ["CREATED", "RELEASED"] as const;

/** Withdraws the open work of these lines (newest first, up to `maxUnits` per line); returns the units withdrawn per line. */
export async function withdrawOpenWork(tx: Tx, actor: Actor, orderId: string, lineIds: string[], options: { maxUnits?: Map<string, number>; reason?: string } = {}): Promise<Map<string, number>> {
  const withdrawn = new Map<string, number>();
  if (!lineIds.length) return withdrawn;
  const fols = await tx.fulfillmentOrderLine.findMany({
    where: { orderLineId: { in: lineIds }, fulfillmentOrder: { status: { in: [...WITHDRAWABLE] } } },
    select: {
      id: true,
      qty: true,
      orderLineId: true,
      fulfillmentOrderId: true,
      fulfillmentOrder: { select: { status: true } },
      reservations: { where: { status: "ACTIVE" }, select: { id: true, nodeId: true, skuId: true, qty: true } },
    },
    // Newest work first: the latest additions are the first to go.
    orderBy: [{ fulfillmentOrder: { createdAt: "desc" } }, { id: "desc" }],
  });
  await lockPositions(tx, fols.flatMap((f) => f.reservations.map((r) => r.skuId)));
  const touchedFos = new Map<string, string>();
  for (const fol of fols) {
    const limit = options.maxUnits?.get(fol.orderLineId);
    const already = withdrawn.get(fol.orderLineId) ?? 0;
    if (limit !== undefined && already >= limit) continue;
    const take = limit === undefined ? fol.qty : Math.min(fol.qty, limit - already);
    let left = take;
    for (const r of fol.reservations) {
      if (left <= 0) break;
      const part = Math.min(r.qty, left);
      await releaseUnits(tx, { nodeId: r.nodeId, skuId: r.skuId, qty: part });
      if (part === r.qty) await tx.reservation.update({ where: { id: r.id }, data: { status: "RELEASED", fulfillmentOrderLineId: null } });
      else await tx.reservation.update({ where: { id: r.id }, data: { qty: r.qty - part } });
      left -= part;
    }
    if (take === fol.qty) await tx.fulfillmentOrderLine.delete({ where: { id: fol.id } });
    else await tx.fulfillmentOrderLine.update({ where: { id: fol.id }, data: { qty: fol.qty - take } });
    withdrawn.set(fol.orderLineId, already + take);
    touchedFos.set(fol.fulfillmentOrderId, fol.fulfillmentOrder.status);
  }
  for (const [foId, status] of touchedFos) {
    const left = await tx.fulfillmentOrderLine.count({ where: { fulfillmentOrderId: foId } });
    // Its lines changed: a tablet showing the old ones must get a conflict, not pick them.
    if (left > 0) await tx.fulfillmentOrder.update({ where: { id: foId }, data: { version: { increment: 1 } } });
    if (left === 0) {
      assertTransition("fulfillment", status, "CANCELLED");
      const fo = await tx.fulfillmentOrder.update({ where: { id: foId }, data: { status: "CANCELLED", cancelledAt: new Date(), version: { increment: 1 } }, select: { number: true } });
      await recordOrderEvent(tx, actor, orderId, "fulfillment.cancelled", { reason: options.reason, data: { fulfillmentOrder: fo.number } });
    }
  }
  return withdrawn;
}
