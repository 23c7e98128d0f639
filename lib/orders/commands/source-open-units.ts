// Sources the units of an order that have no node yet (a line added or grown, a new destination,
// supply arrived, a hold released) with the DOM engine, joining shipments the order already has
// open, and reserves them in the caller's transaction.
import type { SourcingReason } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { lockPositions } from "@/lib/inventory";
import { resourceLines, type OpenShipment } from "@/lib/sourcing";
import { FULFILLMENT_OPEN } from "../state-machine";
import { applyPlan, type PlanLineInfo } from "../sourcing/apply-plan";
import { buildInstance, loadNetworkContext, withPositions } from "../sourcing/snapshot";

/** Units of each line with no node yet: ordered - cancelled - units in live fulfilment work. */
export async function unallocatedByLine(tx: Tx, orderId: string, lineIds?: string[]): Promise<Map<string, number>> {
  const lines = await tx.orderLine.findMany({
    where: { orderId, ...(lineIds ? { id: { in: lineIds } } : {}), status: { notIn: ["CANCELLED", "RETURN_REQUESTED", "RETURNED"] } },
    select: { id: true, qty: true, cancelledQty: true, fulfillmentLines: { where: { fulfillmentOrder: { status: { not: "CANCELLED" } } }, select: { qty: true } } },
  });
  return new Map(lines.map((l) => [l.id, Math.max(0, l.qty - l.cancelledQty - l.fulfillmentLines.reduce((a, f) => a + f.qty, 0))]));
}

/**
 * Sources every unallocated unit of the order's lines (or of the given lines) with the engine,
 * joining shipments the order already has open, and reserves them. Released unless a hold is open.
 */
export async function sourceOpenUnits(
  tx: Tx,
  actor: Actor,
  orderId: string,
  options: { lineIds?: string[]; reason: SourcingReason; excludeNodeCodes?: string[]; now?: Date },
): Promise<{ allocatedUnits: number; unfilledUnits: number; nodes: string[] }> {
  const now = options.now ?? new Date();
  const need = [...(await unallocatedByLine(tx, orderId, options.lineIds))].filter(([, q]) => q > 0);
  if (!need.length) return { allocatedUnits: 0, unfilledUnits: 0, nodes: [] };
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      shipLat: true,
      shipLng: true,
      holds: { where: { releasedAt: null }, select: { id: true } },
      lines: { select: { id: true, lineNo: true, qty: true, cancelledQty: true, deliveryMode: true, skuId: true, sku: { select: { code: true, product: { select: { category: { select: { code: true } } } } } }, pickupNode: { select: { code: true, lat: true, lng: true } } } },
      fulfillmentOrders: { where: { status: { in: [...FULFILLMENT_OPEN] } }, select: { node: { select: { code: true } }, deliveryMode: true, pickupNode: { select: { code: true } } } },
    },
  });
  const needed = new Map(need);
  const lines = order.lines.filter((l) => needed.has(l.id));
  // Everything that needs no lock first, so the SKUs' positions stay locked for as little as possible.
  const network = await loadNetworkContext(tx, now);
  await lockPositions(tx, lines.map((l) => l.skuId));
  const ctx = await withPositions(tx, network, lines.map((l) => l.skuId));
  const firstPickup = order.lines.find((l) => l.pickupNode)?.pickupNode;
  const destination = order.shipLat !== null && order.shipLng !== null ? { lat: order.shipLat, lng: order.shipLng } : firstPickup ? { lat: firstPickup.lat, lng: firstPickup.lng } : { lat: 0, lng: 0 };
  const instance = buildInstance(
    ctx,
    { id: order.number, destination, lines: lines.map((l) => ({ id: l.id, sku: l.sku.code, qty: needed.get(l.id)!, mode: l.deliveryMode, pickupNode: l.pickupNode?.code, category: l.sku.product.category.code })) },
    options.excludeNodeCodes ?? [],
  );
  const openShipments: OpenShipment[] = order.fulfillmentOrders.map((f) => ({ node: f.node.code, to: f.deliveryMode === "SHIP" ? "customer" : f.pickupNode!.code }));
  const plan = resourceLines(instance, { lines: lines.map((l) => ({ line: l.id })), openShipments });
  const infos = new Map<string, PlanLineInfo>(lines.map((l) => [l.id, { id: l.id, lineNo: l.lineNo, skuId: l.skuId, skuCode: l.sku.code }]));
  const applied = await applyPlan(tx, actor, { order: { id: order.id, number: order.number, destination }, instance, plan, ctx, lines: infos, release: order.holds.length === 0, reason: options.reason, now });
  return { allocatedUnits: applied.allocatedUnits, unfilledUnits: applied.unfilledUnits, nodes: [...new Set(plan.shipments.map((s) => s.node))] };
}
