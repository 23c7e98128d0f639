// Stock reservations: the only code that changes InventoryPosition.reserved. Positions are locked
// in a stable order (SKU, then node) before a plan is read, so two orders for the same units are
// served one after the other on a PostgreSQL server; the conditional updates and the table's CHECK
// constraints are the last line of defence. No oversell, no negative stock.
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { nameMovement, type Movement } from "./movement";

/** Locks every position of these SKUs (all nodes) until the transaction ends. */
export async function lockPositions(tx: Tx, skuIds: string[]): Promise<void> {
  const ids = [...new Set(skuIds)].sort();
  if (!ids.length) return;
  await tx.$queryRaw`SELECT id FROM "InventoryPosition" WHERE "skuId" IN (${Prisma.join(ids)}) ORDER BY "skuId", "nodeId" FOR UPDATE`;
}

/** Reserves units if they are available to promise (on hand - reserved - safety stock). */
export async function reserveUnits(tx: Tx, input: { nodeId: string; skuId: string; qty: number }): Promise<void> {
  const changed = await tx.$executeRaw`
    UPDATE "InventoryPosition"
       SET "reserved" = "reserved" + ${input.qty}, "version" = "version" + 1, "updatedAt" = now()
     WHERE "nodeId" = ${input.nodeId} AND "skuId" = ${input.skuId}
       AND "onHand" - "reserved" - "safetyStock" >= ${input.qty}`;
  if (changed !== 1) throw new ConflictError("STOCK_CHANGED");
}

/** Gives reserved units back to the position (cancellation, re-sourcing, short-pick). */
export async function releaseUnits(tx: Tx, input: { nodeId: string; skuId: string; qty: number }): Promise<void> {
  const changed = await tx.$executeRaw`
    UPDATE "InventoryPosition"
       SET "reserved" = "reserved" - ${input.qty}, "version" = "version" + 1, "updatedAt" = now()
     WHERE "nodeId" = ${input.nodeId} AND "skuId" = ${input.skuId} AND "reserved" >= ${input.qty}`;
  if (changed !== 1) throw new Error(`Reservation ledger out of balance at node ${input.nodeId} for SKU ${input.skuId}.`);
}

/** Reserved units leave the building: on hand and reserved both go down (shipment, hand-over). */
export async function consumeUnits(tx: Tx, input: { nodeId: string; skuId: string; qty: number; movement: Movement }): Promise<void> {
  await nameMovement(tx, input.movement);
  const changed = await tx.$executeRaw`
    UPDATE "InventoryPosition"
       SET "reserved" = "reserved" - ${input.qty}, "onHand" = "onHand" - ${input.qty}, "version" = "version" + 1, "updatedAt" = now()
     WHERE "nodeId" = ${input.nodeId} AND "skuId" = ${input.skuId} AND "reserved" >= ${input.qty} AND "onHand" >= ${input.qty}`;
  if (changed !== 1) throw new Error(`Reservation ledger out of balance at node ${input.nodeId} for SKU ${input.skuId}.`);
}

/** Releases every ACTIVE reservation of these order lines (optionally only at some nodes). */
export async function releaseLineReservations(tx: Tx, orderLineIds: string[], onlyNodeIds?: string[]): Promise<Array<{ id: string; nodeId: string; skuId: string; qty: number; orderLineId: string; fulfillmentOrderLineId: string | null }>> {
  if (!orderLineIds.length) return [];
  const rows = await tx.reservation.findMany({
    where: { orderLineId: { in: orderLineIds }, status: "ACTIVE", ...(onlyNodeIds ? { nodeId: { in: onlyNodeIds } } : {}) },
    select: { id: true, nodeId: true, skuId: true, qty: true, orderLineId: true, fulfillmentOrderLineId: true },
    orderBy: [{ skuId: "asc" }, { nodeId: "asc" }],
  });
  for (const r of rows) await releaseUnits(tx, r);
  if (rows.length) await tx.reservation.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: "RELEASED" } });
  return rows;
}

/**
 * Units come (back) onto a node's shelf: an uncollected transfer pickup, a found unit. With
 * `reserved`, they arrive held for a customer (a transfer for a pickup received at the pickup
 * store): reserved goes up with on hand, so a shelf count includes them and nobody else can promise
 * them.
 */
export async function addOnHand(tx: Tx, input: { nodeId: string; skuId: string; qty: number; reserved?: boolean; movement: Movement }): Promise<void> {
  if (input.qty !== 0) await nameMovement(tx, input.movement);
  const held = input.reserved ? input.qty : 0;
  await tx.$executeRaw`
    INSERT INTO "InventoryPosition" ("id", "nodeId", "skuId", "onHand", "reserved", "safetyStock", "targetStock", "version", "updatedAt")
    VALUES (${`pos_${input.nodeId}_${input.skuId}`}, ${input.nodeId}, ${input.skuId}, ${input.qty}, ${held}, 0, 0, 1, now())
    ON CONFLICT ("nodeId", "skuId") DO UPDATE
       SET "onHand" = "InventoryPosition"."onHand" + ${input.qty}, "reserved" = "InventoryPosition"."reserved" + ${held},
           "version" = "InventoryPosition"."version" + 1, "updatedAt" = now()`;
}

/**
 * A counted quantity replaces on hand. The caller first frees reservations above the count
 * (re-sourcing them), so reserved never exceeds on hand; the CHECK constraint backs that up.
 */
export async function setOnHand(tx: Tx, input: { nodeId: string; skuId: string; onHand: number; movement: Movement }): Promise<void> {
  await nameMovement(tx, input.movement);
  const changed = await tx.$executeRaw`
    UPDATE "InventoryPosition"
       SET "onHand" = ${input.onHand}, "version" = "version" + 1, "updatedAt" = now()
     WHERE "nodeId" = ${input.nodeId} AND "skuId" = ${input.skuId} AND "reserved" <= ${input.onHand}`;
  if (changed !== 1) throw new ConflictError("COUNT_STOCK_CHANGED");
}

