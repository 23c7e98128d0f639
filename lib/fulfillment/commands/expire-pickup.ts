// An uncollected pickup is cancelled: by the expiry job once the pickup window of the PICKUP rules
// has passed, or early by an associate with a reason. Units not collected go back on the shelf (the
// store's reservation is freed; a transfer's units join the pickup store's stock), the order is
// re-priced so the authorisation for them is voided, and the customer is told.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { addOnHand, lockPositions } from "@/lib/inventory";
import { notifyCustomer, recordOrderEvent, repriceOrder } from "@/lib/orders";
import { expirePickupSchema, type ExpirePickupInput } from "../schemas";
import { freeLineUnits } from "./consume";
import { finishWork, lockWork, moveWork, notNow, type WorkResult } from "./work";

export { expirePickupSchema };
export type { ExpirePickupInput };

export async function expirePickup(tx: Tx, actor: Actor, input: ExpirePickupInput, options: { now?: Date } = {}): Promise<WorkResult & { expiredUnits: number }> {
  const now = options.now ?? new Date();
  const work = await lockWork(tx, actor, input, "pickupStore");
  if (work.status !== "READY_FOR_PICKUP") throw notNow(work, "EXPIRE_PICKUP");
  const store = work.pickupNodeId ?? work.nodeId;
  const sameStore = store === work.nodeId;
  await lockPositions(tx, work.lines.map((l) => l.orderLine.skuId));

  const cancelled: Array<{ lineId: string; qty: number }> = [];
  for (const line of work.lines) {
    const left = line.qty - line.handedOverQty;
    if (left <= 0) continue;
    // The units stay on the store's shelf as its own stock: freeing their reservation is enough.
    const unreserved = await freeLineUnits(tx, line, left, { writeOff: false });
    // A transfer made ready before receipt joined the store's stock: its units join it now.
    if (unreserved > 0 && !sameStore) await addOnHand(tx, { nodeId: store, skuId: line.orderLine.skuId, qty: unreserved, movement: { kind: "RECEIPT", reason: "Uncollected pickup back on the shelf", reference: work.number } });
    await tx.orderLine.update({ where: { id: line.orderLineId }, data: { cancelledQty: { increment: left }, version: { increment: 1 } } });
    cancelled.push({ lineId: line.orderLineId, qty: left });
  }
  const expiredUnits = cancelled.reduce((a, c) => a + c.qty, 0);
  const collected = work.lines.some((l) => l.handedOverQty > 0);
  await recordOrderEvent(tx, actor, work.orderId, "fulfillment.pickup_expired", {
    reason: input.reason,
    data: { fulfillmentOrder: work.number, node: work.pickupNode?.code ?? work.node.code, units: expiredUnits },
  });
  if (collected) {
    // Part was collected: this work ends as picked up with what the customer took.
    for (const line of work.lines) {
      if (line.handedOverQty === line.qty) continue;
      if (line.handedOverQty === 0 && line.shortQty === 0) {
        await tx.reservation.updateMany({ where: { fulfillmentOrderLineId: line.id }, data: { fulfillmentOrderLineId: null } });
        await tx.fulfillmentOrderLine.delete({ where: { id: line.id } });
      } else {
        await tx.fulfillmentOrderLine.update({ where: { id: line.id }, data: { qty: line.handedOverQty, pickedQty: Math.min(line.pickedQty, line.handedOverQty) } });
      }
    }
    await moveWork(tx, actor, work, "PICKED_UP", "EXPIRE_PICKUP", { set: { pickedUpAt: now, cancelReason: input.reason }, reason: input.reason });
  } else {
    await moveWork(tx, actor, work, "CANCELLED", "EXPIRE_PICKUP", { set: { cancelledAt: now, cancelReason: input.reason }, reason: input.reason });
  }
  await repriceOrder(tx, actor, work.orderId, `Pickup not collected: ${input.reason}`);
  if (cancelled.length) await notifyCustomer(tx, work.orderId, "PICKUP_EXPIRED", { lines: cancelled });
  return { ...(await finishWork(tx, actor, work, input.reason)), expiredUnits };
}
