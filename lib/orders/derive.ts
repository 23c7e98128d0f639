// Keeps statuses true to the facts: after any change, each line's status is derived from its
// fulfilment work and unallocated units, and the order's from its lines and holds (state machine
// in state-machine.ts). Status changes are recorded on the timeline.
import type { FulfillmentStatus, LineStatus, OrderStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { recordOrderEvent } from "./events";
import { assertTransition, deriveOrderStatus } from "./state-machine";

/** The line status a fulfilment order's status stands for (a line takes its least advanced part's). */
export const FO_TO_LINE: Record<FulfillmentStatus, LineStatus> = {
  CREATED: "SCHEDULED",
  RELEASED: "RELEASED",
  PICKING: "PICKING",
  PACKED: "PACKED",
  SHIPPED: "SHIPPED",
  IN_TRANSIT_TO_STORE: "SHIPPED",
  RECEIVED_AT_STORE: "SHIPPED",
  READY_FOR_PICKUP: "READY_FOR_PICKUP",
  DELIVERED: "DELIVERED",
  PICKED_UP: "PICKED_UP",
  CANCELLED: "CANCELLED",
};
const LINE_PROGRESS: LineStatus[] = ["CREATED", "BACKORDERED", "SCHEDULED", "RELEASED", "PICKING", "PACKED", "SHIPPED", "READY_FOR_PICKUP", "DELIVERED", "PICKED_UP"];

/** Units of a line that still need a node: ordered - cancelled - units in live fulfilment work. */
export function unallocatedUnits(line: { qty: number; cancelledQty: number }, assigned: number): number {
  return Math.max(0, line.qty - line.cancelledQty - assigned);
}

const RETURN_OPEN = new Set(["REQUESTED", "APPROVED"]);

function returnStatus(
  line: { qty: number; cancelledQty: number; returnLines: Array<{ qty: number; receivedQty: number; return: { status: string } }> },
  delivered: LineStatus,
): LineStatus {
  const received = line.returnLines.reduce((a, r) => a + r.receivedQty, 0);
  if (received > 0 && received >= line.qty - line.cancelledQty) return "RETURNED";
  const pending = line.returnLines.filter((r) => RETURN_OPEN.has(r.return.status)).reduce((a, r) => a + Math.max(0, r.qty - r.receivedQty), 0);
  return pending > 0 ? "RETURN_REQUESTED" : delivered;
}

export interface RecomputeResult {
  from: OrderStatus;
  to: OrderStatus;
  version: number;
}

/**
 * Re-derives line and order statuses and bumps the order's version (optimistic lock: pass the
 * version the user saw, and a concurrent change makes this throw ConflictError).
 */
export async function recomputeOrder(tx: Tx, actor: Actor, orderId: string, options: { expectedVersion?: number; reason?: string } = {}): Promise<RecomputeResult> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      status: true,
      version: true,
      holds: { where: { releasedAt: null }, select: { id: true } },
      lines: {
        select: {
          id: true,
          status: true,
          qty: true,
          cancelledQty: true,
          fulfillmentLines: { select: { qty: true, fulfillmentOrder: { select: { status: true } } } },
          returnLines: { select: { qty: true, receivedQty: true, return: { select: { status: true } } } },
        },
      },
    },
  });
  if (options.expectedVersion !== undefined && options.expectedVersion !== order.version) {
    throw new ConflictError();
  }
  const lineStatuses: Array<{ status: LineStatus }> = [];
  for (const line of order.lines) {
    const live = line.fulfillmentLines.filter((f) => f.fulfillmentOrder.status !== "CANCELLED");
    const assigned = live.reduce((a, f) => a + f.qty, 0);
    let status: LineStatus;
    if (line.qty - line.cancelledQty <= 0) status = "CANCELLED";
    else if (unallocatedUnits(line, assigned) > 0) status = "BACKORDERED";
    else {
      // Work left with no units (all short-picked) no longer holds the line back.
      const delivering = live.filter((f) => f.qty > 0);
      const steps = (delivering.length ? delivering : live).map((f) => FO_TO_LINE[f.fulfillmentOrder.status]);
      status = steps.reduce((least, s) => (LINE_PROGRESS.indexOf(s) < LINE_PROGRESS.indexOf(least) ? s : least), steps[0] ?? "CREATED");
      // Units with the buyer may be on their way back: every unit received back makes the line
      // returned; units authorised and not yet received make it "return requested".
      if (status === "SHIPPED" || status === "DELIVERED" || status === "PICKED_UP") status = returnStatus(line, status);
    }
    if (status !== line.status) await tx.orderLine.update({ where: { id: line.id }, data: { status, version: { increment: 1 } } });
    lineStatuses.push({ status });
  }
  const to = deriveOrderStatus({ lines: lineStatuses, openHolds: order.holds.length });
  if (to !== order.status) assertTransition("order", order.status, to);
  const updated = await tx.order.updateMany({ where: { id: orderId, version: order.version }, data: { status: to, version: { increment: 1 } } });
  if (updated.count !== 1) throw new ConflictError();
  if (to !== order.status) await recordOrderEvent(tx, actor, orderId, "order.status_changed", { reason: options.reason, data: { from: order.status, to } });
  return { from: order.status, to, version: order.version + 1 };
}
