// Changes a line's quantity: fewer units cancels the difference (as cancel-line does), more units
// sources and reserves the extra ones. The payment ledger records only the price difference.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { fieldIssue, NotFoundError, RuleViolation } from "@/lib/errors";
import { recomputeOrder } from "../derive";
import { recordOrderEvent } from "../events";
import { notifyCustomer } from "../notify";
import { LINE_DONE } from "../state-machine";
import { cancelUnits } from "./cancel-line";
import { assertChangeAllowed, loadOrderForChange } from "./change-guard";
import { assertOrderAccess } from "./order-access";
import { repriceOrder } from "./reprice-order";
import { sourceOpenUnits } from "./source-open-units";
import { changeQuantitySchema, type ChangeQuantityInput } from "../schemas";

export { changeQuantitySchema };
export type { ChangeQuantityInput };

export async function changeQuantity(tx: Tx, actor: Actor, input: ChangeQuantityInput, options: { now?: Date } = {}): Promise<{ version: number; differenceMinor: number }> {
  await assertOrderAccess(tx, actor, input.orderId, "order.modify");
  const order = await loadOrderForChange(tx, input.orderId, input.expectedVersion);
  await assertChangeAllowed(tx, order.status, "changeQuantity");
  const line = await tx.orderLine.findFirst({ where: { id: input.lineId, orderId: order.id }, select: { id: true, lineNo: true, qty: true, cancelledQty: true, status: true, discountMinor: true, unitPriceMinor: true } });
  if (!line) throw new NotFoundError("orderLine", input.lineId);
  if (LINE_DONE.includes(line.status) || line.status === "CANCELLED") throw new RuleViolation("LINE_CLOSED", { lineNo: line.lineNo }, { qty: fieldIssue("LINE_IS_CLOSED") });
  const current = line.qty - line.cancelledQty;
  const reason = input.reason || `Quantity of line ${line.lineNo} changed from ${current} to ${input.qty}`;
  if (input.qty === current) throw new RuleViolation("NO_CHANGE", {}, { qty: fieldIssue("SAME_AS_NOW") });
  if (input.qty < current) {
    await cancelUnits(tx, actor, order.id, line.id, current - input.qty, reason);
  } else {
    const extra = input.qty - current;
    // A percentage promo applies to the added units too; a fixed amount off does not grow.
    const promo = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { promoCode: true } });
    const percent = promo.promoCode ? (await tx.promoCode.findUnique({ where: { code: promo.promoCode }, select: { percentOff: true } }))?.percentOff ?? 0 : 0;
    await tx.orderLine.update({
      where: { id: line.id },
      data: { qty: { increment: extra }, discountMinor: line.discountMinor + Math.round((extra * line.unitPriceMinor * percent) / 100), version: { increment: 1 } },
    });
    await recordOrderEvent(tx, actor, order.id, "line.quantity_changed", { reason, data: { line: line.lineNo, from: current, to: input.qty } });
    await sourceOpenUnits(tx, actor, order.id, { lineIds: [line.id], reason: "RESOURCE_MODIFICATION", now: options.now });
  }
  const price = await repriceOrder(tx, actor, order.id, reason);
  await notifyCustomer(tx, order.id, "ORDER_CHANGED", { changes: ["QUANTITY"], priceDifferenceMinor: price.differenceMinor });
  const { version } = await recomputeOrder(tx, actor, order.id, { reason });
  return { version, differenceMinor: price.differenceMinor };
}
