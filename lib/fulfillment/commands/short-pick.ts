// Short-pick: units of a line are not on the shelf or not sellable. The node's stock is corrected
// (on hand and reserved both down by the missing units), the units leave this node's work, and the
// engine sources them again at once, never from this node: another node, or backordered until
// supply arrives. The customer hears about it when the promised date moves. Nothing is cancelled.
import type { SourcingReason } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { fieldIssue, RuleViolation } from "@/lib/errors";
import { lockPositions } from "@/lib/inventory";
import { notifyCustomer, recordOrderEvent, sourceOpenUnits } from "@/lib/orders";
import { shortPickSchema, type ShortPickInput, type ShortPickReason, type ShortReasonCode } from "../schemas";
import { freeLineUnits } from "./consume";
import { beginPicking } from "./start-picking";
import { allPicked, finishWork, lockWork, moveWork, notNow, touchWork, workLine, type WorkLineRow, type WorkResult, type WorkRow } from "./work";

export { shortPickSchema };
export type { ShortPickInput };

export interface Resourced {
  allocatedUnits: number;
  unfilledUnits: number;
  /** Nodes the units now come from. */
  nodes: string[];
}

/**
 * Takes `qty` unpicked units of a line away from this node's work. `writeOff` takes them out of
 * stock too (missing or damaged); otherwise only the reservation is freed (a count sets on hand).
 * Leaves the fulfilment order cancelled when nothing is left for it to deliver; its version moves
 * on either way.
 */
export async function takeUnitsOffWork(
  tx: Tx,
  actor: Actor,
  work: WorkRow,
  line: WorkLineRow,
  qty: number,
  options: { reason: string; shortReason: ShortReasonCode; writeOff: boolean; now: Date },
): Promise<void> {
  const left = await freeLineUnits(tx, line, qty, options.writeOff ? { writeOff: true, movement: { kind: "ADJUSTMENT", reason: options.reason, reference: work.number } } : { writeOff: false });
  if (left > 0) throw new Error(`Fulfilment line ${line.id} has ${left} unit(s) fewer reserved than it delivers; reservations are out of balance.`);
  await tx.fulfillmentOrderLine.update({ where: { id: line.id }, data: { qty: { decrement: qty }, shortQty: { increment: qty }, shortReason: options.shortReason } });
  line.qty -= qty;
  line.shortQty += qty;
  await recordOrderEvent(tx, actor, work.orderId, "fulfillment.short_picked", {
    reason: options.reason,
    data: { fulfillmentOrder: work.number, node: work.node.code, line: line.orderLine.lineNo, sku: line.orderLine.sku.code, qty },
  });
  if (work.lines.every((l) => l.qty === 0)) {
    await moveWork(tx, actor, work, "CANCELLED", "SHORT_PICK", { set: { cancelledAt: options.now, cancelReason: options.reason }, reason: options.reason });
  } else if (allPicked(work) && !work.pickedAt) {
    await touchWork(tx, work, { pickedAt: options.now });
    work.pickedAt = options.now;
    await recordOrderEvent(tx, actor, work.orderId, "fulfillment.picked", { data: { fulfillmentOrder: work.number, node: work.node.code } });
  } else {
    await touchWork(tx, work);
  }
}

/**
 * Sources the order line's units that no node serves any more, never from `avoidNode`, and tells the
 * customer when their promised date moved or units now wait for supply.
 */
export async function resourceAfterShortage(tx: Tx, actor: Actor, orderId: string, orderLineId: string, avoidNode: string, reason: SourcingReason, now: Date): Promise<Resourced> {
  const before = await tx.orderLine.findUniqueOrThrow({ where: { id: orderLineId }, select: { promisedDate: true } });
  const resourced = await sourceOpenUnits(tx, actor, orderId, { lineIds: [orderLineId], reason, excludeNodeCodes: [avoidNode], now });
  const after = await tx.orderLine.findUniqueOrThrow({ where: { id: orderLineId }, select: { promisedDate: true } });
  if (resourced.unfilledUnits > 0 || before.promisedDate?.getTime() !== after.promisedDate?.getTime()) {
    await notifyCustomer(tx, orderId, "ORDER_CHANGED", { changes: ["PROMISED_DATE"] });
  }
  return resourced;
}

const REASON_TEXT: Record<ShortPickReason, string> = { NOT_FOUND: "Not found on the shelf", DAMAGED: "Damaged, not sellable" };

export async function shortPick(tx: Tx, actor: Actor, input: ShortPickInput, options: { now?: Date } = {}): Promise<WorkResult & { resourced: Resourced }> {
  const now = options.now ?? new Date();
  const work = await lockWork(tx, actor, input, "node");
  if (work.status !== "RELEASED" && work.status !== "PICKING") throw notNow(work, "SHORT_PICK");
  const line = workLine(work, input.lineId);
  const unpicked = line.qty - line.pickedQty;
  if (input.qty > unpicked) {
    throw new RuleViolation("SHORT_EXCEEDS_LINE", { unpicked, sku: line.orderLine.sku.code }, { qty: fieldIssue("TOO_BIG", { maximum: unpicked }) });
  }
  await lockPositions(tx, [line.orderLine.skuId]);
  await beginPicking(tx, actor, work);
  const reason = REASON_TEXT[input.reason];
  await takeUnitsOffWork(tx, actor, work, line, input.qty, { reason, shortReason: input.reason, writeOff: true, now });
  const position = await tx.inventoryPosition.findUniqueOrThrow({ where: { nodeId_skuId: { nodeId: work.nodeId, skuId: line.orderLine.skuId } }, select: { id: true } });
  await recordAudit(tx, actor, {
    entityType: "InventoryPosition",
    entityId: position.id,
    action: "inventory.short_pick_written_off",
    reason,
    after: { node: work.node.code, sku: line.orderLine.sku.code, qty: input.qty, fulfillmentOrder: work.number },
  });
  const resourced = await resourceAfterShortage(tx, actor, work.orderId, line.orderLineId, work.node.code, "RESOURCE_SHORT_PICK", now);
  return { ...(await finishWork(tx, actor, work, reason)), resourced };
}
