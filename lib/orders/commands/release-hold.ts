// An agent releases a hold after checking the order; with no hold left, the reserved work goes to
// the nodes and anything still unallocated is sourced again on today's stock.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { recomputeOrder } from "../derive";
import { recordOrderEvent } from "../events";
import { capacityChanged } from "../sourcing/network-cache";
import { assertTransition } from "../state-machine";
import { loadOrderForChange } from "./change-guard";
import { assertOrderAccess } from "./order-access";
import { sourceOpenUnits } from "./source-open-units";
import { releaseHoldSchema, type ReleaseHoldInput } from "../schemas";

export { releaseHoldSchema };
export type { ReleaseHoldInput };

export interface ReleaseHoldOptions {
  now?: Date;
  /**
   * The release is the consequence of receiving a return (its exchange waited for the units): the
   * actor's right to receive the return is the authority, not a right to release holds by hand.
   */
  onReturnReceipt?: boolean;
}

export async function releaseHold(tx: Tx, actor: Actor, input: ReleaseHoldInput, options: ReleaseHoldOptions = {}): Promise<{ version: number; released: boolean }> {
  const now = options.now ?? new Date();
  if (!options.onReturnReceipt) await assertOrderAccess(tx, actor, input.orderId, "order.hold.release");
  const order = await loadOrderForChange(tx, input.orderId, input.expectedVersion);
  const hold = await tx.orderHold.findFirst({ where: { id: input.holdId, orderId: order.id } });
  if (!hold) throw new NotFoundError("hold", input.holdId);
  if (hold.releasedAt) throw new RuleViolation("HOLD_ALREADY_RELEASED");
  // A payment hold lifts when the buyer pays (the payment link), never by hand: that would ship unpaid goods.
  if (hold.type === "PAYMENT" && actor.kind !== "system") {
    throw new RuleViolation("PAYMENT_HOLD", { orderNumber: order.number, action: "releaseHold" });
  }
  if (order.status === "CANCELLED") throw new RuleViolation("ORDER_CANCELLED");
  await tx.orderHold.update({ where: { id: hold.id }, data: { releasedAt: now, releasedBy: actor.id, releaseNote: input.note } });
  await recordOrderEvent(tx, actor, order.id, "order.hold_released", { reason: input.note, data: { type: hold.type } });
  const open = await tx.orderHold.count({ where: { orderId: order.id, releasedAt: null } });
  if (open === 0) {
    const waiting = await tx.fulfillmentOrder.findMany({ where: { orderId: order.id, status: "CREATED" }, select: { id: true, number: true, status: true, node: { select: { code: true } } } });
    for (const fo of waiting) {
      assertTransition("fulfillment", fo.status, "RELEASED");
      await tx.fulfillmentOrder.update({ where: { id: fo.id }, data: { status: "RELEASED", releasedAt: now, version: { increment: 1 } } });
      capacityChanged();
      await recordOrderEvent(tx, actor, order.id, "fulfillment.released", { data: { fulfillmentOrder: fo.number, node: fo.node.code } });
    }
    await sourceOpenUnits(tx, actor, order.id, { reason: "RESOURCE_MODIFICATION", now });
  }
  const { version } = await recomputeOrder(tx, actor, order.id, { reason: input.note });
  return { version, released: open === 0 };
}
