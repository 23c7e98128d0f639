// The one order state machine: which status may follow which, for orders, their lines and their
// fulfilment orders. Commands never write a status without asking it (assertTransition), and the
// order's own status is derived from its lines and holds (deriveOrderStatus) so the two never drift.
import type { FulfillmentStatus, LineStatus, OrderStatus } from "@/generated/prisma/enums";
import { RuleViolation } from "@/lib/errors";

export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  CREATED: ["ON_HOLD", "SCHEDULED", "BACKORDERED", "RELEASED", "CANCELLED"],
  ON_HOLD: ["SCHEDULED", "BACKORDERED", "RELEASED", "IN_FULFILLMENT", "CANCELLED"],
  SCHEDULED: ["RELEASED", "BACKORDERED", "ON_HOLD", "IN_FULFILLMENT", "CANCELLED"],
  BACKORDERED: ["SCHEDULED", "RELEASED", "IN_FULFILLMENT", "FULFILLED", "COMPLETED", "ON_HOLD", "CANCELLED"],
  RELEASED: ["IN_FULFILLMENT", "FULFILLED", "BACKORDERED", "ON_HOLD", "CANCELLED", "COMPLETED"],
  // Units already with the buyer may come back while other parts are still on their way.
  IN_FULFILLMENT: ["FULFILLED", "BACKORDERED", "RELEASED", "CANCELLED", "COMPLETED", "RETURN_REQUESTED"],
  // A pickup nobody collects is cancelled after its window, even when it was the last open part.
  FULFILLED: ["COMPLETED", "RETURN_REQUESTED", "RETURNED", "IN_FULFILLMENT", "CANCELLED"],
  COMPLETED: ["RETURN_REQUESTED", "RETURNED"],
  CANCELLED: [],
  // A partial return received leaves the rest of the order where it was.
  RETURN_REQUESTED: ["RETURNED", "COMPLETED", "FULFILLED", "IN_FULFILLMENT"],
  RETURNED: ["REFUNDED"],
  REFUNDED: [],
};

export const LINE_TRANSITIONS: Record<LineStatus, readonly LineStatus[]> = {
  CREATED: ["SCHEDULED", "BACKORDERED", "RELEASED", "CANCELLED"],
  BACKORDERED: ["SCHEDULED", "RELEASED", "CANCELLED"],
  SCHEDULED: ["RELEASED", "BACKORDERED", "CANCELLED"],
  RELEASED: ["PICKING", "SCHEDULED", "BACKORDERED", "CANCELLED", "PACKED", "SHIPPED", "READY_FOR_PICKUP"],
  PICKING: ["PACKED", "SHIPPED", "READY_FOR_PICKUP", "BACKORDERED", "RELEASED", "CANCELLED"],
  PACKED: ["SHIPPED", "READY_FOR_PICKUP", "CANCELLED"],
  SHIPPED: ["DELIVERED", "READY_FOR_PICKUP", "RETURN_REQUESTED"],
  READY_FOR_PICKUP: ["PICKED_UP", "CANCELLED"],
  DELIVERED: ["RETURN_REQUESTED"],
  PICKED_UP: ["RETURN_REQUESTED"],
  CANCELLED: [],
  RETURN_REQUESTED: ["RETURNED", "DELIVERED", "PICKED_UP"],
  RETURNED: [],
};

export const FULFILLMENT_TRANSITIONS: Record<FulfillmentStatus, readonly FulfillmentStatus[]> = {
  CREATED: ["RELEASED", "CANCELLED"],
  RELEASED: ["PICKING", "CANCELLED"],
  PICKING: ["PACKED", "CANCELLED"],
  PACKED: ["SHIPPED", "IN_TRANSIT_TO_STORE", "READY_FOR_PICKUP", "CANCELLED"],
  SHIPPED: ["DELIVERED"],
  IN_TRANSIT_TO_STORE: ["RECEIVED_AT_STORE", "READY_FOR_PICKUP"],
  RECEIVED_AT_STORE: ["READY_FOR_PICKUP"],
  READY_FOR_PICKUP: ["PICKED_UP", "CANCELLED"],
  DELIVERED: [],
  PICKED_UP: [],
  CANCELLED: [],
};

type Machine = "order" | "line" | "fulfillment";
const TABLES = { order: ORDER_TRANSITIONS, line: LINE_TRANSITIONS, fulfillment: FULFILLMENT_TRANSITIONS } as const;

export function canTransition(machine: Machine, from: string, to: string): boolean {
  if (from === to) return true;
  const table = TABLES[machine] as Record<string, readonly string[]>;
  return table[from]?.includes(to) ?? false;
}

export function assertTransition(machine: Machine, from: string, to: string): void {
  if (!canTransition(machine, from, to)) {
    throw new RuleViolation("INVALID_TRANSITION", { currentStatus: from, to, machine });
  }
}

/** Statuses after which a line's units have left the node (nothing left to re-source or cancel). */
export const LINE_DONE: readonly LineStatus[] = ["SHIPPED", "DELIVERED", "PICKED_UP", "RETURN_REQUESTED", "RETURNED"];
export const LINE_OPEN: readonly LineStatus[] = ["CREATED", "BACKORDERED", "SCHEDULED", "RELEASED", "PICKING", "PACKED", "READY_FOR_PICKUP"];
/** The pickup code is the customer's proof at the counter: shown from "ready for pickup" on, never before. */
export function showsPickupCode(status: FulfillmentStatus): boolean {
  return status === "READY_FOR_PICKUP" || status === "PICKED_UP";
}

export const FULFILLMENT_OPEN: readonly FulfillmentStatus[] = ["CREATED", "RELEASED", "PICKING", "PACKED", "READY_FOR_PICKUP", "IN_TRANSIT_TO_STORE", "RECEIVED_AT_STORE"];

export interface StatusFacts {
  lines: Array<{ status: LineStatus }>;
  openHolds: number;
}

/**
 * The order's status from its lines: cancelled when every line is; on hold while a hold is open;
 * backordered while units wait for supply; then the least advanced line decides.
 */
export function deriveOrderStatus({ lines, openHolds }: StatusFacts): OrderStatus {
  const live = lines.filter((l) => l.status !== "CANCELLED");
  if (live.length === 0) return "CANCELLED";
  const has = (...s: LineStatus[]) => live.some((l) => s.includes(l.status));
  const all = (...s: LineStatus[]) => live.every((l) => s.includes(l.status));
  if (all("RETURNED")) return "RETURNED";
  if (has("RETURN_REQUESTED") && all("RETURN_REQUESTED", "RETURNED", "DELIVERED", "PICKED_UP", "SHIPPED")) return "RETURN_REQUESTED";
  if (openHolds > 0 && has("CREATED", "SCHEDULED", "BACKORDERED")) return "ON_HOLD";
  if (all("DELIVERED", "PICKED_UP", "RETURNED", "RETURN_REQUESTED")) return "COMPLETED";
  if (all("SHIPPED", "READY_FOR_PICKUP", "DELIVERED", "PICKED_UP", "RETURNED")) return "FULFILLED";
  if (has("BACKORDERED")) return "BACKORDERED";
  if (has("PICKING", "PACKED", "SHIPPED", "READY_FOR_PICKUP", "DELIVERED", "PICKED_UP")) return "IN_FULFILLMENT";
  if (has("RELEASED")) return "RELEASED";
  if (has("SCHEDULED")) return "SCHEDULED";
  return "CREATED";
}
