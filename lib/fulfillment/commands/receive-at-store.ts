// A transfer for a pickup arrived at the pickup store; the store then puts it on the collection
// shelf (mark ready), which is when the customer is told.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { receiveAtStoreSchema, type ReceiveAtStoreInput } from "../schemas";
import { finishWork, lockWork, moveWork, type WorkResult } from "./work";

export { receiveAtStoreSchema };
export type { ReceiveAtStoreInput };

export async function receiveAtStore(tx: Tx, actor: Actor, input: ReceiveAtStoreInput, options: { now?: Date } = {}): Promise<WorkResult> {
  const work = await lockWork(tx, actor, input, "pickupStore");
  await moveWork(tx, actor, work, "RECEIVED_AT_STORE", "RECEIVE_AT_STORE", { set: { receivedAt: options.now ?? new Date() }, data: { pickupStore: work.pickupNode?.code } });
  return finishWork(tx, actor, work);
}
