// Cancels units of one line (all its open units by default): units with no node yet go first, then
// work the nodes have not started. Units being picked or already shipped cannot be cancelled here.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { fieldIssue, NotFoundError, RuleViolation } from "@/lib/errors";
import { recomputeOrder } from "../derive";
import { recordOrderEvent } from "../events";
import { notifyCustomer } from "../notify";
import { LINE_DONE } from "../state-machine";
import { assertChangeAllowed, loadOrderForChange } from "./change-guard";
import { assertOrderAccess } from "./order-access";
import { repriceOrder } from "./reprice-order";
import { unallocatedByLine } from "./source-open-units";
import { withdrawOpenWork, WITHDRAWABLE } from "./withdraw-open-work";
import { cancelLineSchema, type CancelLineInput } from "../schemas";

export { cancelLineSchema };
export type { CancelLineInput };

export async function cancelUnits(tx: Tx, actor: Actor, orderId: string, lineId: string, qty: number | undefined, reason: string): Promise<number> {
  const line = await tx.orderLine.findFirst({
    where: { id: lineId, orderId },
    select: { id: true, lineNo: true, qty: true, cancelledQty: true, status: true, sku: { select: { code: true } }, fulfillmentLines: { where: { fulfillmentOrder: { status: { in: [...WITHDRAWABLE] } } }, select: { qty: true } } },
  });
  if (!line) throw new NotFoundError("orderLine", lineId);
  if (LINE_DONE.includes(line.status)) throw new RuleViolation("LINE_ALREADY_SHIPPED", { lineNo: line.lineNo }, { lineId: fieldIssue("ALREADY_LEFT") });
  if (line.status === "CANCELLED") throw new RuleViolation("LINE_ALREADY_CANCELLED", { lineNo: line.lineNo }, { lineId: fieldIssue("ALREADY_CANCELLED") });
  const unallocated = (await unallocatedByLine(tx, orderId, [lineId])).get(lineId) ?? 0;
  const withdrawable = line.fulfillmentLines.reduce((a, f) => a + f.qty, 0);
  const cancellable = unallocated + withdrawable;
  const wanted = qty ?? cancellable;
  if (wanted > cancellable || wanted === 0) {
    // How many units can still go is said on the quantity field.
    throw new RuleViolation("WORK_IN_PROGRESS", { lines: String(line.lineNo), cancellable }, { qty: fieldIssue("TOO_BIG", { maximum: cancellable }) });
  }
  const fromWork = Math.max(0, wanted - unallocated);
  if (fromWork > 0) await withdrawOpenWork(tx, actor, orderId, [lineId], { maxUnits: new Map([[lineId, fromWork]]), reason });
  await tx.orderLine.update({ where: { id: lineId }, data: { cancelledQty: { increment: wanted }, version: { increment: 1 } } });
  await recordOrderEvent(tx, actor, orderId, "line.cancelled", { reason, data: { line: line.lineNo, sku: line.sku.code, qty: wanted } });
  return wanted;
}

export async function cancelLine(tx: Tx, actor: Actor, input: CancelLineInput): Promise<{ cancelledQty: number; version: number }> {
  await assertOrderAccess(tx, actor, input.orderId, "order.cancel");
  const order = await loadOrderForChange(tx, input.orderId, input.expectedVersion);
  await assertChangeAllowed(tx, order.status, "cancelLine");
  const cancelled = await cancelUnits(tx, actor, order.id, input.lineId, input.qty, input.reason);
  await repriceOrder(tx, actor, order.id, `Line cancelled: ${input.reason}`);
  await notifyCustomer(tx, order.id, "ORDER_CANCELLED", { lines: [{ lineId: input.lineId, qty: cancelled }] });
  const { version } = await recomputeOrder(tx, actor, order.id, { reason: input.reason });
  return { cancelledQty: cancelled, version };
}
