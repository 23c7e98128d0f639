// Confirms units of one line as picked, by the SKU code or barcode scanned or typed at the shelf.
// A code that is not this line's item is refused and never counts as picked. When every line is
// confirmed the fulfilment order is picked (ready to pack, or to be made ready for pickup).
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { RuleViolation } from "@/lib/errors";
import { recordOrderEvent } from "@/lib/orders";
import { confirmPickSchema, type ConfirmPickInput } from "../schemas";
import { beginPicking } from "./start-picking";
import { allPicked, finishWork, lockWork, notNow, touchWork, workLine, type WorkLineRow, type WorkResult } from "./work";

export { confirmPickSchema };
export type { ConfirmPickInput };

/** Does this scan name the line's item? SKU codes compare without case; barcodes exactly. */
export function scanMatches(line: Pick<WorkLineRow, "orderLine">, scan: string): boolean {
  const code = scan.trim();
  const sku = line.orderLine.sku;
  return code.toUpperCase() === sku.code.toUpperCase() || (sku.barcode !== null && code === sku.barcode);
}

export async function confirmPick(tx: Tx, actor: Actor, input: ConfirmPickInput, options: { now?: Date } = {}): Promise<WorkResult> {
  const now = options.now ?? new Date();
  const work = await lockWork(tx, actor, input, "node");
  if (work.status !== "RELEASED" && work.status !== "PICKING") throw notNow(work, "CONFIRM_PICK");
  const line = workLine(work, input.lineId);
  if (!scanMatches(line, input.scan)) {
    throw new RuleViolation("WRONG_ITEM", `${input.scan.trim()} is not ${line.orderLine.sku.code} (${line.orderLine.sku.name}); nothing was picked.`, {
      scan: `This is not ${line.orderLine.sku.code}. Scan the item of this line.`,
    });
  }
  const left = line.qty - line.pickedQty;
  const qty = input.qty ?? left;
  if (left === 0) throw new RuleViolation("ALREADY_PICKED", `Every unit of ${line.orderLine.sku.code} is already picked.`, { qty: "Already picked in full." });
  if (qty > left) throw new RuleViolation("PICK_EXCEEDS_LINE", `Only ${left} unit(s) of ${line.orderLine.sku.code} are left to pick.`, { qty: `At most ${left}.` });
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
