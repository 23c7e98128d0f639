// A counted quantity of one SKU at one node replaces its on-hand figure (count every unit in the
// building, picked orders waiting included). Reservations are never lost: when the count is below
// what is reserved, the difference is taken off work not yet picked, newest first, and sourced
// again elsewhere exactly as a short-pick is. Audited with the figures before and after.
// correctOnHand is that correction on its own, for stock feeds (lib/inventory) as well.
import { Prisma } from "@/generated/prisma/client";
import type { FulfillmentStatus } from "@/generated/prisma/enums";
import { assertStoreScope, type Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ConflictError, fieldIssue, NotFoundError, RuleViolation } from "@/lib/errors";
import { addOnHand, lockPositions, setOnHand, type Movement } from "@/lib/inventory";
import { recomputeOrder } from "@/lib/orders";
import { cycleCountSchema, type CycleCountInput } from "../schemas";
import { resourceAfterShortage, takeUnitsOffWork } from "./short-pick";
import { WORK_SELECT } from "./work";

export { cycleCountSchema };

/** Work whose units are still on the shelf (held, released, or not yet picked). */
const TAKEABLE: FulfillmentStatus[] = ["CREATED", "RELEASED", "PICKING"];
export type { CycleCountInput };

export interface CycleCountResult {
  node: string;
  sku: string;
  before: { onHand: number; reserved: number };
  after: { onHand: number; reserved: number };
  /** Reserved units taken off this node's work and sourced again. */
  resourcedUnits: number;
}

export async function cycleCount(tx: Tx, actor: Actor, input: CycleCountInput, options: { now?: Date } = {}): Promise<CycleCountResult> {
  const now = options.now ?? new Date();
  const node = await tx.node.findUnique({ where: { code: input.node }, select: { id: true, code: true } });
  if (!node) throw new NotFoundError("node", input.node);
  assertStoreScope(actor, node.id);
  const code = input.sku.trim();
  const sku = await tx.sku.findFirst({ where: { OR: [{ code: { equals: code, mode: "insensitive" } }, { barcode: code }] }, select: { id: true, code: true } });
  if (!sku) throw new RuleViolation("UNKNOWN_SKU", { code }, { sku: fieldIssue("NO_SUCH_SKU") });
  const reason = `Stock count: ${input.reason}`;
  const corrected = await correctOnHand(tx, actor, { node, sku, onHand: input.countedQty, reason, movement: { kind: "ADJUSTMENT", reason }, now });
  const { before, after } = corrected;
  await recordAudit(tx, actor, { entityType: "InventoryPosition", entityId: corrected.positionId, action: "inventory.counted", reason: input.reason, before: { ...before, node: node.code, sku: sku.code }, after: { ...after, node: node.code, sku: sku.code } });
  return { node: node.code, sku: sku.code, before, after, resourcedUnits: corrected.resourcedUnits };
}

export interface OnHandCorrection {
  node: { id: string; code: string };
  sku: { id: string; code: string };
  /** The new on hand: a counted figure, or one worked out from on hand once it is locked (a delta). */
  onHand: number | ((current: number) => number);
  /** Said on the order events of the re-sourced orders ("Stock count: damaged box"). */
  reason: string;
  /** How the stock movement is recorded (a count's ADJUSTMENT, a feed's FEED). */
  movement: Movement;
  now: Date;
}

export interface CorrectedOnHand {
  positionId: string;
  before: { onHand: number; reserved: number };
  after: { onHand: number; reserved: number };
  /** Reserved units taken off this node's work and sourced again. */
  resourcedUnits: number;
}

/**
 * Sets one position's on hand to a counted or fed figure, keeping every reservation: units reserved
 * above the new figure are taken off the node's unpicked work (held first, then released, then
 * being picked; newest first) and sourced again elsewhere, as a short-pick's are. Refuses, before
 * changing anything, a figure below zero (ON_HAND_BELOW_ZERO) or below the units already picked
 * (COUNT_BELOW_PICKED), and a reservation made meanwhile (COUNT_STOCK_CHANGED). The caller checks
 * the node's scope and records the audit event.
 */
export async function correctOnHand(tx: Tx, actor: Actor, c: OnHandCorrection): Promise<CorrectedOnHand> {
  const { node, sku, reason, now } = c;
  // The lock order of every command: the orders holding units here, their unpicked work, then
  // the stock. A checkout that reserves here meanwhile makes the count start again.
  const { orderIds, workIds } = await lockStockHolders(tx, node.id, [sku.id]);
  await lockPositions(tx, [sku.id]);
  if ((await holdersAt(tx, node.id, [sku.id])).some((h) => !orderIds.includes(h.orderId))) {
    // An order reserved this SKU here while the count was being recorded.
    throw new ConflictError("COUNT_STOCK_CHANGED", { sku: sku.code });
  }
  const takeable = { orderLine: { skuId: sku.id }, fulfillmentOrder: { nodeId: node.id, status: { in: TAKEABLE } } } satisfies Prisma.FulfillmentOrderLineWhereInput;
  const select = { id: true, onHand: true, reserved: true } as const;
  let position = await tx.inventoryPosition.findUnique({ where: { nodeId_skuId: { nodeId: node.id, skuId: sku.id } }, select });
  const target = typeof c.onHand === "number" ? c.onHand : c.onHand(position?.onHand ?? 0);
  if (target < 0) throw new RuleViolation("ON_HAND_BELOW_ZERO", { sku: sku.code, onHand: position?.onHand ?? 0 });
  if (!position) {
    await addOnHand(tx, { nodeId: node.id, skuId: sku.id, qty: 0, movement: c.movement });
    position = await tx.inventoryPosition.findUniqueOrThrow({ where: { nodeId_skuId: { nodeId: node.id, skuId: sku.id } }, select });
  }
  const before = { onHand: position.onHand, reserved: position.reserved };

  let shortfall = before.reserved - target;
  const resourced: Array<{ orderId: string; orderLineId: string }> = [];
  if (shortfall > 0) {
    // Work not started first (held, then released), then work being picked; newest first.
    const lines = await tx.fulfillmentOrderLine.findMany({
      where: { ...takeable, fulfillmentOrderId: { in: workIds } },
      select: { fulfillmentOrderId: true },
      orderBy: [{ fulfillmentOrder: { status: "asc" } }, { fulfillmentOrder: { createdAt: "desc" } }],
    });
    const unpicked = await tx.fulfillmentOrderLine.aggregate({ where: { ...takeable, fulfillmentOrderId: { in: workIds } }, _sum: { qty: true, pickedQty: true } });
    const free = (unpicked._sum.qty ?? 0) - (unpicked._sum.pickedQty ?? 0);
    if (shortfall > free) {
      const held = before.reserved - free;
      throw new RuleViolation("COUNT_BELOW_PICKED", { held, sku: sku.code }, { countedQty: fieldIssue("COUNT_INCLUDES_PICKED", { minimum: held }) });
    }
    for (const foId of [...new Set(lines.map((l) => l.fulfillmentOrderId))]) {
      if (shortfall <= 0) break;
      const work = await tx.fulfillmentOrder.findUniqueOrThrow({ where: { id: foId }, select: WORK_SELECT });
      for (const line of work.lines) {
        if (shortfall <= 0 || line.orderLine.skuId !== sku.id) continue;
        const take = Math.min(shortfall, line.qty - line.pickedQty);
        if (take <= 0) continue;
        await takeUnitsOffWork(tx, actor, work, line, take, { reason, shortReason: "STOCK_COUNT", writeOff: false, now });
        shortfall -= take;
        resourced.push({ orderId: work.orderId, orderLineId: line.orderLineId });
      }
    }
  }
  await setOnHand(tx, { nodeId: node.id, skuId: sku.id, onHand: target, movement: c.movement });
  let resourcedUnits = 0;
  for (const r of resourced) {
    const res = await resourceAfterShortage(tx, actor, r.orderId, r.orderLineId, node.code, "RESOURCE_STOCK_CORRECTION", now);
    resourcedUnits += res.allocatedUnits + res.unfilledUnits;
  }
  for (const orderId of new Set(resourced.map((r) => r.orderId))) await recomputeOrder(tx, actor, orderId, { reason });
  const after = await tx.inventoryPosition.findUniqueOrThrow({ where: { id: position.id }, select: { onHand: true, reserved: true } });
  return { positionId: position.id, before, after, resourcedUnits };
}

/** The orders holding units of these SKUs at the node (active reservations), one row per SKU and order. */
export async function holdersAt(tx: Tx, nodeId: string, skuIds: string[]): Promise<Array<{ skuId: string; orderId: string }>> {
  if (!skuIds.length) return [];
  const rows = await tx.reservation.findMany({ where: { nodeId, skuId: { in: skuIds }, status: "ACTIVE" }, select: { skuId: true, orderLine: { select: { orderId: true } } } });
  return [...new Map(rows.map((r) => [`${r.skuId}|${r.orderLine.orderId}`, { skuId: r.skuId, orderId: r.orderLine.orderId }])).values()];
}

/**
 * Locks what a correction of these SKUs' on hand at the node may change, before the stock (the
 * caller locks the positions next): the orders holding units there, then their work not yet picked
 * there, each in one statement in id order, as every command does. Returns the ids it locked.
 */
export async function lockStockHolders(tx: Tx, nodeId: string, skuIds: string[]): Promise<{ orderIds: string[]; workIds: string[] }> {
  if (!skuIds.length) return { orderIds: [], workIds: [] };
  const orderIds = [...new Set((await holdersAt(tx, nodeId, skuIds)).map((h) => h.orderId))].sort();
  if (orderIds.length) await tx.$queryRaw`SELECT id FROM "Order" WHERE id IN (${Prisma.join(orderIds)}) ORDER BY id FOR UPDATE`;
  const work = await tx.fulfillmentOrderLine.findMany({ where: { orderLine: { skuId: { in: skuIds } }, fulfillmentOrder: { nodeId, status: { in: TAKEABLE } } }, select: { fulfillmentOrderId: true } });
  const workIds = [...new Set(work.map((l) => l.fulfillmentOrderId))].sort();
  if (workIds.length) await tx.$queryRaw`SELECT id FROM "FulfillmentOrder" WHERE id IN (${Prisma.join(workIds)}) ORDER BY id FOR UPDATE`;
  return { orderIds, workIds };
}
