// Receiving inbound supply, in part or in full: a delivery is recorded as a receipt of the
// shipment, its units join the destination's stock on hand (RECEIPT movements naming the
// shipment), and backordered order lines waiting for those SKUs are sourced again, oldest order
// first, in the same transaction. The shipment is RECEIVED once every line is complete, or when
// the receiver closes it short (stops waiting for what is missing). A line receiving more than it
// still expects, or a SKU the shipment does not carry, is refused with the line named, and nothing
// changes.
import type { z } from "zod";
import type { Actor } from "@/lib/auth";
import { assertStoreScope } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { RuleViolation, fieldIssue, type FieldIssues } from "@/lib/errors";
import { resourceBackorders } from "@/lib/orders";
import { receiveInboundSchema } from "../inbound-schemas";
import { actorRef, assertVersion, lockShipment, updateShipment, type InboundChange } from "./inbound-shipment";
import { addOnHand, lockPositions } from "./reserve";

export { receiveInboundSchema };

export interface InboundReceiptResult extends InboundChange {
  /** Units received by this receipt. */
  receivedUnits: number;
  /** Every line of the shipment after the receipt (ordered, received so far). */
  lines: Array<{ sku: string; qty: number; receivedQty: number }>;
  /** Numbers of the orders whose backordered lines got stock from it, oldest first. */
  ordersServed: string[];
}

export async function receiveInbound(tx: Tx, actor: Actor, input: z.output<typeof receiveInboundSchema>, options: { now?: Date } = {}): Promise<InboundReceiptResult> {
  const now = options.now ?? new Date();
  const shipment = await lockShipment(tx, input.reference);
  // A receiving system acts only for its own nodes; say so before anything about the shipment.
  assertStoreScope(actor, shipment.toNodeId);
  assertVersion(shipment, input.expectedVersion);
  if (shipment.status === "PLANNED") throw new RuleViolation("INBOUND_NOT_SHIPPED", { reference: shipment.reference });
  if (shipment.status !== "IN_TRANSIT") throw new RuleViolation("NOT_IN_TRANSIT", { reference: shipment.reference, status: shipment.status });

  const fields: FieldIssues = {};
  const received = new Map<string, number>();
  input.lines.forEach((l, i) => {
    const line = shipment.lines.find((x) => x.sku.toUpperCase() === l.sku.toUpperCase());
    if (!line) {
      fields[`lines.${i}.sku`] = fieldIssue("INBOUND_SKU_NOT_ON_SHIPMENT", { sku: l.sku, reference: shipment.reference });
      return;
    }
    const remaining = Math.max(0, line.qty - line.receivedQty);
    if (l.qty > remaining) fields[`lines.${i}.qty`] = fieldIssue("INBOUND_OVER_RECEIPT", { sku: line.sku, remaining });
    else if (l.qty > 0) received.set(line.id, l.qty);
  });
  if (Object.keys(fields).length) throw new RuleViolation("INBOUND_RECEIPT_REFUSED", { reference: shipment.reference }, fields);

  const arriving = shipment.lines.filter((l) => received.has(l.id));
  await lockPositions(tx, arriving.map((l) => l.skuId));
  let receivedUnits = 0;
  for (const line of arriving) {
    const qty = received.get(line.id)!;
    await tx.inboundShipmentLine.update({ where: { id: line.id }, data: { receivedQty: { increment: qty } } });
    await addOnHand(tx, { nodeId: shipment.toNodeId, skuId: line.skuId, qty, movement: { kind: "RECEIPT", reference: shipment.reference, reason: input.note ?? null, at: now } });
    line.receivedQty += qty;
    receivedUnits += qty;
  }
  if (receivedUnits > 0) {
    await tx.inboundReceipt.create({
      data: { shipmentId: shipment.id, lines: Object.fromEntries(received), units: receivedUnits, receivedAt: now, receivedBy: actorRef(actor), note: input.note ?? null },
    });
  }
  const complete = shipment.lines.every((l) => l.receivedQty >= l.qty);
  const closing = complete || !!input.close;
  const change = await updateShipment(tx, shipment, closing ? { status: "RECEIVED", receivedAt: now } : {});
  const missing = shipment.lines.reduce((s, l) => s + Math.max(0, l.qty - l.receivedQty), 0);
  if (receivedUnits > 0) {
    await recordAudit(tx, actor, { entityType: "InboundShipment", entityId: shipment.id, action: "inbound.received", reason: input.note ?? null, before: { status: shipment.status }, after: { status: change.status, receivedUnits } });
  }
  if (closing && !complete) {
    await recordAudit(tx, actor, { entityType: "InboundShipment", entityId: shipment.id, action: "inbound.closed_short", reason: input.note ?? null, before: { status: shipment.status }, after: { status: change.status, missingUnits: missing } });
  }

  const servedIds = await resourceBackorders(tx, actor, arriving.map((l) => l.skuId), { now });
  const numbers = servedIds.length ? await tx.order.findMany({ where: { id: { in: servedIds } }, select: { id: true, number: true } }) : [];
  return {
    ...change,
    receivedUnits,
    lines: shipment.lines.map((l) => ({ sku: l.sku, qty: l.qty, receivedQty: l.receivedQty })),
    ordersServed: servedIds.map((id) => numbers.find((n) => n.id === id)!.number),
  };
}
