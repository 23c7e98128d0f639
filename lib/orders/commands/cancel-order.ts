// Cancels the whole order while no node has started on it; otherwise says which lines are in
// progress so the agent can cancel the rest line by line.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { RuleViolation } from "@/lib/errors";
import { recomputeOrder } from "../derive";
import { recordOrderEvent } from "../events";
import { notifyCustomer } from "../notify";
import { cancelUnits } from "./cancel-line";
import { assertChangeAllowed, loadOrderForChange } from "./change-guard";
import { assertOrderAccess } from "./order-access";
import { repriceOrder } from "./reprice-order";
import { WITHDRAWABLE } from "./withdraw-open-work";
import { cancelOrderSchema, type CancelOrderInput } from "../schemas";

export { cancelOrderSchema };
export type { CancelOrderInput };

export async function cancelOrder(tx: Tx, actor: Actor, input: CancelOrderInput): Promise<{ version: number }> {
  await assertOrderAccess(tx, actor, input.orderId, "order.cancel");
  const order = await loadOrderForChange(tx, input.orderId, input.expectedVersion);
  await assertChangeAllowed(tx, order.status, "cancelOrder");
  const inProgress = await tx.orderLine.findMany({
    where: { orderId: order.id, fulfillmentLines: { some: { fulfillmentOrder: { status: { notIn: [...WITHDRAWABLE, "CANCELLED"] } } } } },
    select: { lineNo: true },
    orderBy: { lineNo: "asc" },
  });
  const started = inProgress.map((l) => l.lineNo);
  if (started.length) {
    throw new RuleViolation("WORK_IN_PROGRESS", { lines: started.join(", ") });
  }
  const lines = await tx.orderLine.findMany({ where: { orderId: order.id, status: { not: "CANCELLED" } }, select: { id: true } });
  for (const l of lines) await cancelUnits(tx, actor, order.id, l.id, undefined, input.reason);
  await recordOrderEvent(tx, actor, order.id, "order.cancelled", { reason: input.reason });
  await repriceOrder(tx, actor, order.id, `Order cancelled: ${input.reason}`);
  await notifyCustomer(tx, order.id, "ORDER_CANCELLED");
  const { version } = await recomputeOrder(tx, actor, order.id, { reason: input.reason });
  return { version };
}
