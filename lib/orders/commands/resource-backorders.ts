// When supply arrives, backordered units are sourced again, oldest orders first, on the new stock.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { recomputeOrder } from "../derive";
import { sourceOpenUnits } from "./source-open-units";

/** Re-sources the open backorders of these SKUs; returns the orders that got units. */
export async function resourceBackorders(tx: Tx, actor: Actor, skuIds: string[], options: { now?: Date; limit?: number } = {}): Promise<string[]> {
  if (!skuIds.length) return [];
  const lines = await tx.orderLine.findMany({
    where: { skuId: { in: skuIds }, status: "BACKORDERED", order: { status: { notIn: ["CANCELLED", "ON_HOLD"] } } },
    select: { id: true, orderId: true, order: { select: { placedAt: true } } },
    orderBy: [{ order: { placedAt: "asc" } }, { lineNo: "asc" }],
    take: options.limit ?? 500,
  });
  const byOrder = new Map<string, string[]>();
  for (const l of lines) byOrder.set(l.orderId, [...(byOrder.get(l.orderId) ?? []), l.id]);
  const served: string[] = [];
  for (const [orderId, lineIds] of byOrder) {
    const { allocatedUnits } = await sourceOpenUnits(tx, actor, orderId, { lineIds, reason: "RESOURCE_SUPPLY_ARRIVED", now: options.now });
    if (allocatedUnits > 0) {
      served.push(orderId);
      await recomputeOrder(tx, actor, orderId, { reason: "Supply arrived" });
    }
  }
  return served;
}
