// The pickup is on the collection shelf: the customer gets the "ready for pickup" message with
// their pickup code now (never before), and the pickup window of the PICKUP rules starts. A store
// picking its own pickup may bag it here (packing it as one parcel); a transfer that arrives is
// received on the way.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { notifyCustomer } from "@/lib/orders";
import { getPublishedRules } from "@/lib/rules";
import { markReadySchema, type MarkReadyInput } from "../schemas";
import { packWork } from "./pack";
import { receiveTransfer } from "./receive-at-store";
import { finishWork, lockWork, moveWork, notNow, type WorkResult } from "./work";

export { markReadySchema };
export type { MarkReadyInput };

export async function markReady(tx: Tx, actor: Actor, input: MarkReadyInput, options: { now?: Date } = {}): Promise<WorkResult> {
  const now = options.now ?? new Date();
  const work = await lockWork(tx, actor, input, "pickupStore");
  if (work.deliveryMode !== "PICKUP") throw notNow(work, "MARK_READY");
  const sameStore = (work.pickupNodeId ?? work.nodeId) === work.nodeId;
  if (sameStore && work.status === "PICKING") await packWork(tx, actor, work, [{}], now);
  if (!sameStore && work.status === "IN_TRANSIT_TO_STORE") await receiveTransfer(tx, actor, work, now);
  if (!(sameStore ? work.status === "PACKED" : work.status === "RECEIVED_AT_STORE")) throw notNow(work, "MARK_READY");
  const { definition: rules } = await getPublishedRules(tx, "PICKUP");
  const expiresAt = new Date(now.getTime() + rules.windowDays * 86_400_000);
  await moveWork(tx, actor, work, "READY_FOR_PICKUP", "MARK_READY", {
    set: { readyAt: now, pickupExpiresAt: expiresAt },
    data: { pickupStore: work.pickupNode?.code ?? work.node.code, expiresAt: expiresAt.toISOString() },
  });
  await notifyCustomer(tx, work.orderId, "READY_FOR_PICKUP", { fulfillmentOrderId: work.id, ...(work.pickupCode ? { pickupCode: work.pickupCode } : {}) });
  return finishWork(tx, actor, work);
}
