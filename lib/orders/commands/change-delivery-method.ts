// Switches a line between ship-to-home and pickup (or to another pickup store). Only units no node
// has started on can switch; they are sourced again for the new destination.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { fieldIssue, NotFoundError, RuleViolation, ValidationError } from "@/lib/errors";
import { recomputeOrder } from "../derive";
import { recordOrderEvent } from "../events";
import { notifyCustomer } from "../notify";
import { assertChangeAllowed, loadOrderForChange } from "./change-guard";
import { assertOrderAccess } from "./order-access";
import { repriceOrder } from "./reprice-order";
import { sourceOpenUnits } from "./source-open-units";
import { withdrawOpenWork, WITHDRAWABLE } from "./withdraw-open-work";
import { changeDeliveryMethodSchema, type ChangeDeliveryMethodInput } from "../schemas";

export { changeDeliveryMethodSchema };
export type { ChangeDeliveryMethodInput };

export async function changeDeliveryMethod(tx: Tx, actor: Actor, input: ChangeDeliveryMethodInput, options: { now?: Date } = {}): Promise<{ version: number; differenceMinor: number }> {
  await assertOrderAccess(tx, actor, input.orderId, "order.modify");
  const order = await loadOrderForChange(tx, input.orderId, input.expectedVersion);
  await assertChangeAllowed(tx, order.status, "changeDeliveryMethod");
  const line = await tx.orderLine.findFirst({
    where: { id: input.lineId, orderId: order.id },
    select: { id: true, lineNo: true, deliveryMode: true, status: true, pickupNode: { select: { code: true } }, fulfillmentLines: { where: { fulfillmentOrder: { status: { notIn: [...WITHDRAWABLE, "CANCELLED"] } } }, select: { id: true } } },
  });
  if (!line) throw new NotFoundError("orderLine", input.lineId);
  if (line.status === "CANCELLED") throw new RuleViolation("LINE_CLOSED", { lineNo: line.lineNo }, { mode: fieldIssue("LINE_IS_CLOSED") });
  if (line.fulfillmentLines.length) throw new RuleViolation("WORK_IN_PROGRESS", { lines: String(line.lineNo) }, { mode: fieldIssue("WORK_STARTED") });
  let pickupNodeId: string | null = null;
  if (input.mode === "PICKUP") {
    const store = await tx.node.findUnique({ where: { code: input.pickupStore! }, select: { id: true, type: true, canPickup: true, active: true } });
    if (!store || store.type !== "STORE" || !store.canPickup || !store.active) throw new ValidationError({ pickupStore: fieldIssue("PICKUP_NOT_OFFERED", { store: input.pickupStore! }) });
    pickupNodeId = store.id;
  } else if (order.shipLat === null) {
    throw new RuleViolation("ADDRESS_REQUIRED", {}, { mode: fieldIssue("ADDRESS_FIRST") });
  }
  if (line.deliveryMode === input.mode && (line.pickupNode?.code ?? null) === (input.pickupStore ?? null)) {
    throw new RuleViolation("NO_CHANGE", {}, { mode: fieldIssue("SAME_AS_NOW") });
  }
  const from = line.deliveryMode === "PICKUP" ? `pickup at ${line.pickupNode?.code}` : "ship to home";
  const to = input.mode === "PICKUP" ? `pickup at ${input.pickupStore}` : "ship to home";
  const reason = input.reason || `Line ${line.lineNo}: ${from} -> ${to}`;
  await withdrawOpenWork(tx, actor, order.id, [line.id], { reason });
  await tx.orderLine.update({ where: { id: line.id }, data: { deliveryMode: input.mode, pickupNodeId, version: { increment: 1 } } });
  await recordOrderEvent(tx, actor, order.id, "line.delivery_method_changed", { reason, data: { line: line.lineNo, from, to } });
  await sourceOpenUnits(tx, actor, order.id, { lineIds: [line.id], reason: "RESOURCE_MODIFICATION", now: options.now });
  const price = await repriceOrder(tx, actor, order.id, reason, { shippingMayStart: input.mode === "SHIP" });
  await notifyCustomer(tx, order.id, "ORDER_CHANGED", { changes: [input.mode === "PICKUP" && line.deliveryMode === "PICKUP" ? "PICKUP_STORE" : "DELIVERY_METHOD"], priceDifferenceMinor: price.differenceMinor });
  const { version } = await recomputeOrder(tx, actor, order.id, { reason });
  return { version, differenceMinor: price.differenceMinor };
}
