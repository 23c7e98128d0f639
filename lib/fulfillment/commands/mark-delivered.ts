// The carrier delivered a parcel (reported by the warehouse system or the carrier's feed).
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { markDeliveredSchema, type MarkDeliveredInput } from "../schemas";
import { finishWork, lockWork, moveWork, type WorkResult } from "./work";

export { markDeliveredSchema };
export type { MarkDeliveredInput };

export async function markDelivered(tx: Tx, actor: Actor, input: MarkDeliveredInput, options: { now?: Date } = {}): Promise<WorkResult> {
  const work = await lockWork(tx, actor, input, "node");
  const at = input.deliveredAt ?? options.now ?? new Date();
  const promised = await tx.fulfillmentOrder.findUniqueOrThrow({ where: { id: work.id }, select: { promisedDate: true } });
  await moveWork(tx, actor, work, "DELIVERED", "MARK_DELIVERED", {
    set: { deliveredAt: at },
    data: { carrier: work.carrier, trackingNumber: work.trackingNumber, late: promised.promisedDate ? at > promised.promisedDate : false },
  });
  return finishWork(tx, actor, work);
}
