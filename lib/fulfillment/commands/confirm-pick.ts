// Confirms units of one line as picked, by the SKU code or barcode scanned or typed at the shelf.
// A code that is not this line's item is refused and never counts as picked. When every line is
// confirmed the fulfilment order is picked (ready to pack, or to be made ready for pickup).
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { fieldIssue, RuleViolation } from "@/lib/errors";
import { recordOrderEvent } from "@/lib/orders";
import { confirmPickSchema, type ConfirmPickInput } from "../schemas";
import { scanMatches } from "../work-shape";
import { beginPicking } from "./start-picking";
import { allPicked, finishWork, lockWork, notNow, touchWork, workLine, type WorkResult } from "./work";

export { confirmPickSchema };
export type { ConfirmPickInput };

export async function confirmPick(tx: Tx, actor: Actor, input: ConfirmPickInput, options: { now?: Date } = {}): Promise<WorkResult> {
  const now = options.now ?? new Date();
  const work = await lockWork(tx, actor, input, "node");
  if (work.status !== "RELEASED" && work.status !== "PICKING") throw notNow(work, "CONFIRM_PICK");
  const line = workLine(work, input.lineId);
  if (!scanMatches({ sku: line.orderLine.sku.code, barcode: line.orderLine.sku.barcode }, input.scan)) {
    const sku = line.orderLine.sku.code;
    throw new RuleViolation("WRONG_ITEM", { scan: input.scan.trim(), sku, name: line.orderLine.sku.name }, { scan: fieldIssue("SCAN_NOT_LINE_ITEM", { sku }) });
  }
  const left = line.qty - line.pickedQty;
  const qty = input.qty ?? left;
  if (left === 0) throw new RuleViolation("ALREADY_PICKED", { sku: line.orderLine.sku.code }, { qty: fieldIssue("LINE_PICKED_IN_FULL") });
  if (qty > left) throw new RuleViolation("PICK_EXCEEDS_LINE", { left, sku: line.orderLine.sku.code }, { qty: fieldIssue("TOO_BIG", { maximum: left }) });
  await beginPicking(tx, actor, work);
  await tx.fulfillmentOrderLine.update({ where: { id: line.id }, data: { pickedQty: { increment: qty } } });
  line.pickedQty += qty;
  const complete = allPicked(work);
  await touchWork(tx, work, complete ? { pickedAt: now } : {});
  await recordOrderEvent(tx, actor, work.orderId, "fulfillment.pick_confirmed", {
    data: { fulfillmentOrder: work.number, node: work.node.code, line: line.orderLine.lineNo, sku: line.orderLine.sku.code, qty },
  });
  if (complete) await recordOrderEvent(tx, actor, work.orderId, "fulfillment.picked", { data: { fulfillmentOrder: work.number, node: work.node.code } });
  return finishWork(tx, actor, work);
}
