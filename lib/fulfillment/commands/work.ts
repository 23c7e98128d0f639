// Building blocks of the fulfilment commands: load and lock one fulfilment order for a step (scope
// of the acting store or API key, optimistic check on the version the tablet saw), move it through
// the state machine with its event on the order's timeline, and finish with the order's statuses
// re-derived. Lock order everywhere: the order row, then the fulfilment order, then stock positions.
import type { FulfillmentStatus } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { assertStoreScope, type Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError, StateConflictError } from "@/lib/errors";
import { canTransition, recomputeOrder, recordOrderEvent } from "@/lib/orders";
import type { FulfillmentStep } from "../work-shape";

export const WORK_SELECT = {
  id: true,
  number: true,
  orderId: true,
  status: true,
  version: true,
  deliveryMode: true,
  nodeId: true,
  pickupNodeId: true,
  pickupCode: true,
  pickedAt: true,
  carrier: true,
  trackingNumber: true,
  node: { select: { id: true, code: true, name: true, type: true } },
  pickupNode: { select: { id: true, code: true, name: true, addressLine1: true, postalCode: true, city: true } },
  order: { select: { number: true, customer: { select: { firstName: true, lastName: true } } } },
  lines: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      qty: true,
      pickedQty: true,
      shortQty: true,
      handedOverQty: true,
      orderLineId: true,
      orderLine: { select: { lineNo: true, qty: true, skuId: true, sku: { select: { code: true, barcode: true, name: true } } } },
      reservations: { where: { status: "ACTIVE" }, select: { id: true, nodeId: true, skuId: true, qty: true }, orderBy: { id: "asc" } },
    },
  },
} satisfies Prisma.FulfillmentOrderSelect;

export type WorkRow = Prisma.FulfillmentOrderGetPayload<{ select: typeof WORK_SELECT }>;
export type WorkLineRow = WorkRow["lines"][number];

export interface WorkResult {
  fulfillmentOrderId: string;
  number: string;
  status: FulfillmentStatus;
  version: number;
  orderNumber: string;
}

export interface WorkRef {
  fulfillmentOrderId: string;
  expectedVersion?: number;
}

/** Steps at the pickup store (receive, ready, hand over, expire); the others happen at the picking node. */
export type WorkSide = "node" | "pickupStore";

/** The timeline event each status is reached with. */
const EVENT_OF: Partial<Record<FulfillmentStatus, string>> = {
  PICKING: "fulfillment.picking_started",
  PACKED: "fulfillment.packed",
  SHIPPED: "fulfillment.shipped",
  IN_TRANSIT_TO_STORE: "fulfillment.in_transit_to_store",
  RECEIVED_AT_STORE: "fulfillment.received_at_store",
  READY_FOR_PICKUP: "fulfillment.ready_for_pickup",
  DELIVERED: "fulfillment.delivered",
  PICKED_UP: "fulfillment.picked_up",
  CANCELLED: "fulfillment.cancelled",
};

/** The refusal for a step the state machine does not allow now (409 with the current status). */
export function notNow(work: { number: string; status: FulfillmentStatus }, step: FulfillmentStep): StateConflictError {
  return new StateConflictError(work.status, "INVALID_TRANSITION", { number: work.number, step });
}

/**
 * Loads a fulfilment order for a step and locks it (and its order) until the transaction ends.
 * Refuses, before anything changes: an unknown id (404), another store's or node's work (403), and
 * a version other than the one the user saw (409).
 */
export async function lockWork(tx: Tx, actor: Actor, ref: WorkRef, side: WorkSide): Promise<WorkRow> {
  const head = await tx.fulfillmentOrder.findUnique({ where: { id: ref.fulfillmentOrderId }, select: { orderId: true, nodeId: true, pickupNodeId: true } });
  if (!head) throw new NotFoundError("fulfillmentOrder", ref.fulfillmentOrderId);
  assertStoreScope(actor, side === "node" ? head.nodeId : (head.pickupNodeId ?? head.nodeId));
  await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${head.orderId} FOR UPDATE`;
  await tx.$queryRaw`SELECT id FROM "FulfillmentOrder" WHERE id = ${ref.fulfillmentOrderId} FOR UPDATE`;
  const work = await tx.fulfillmentOrder.findUniqueOrThrow({ where: { id: ref.fulfillmentOrderId }, select: WORK_SELECT });
  if (ref.expectedVersion !== undefined && ref.expectedVersion !== work.version) {
    throw new ConflictError("CONFLICT", { number: work.number, currentStatus: work.status });
  }
  return work;
}

/**
 * Moves the fulfilment order to `to` through the state machine, sets the step's columns, bumps its
 * version and records the step on the order's timeline.
 */
export async function moveWork(
  tx: Tx,
  actor: Actor,
  work: WorkRow,
  to: FulfillmentStatus,
  step: FulfillmentStep,
  options: { set?: Prisma.FulfillmentOrderUpdateInput; data?: Record<string, unknown>; reason?: string | null } = {},
): Promise<void> {
  if (work.status === to || !canTransition("fulfillment", work.status, to)) throw notNow(work, step);
  await tx.fulfillmentOrder.update({ where: { id: work.id }, data: { ...options.set, status: to, version: { increment: 1 } } });
  await recordOrderEvent(tx, actor, work.orderId, EVENT_OF[to] ?? `fulfillment.${to.toLowerCase()}`, {
    reason: options.reason,
    data: { fulfillmentOrder: work.number, node: work.node.code, ...options.data },
  });
  work.status = to;
  work.version += 1;
}

/** A change within the current status (a pick confirmed): bumps the version for optimistic locking. */
export async function touchWork(tx: Tx, work: WorkRow, set: Prisma.FulfillmentOrderUpdateInput = {}): Promise<void> {
  await tx.fulfillmentOrder.update({ where: { id: work.id }, data: { ...set, version: { increment: 1 } } });
  work.version += 1;
}

/** Re-derives the order's line and order statuses, and answers with where the work stands. */
export async function finishWork(tx: Tx, actor: Actor, work: WorkRow, reason?: string): Promise<WorkResult> {
  await recomputeOrder(tx, actor, work.orderId, { reason });
  const now = await tx.fulfillmentOrder.findUniqueOrThrow({ where: { id: work.id }, select: { status: true, version: true } });
  return { fulfillmentOrderId: work.id, number: work.number, status: now.status, version: now.version, orderNumber: work.order.number };
}

/** True when every line with units left is confirmed in full. */
export function allPicked(work: WorkRow): boolean {
  return work.lines.some((l) => l.qty > 0) && work.lines.every((l) => l.pickedQty >= l.qty);
}

/** A line of this fulfilment order, or a 404 naming it. */
export function workLine(work: WorkRow, lineId: string): WorkLineRow {
  const line = work.lines.find((l) => l.id === lineId);
  if (!line) throw new NotFoundError("fulfillmentLine", lineId);
  return line;
}
