// The guard every change to an order passes first: lock the order and check the version the agent
// saw (a stale form changes nothing), then ask the published modification rules whether this
// change is allowed while the order is in its status.
import type { OrderStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError, RuleViolation } from "@/lib/errors";
import { getPublishedRules } from "@/lib/rules";
import type { ModificationChange } from "@/lib/rules/client";

export interface OrderForChange {
  id: string;
  number: string;
  status: OrderStatus;
  version: number;
  currency: string;
  totalMinor: number;
  shipLat: number | null;
  shipLng: number | null;
}

/**
 * Locks the order row (so two changes to one order run one after the other on a server) and checks
 * the version the user saw: a stale form gets a ConflictError and changes nothing.
 */
export async function loadOrderForChange(tx: Tx, orderId: string, expectedVersion: number): Promise<OrderForChange> {
  const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  if (!locked.length) throw new NotFoundError("order", orderId);
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { id: true, number: true, status: true, version: true, currency: true, totalMinor: true, shipLat: true, shipLng: true },
  });
  if (order.version !== expectedVersion) throw new ConflictError();
  return order;
}

/** Refuses with MODIFICATION_NOT_ALLOWED { change, status }: the text says which change, in each language. */
export async function assertChangeAllowed(tx: Tx, status: OrderStatus, change: ModificationChange): Promise<void> {
  const { definition } = await getPublishedRules(tx, "MODIFICATION");
  if (!definition.byStatus[status]?.[change]) throw new RuleViolation("MODIFICATION_NOT_ALLOWED", { change, status });
}
