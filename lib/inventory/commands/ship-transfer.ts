// Shipping a planned transfer: its units leave the source node now (on hand goes down, recorded as
// TRANSFER_OUT movements) and show as in transit at the destination until they are received. Only
// units free at the source (available to promise: not reserved for a customer, not safety stock)
// may leave; a line asking for more is refused with what is free, and nothing moves.
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ConflictError, RuleViolation, fieldIssue, type FieldIssues } from "@/lib/errors";
import type { z } from "zod";
import { shipTransferSchema } from "../inbound-schemas";
import { nameMovement } from "./movement";
import { assertVersion, lockShipment, updateShipment, type InboundChange, type LockedShipment } from "./inbound-shipment";
import { lockPositions } from "./reserve";

export { shipTransferSchema };

/**
 * Takes the shipment's units off the source's shelf. Returns, per line index of `shipment.lines`,
 * the units free when a line asks for more (then nothing has changed).
 */
export async function takeFromSource(tx: Tx, shipment: LockedShipment & { fromNodeId: string }): Promise<Map<number, number>> {
  await lockPositions(tx, shipment.lines.map((l) => l.skuId));
  const skuIds = shipment.lines.map((l) => l.skuId);
  const free = await tx.$queryRaw<Array<{ skuId: string; free: number }>>`
    SELECT "skuId", GREATEST(0, "onHand" - reserved - "safetyStock")::int AS free
      FROM "InventoryPosition" WHERE "nodeId" = ${shipment.fromNodeId} AND "skuId" IN (${Prisma.join(skuIds)})`;
  const short = new Map<number, number>();
  shipment.lines.forEach((l, i) => {
    const available = free.find((f) => f.skuId === l.skuId)?.free ?? 0;
    if (l.qty > available) short.set(i, available);
  });
  if (short.size) return short;
  await nameMovement(tx, { kind: "TRANSFER_OUT", reference: shipment.reference });
  for (const l of shipment.lines) {
    const changed = await tx.$executeRaw`
      UPDATE "InventoryPosition"
         SET "onHand" = "onHand" - ${l.qty}, "version" = "version" + 1, "updatedAt" = now()
       WHERE "nodeId" = ${shipment.fromNodeId} AND "skuId" = ${l.skuId} AND "onHand" - reserved - "safetyStock" >= ${l.qty}`;
    if (changed !== 1) throw new ConflictError("STOCK_CHANGED");
  }
  return short;
}

/** The refusal of lines asking for more than is free, each on `path(index)`. */
export function notEnoughFreeStock(shipment: LockedShipment, short: Map<number, number>, nodeCode: string, path: (index: number) => string): RuleViolation {
  const fields: FieldIssues = {};
  for (const [i, available] of short) fields[path(i)] = fieldIssue("INBOUND_NOT_ENOUGH_FREE_STOCK", { sku: shipment.lines[i].sku, available, node: nodeCode });
  return new RuleViolation("INBOUND_SHIP_REFUSED", { reference: shipment.reference }, fields);
}

/** Ships a locked PLANNED transfer (also the second half of "create and ship now"). */
export async function shipLockedTransfer(tx: Tx, actor: Actor, shipment: LockedShipment, options: { now?: Date; path?: (index: number) => string } = {}): Promise<InboundChange> {
  if (shipment.type !== "TRANSFER" || !shipment.fromNodeId) throw new RuleViolation("INBOUND_NOT_A_TRANSFER", { reference: shipment.reference });
  if (shipment.status !== "PLANNED") throw new RuleViolation("NOT_IN_TRANSIT", { reference: shipment.reference, status: shipment.status });
  const now = options.now ?? new Date();
  const short = await takeFromSource(tx, { ...shipment, fromNodeId: shipment.fromNodeId });
  if (short.size) {
    const source = await tx.node.findUniqueOrThrow({ where: { id: shipment.fromNodeId }, select: { code: true } });
    throw notEnoughFreeStock(shipment, short, source.code, options.path ?? ((i) => `lines.${i}.qty`));
  }
  const change = await updateShipment(tx, shipment, { status: "IN_TRANSIT", shippedAt: now });
  const units = shipment.lines.reduce((s, l) => s + l.qty, 0);
  await recordAudit(tx, actor, { entityType: "InboundShipment", entityId: shipment.id, action: "inbound.shipped", before: { status: shipment.status }, after: { status: change.status, units } });
  return change;
}

export async function shipTransfer(tx: Tx, actor: Actor, input: z.output<typeof shipTransferSchema>, options: { now?: Date } = {}): Promise<InboundChange> {
  const shipment = await lockShipment(tx, input.reference);
  assertVersion(shipment, input.expectedVersion);
  return shipLockedTransfer(tx, actor, shipment, options);
}
