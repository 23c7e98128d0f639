// Receiving an inbound shipment: its units join the node's stock on hand, the shipment is closed,
// and backordered order lines waiting for those SKUs are sourced again in the same transaction.
import { z } from "zod";
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError, RuleViolation } from "@/lib/errors";
import { resourceBackorders } from "@/lib/orders";
import { lockPositions } from "./reserve";

export const receiveInboundSchema = z.object({
  shipmentId: z.string().min(1),
  expectedVersion: z.number().int().min(1),
  /** Units actually received per line; the shipped quantity when omitted. */
  received: z.record(z.string(), z.number().int().min(0)).optional(),
});
export type ReceiveInboundInput = z.infer<typeof receiveInboundSchema>;

export async function receiveInbound(tx: Tx, actor: Actor, input: ReceiveInboundInput, options: { now?: Date } = {}): Promise<{ receivedUnits: number; ordersServed: string[] }> {
  const now = options.now ?? new Date();
  const shipment = await tx.inboundShipment.findUnique({ where: { id: input.shipmentId }, include: { lines: true } });
  if (!shipment) throw new NotFoundError("inboundShipment", input.shipmentId);
  if (shipment.status !== "IN_TRANSIT") throw new RuleViolation("NOT_IN_TRANSIT", { reference: shipment.reference, status: shipment.status });
  const claimed = await tx.inboundShipment.updateMany({ where: { id: shipment.id, version: input.expectedVersion }, data: { status: "RECEIVED", receivedAt: now, version: { increment: 1 } } });
  if (claimed.count !== 1) throw new ConflictError();
  await lockPositions(tx, shipment.lines.map((l) => l.skuId));
  let receivedUnits = 0;
  for (const line of shipment.lines) {
    const qty = input.received?.[line.id] ?? line.qty;
    await tx.inboundShipmentLine.update({ where: { id: line.id }, data: { receivedQty: qty } });
    if (qty === 0) continue;
    await tx.inventoryPosition.upsert({
      where: { nodeId_skuId: { nodeId: shipment.toNodeId, skuId: line.skuId } },
      create: { nodeId: shipment.toNodeId, skuId: line.skuId, onHand: qty },
      update: { onHand: { increment: qty }, version: { increment: 1 } },
    });
    receivedUnits += qty;
  }
  await recordAudit(tx, actor, { entityType: "InboundShipment", entityId: shipment.id, action: "inbound.received", before: { status: shipment.status }, after: { status: "RECEIVED", receivedUnits } });
  const ordersServed = await resourceBackorders(tx, actor, shipment.lines.map((l) => l.skuId), { now });
  return { receivedUnits, ordersServed };
}
