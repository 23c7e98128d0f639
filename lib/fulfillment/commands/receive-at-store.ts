// A transfer for a pickup arrived at the pickup store: its units join the store's stock, reserved
// for the customer (so a shelf count includes them and nobody else can promise them), and the store
// then puts it on the collection shelf (mark ready), which is when the customer is told.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { addOnHand, lockPositions } from "@/lib/inventory";
import { receiveAtStoreSchema, type ReceiveAtStoreInput } from "../schemas";
import { finishWork, lockWork, moveWork, notNow, type WorkResult, type WorkRow } from "./work";

export { receiveAtStoreSchema };
export type { ReceiveAtStoreInput };

/** IN_TRANSIT_TO_STORE -> RECEIVED_AT_STORE on a locked transfer, with its units into the store's stock. */
export async function receiveTransfer(tx: Tx, actor: Actor, work: WorkRow, now: Date): Promise<void> {
  const store = work.pickupNodeId;
  if (work.status !== "IN_TRANSIT_TO_STORE" || !store) throw notNow(work, "RECEIVE_AT_STORE");
  await lockPositions(tx, work.lines.map((l) => l.orderLine.skuId));
  for (const line of work.lines) {
    if (line.qty === 0) continue;
    await addOnHand(tx, { nodeId: store, skuId: line.orderLine.skuId, qty: line.qty, reserved: true, movement: { kind: "RECEIPT", reason: "Transfer for a pickup", reference: work.number } });
    const r = await tx.reservation.create({
      data: { orderLineId: line.orderLineId, fulfillmentOrderLineId: line.id, nodeId: store, skuId: line.orderLine.skuId, qty: line.qty },
      select: { id: true, nodeId: true, skuId: true, qty: true },
    });
    line.reservations.push(r);
  }
  await moveWork(tx, actor, work, "RECEIVED_AT_STORE", "RECEIVE_AT_STORE", { set: { receivedAt: now }, data: { pickupStore: work.pickupNode?.code } });
}

export async function receiveAtStore(tx: Tx, actor: Actor, input: ReceiveAtStoreInput, options: { now?: Date } = {}): Promise<WorkResult> {
  const work = await lockWork(tx, actor, input, "pickupStore");
  await receiveTransfer(tx, actor, work, options.now ?? new Date());
  return finishWork(tx, actor, work);
}
