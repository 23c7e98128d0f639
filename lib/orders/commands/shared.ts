// Building blocks of the order commands: load and lock an order for a change (optimistic check on
// the version the agent saw), ask the modification rules, withdraw open work from nodes, source the
// units that need a node, re-price and record only the difference in the payment ledger.
import type { OrderStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError, RuleViolation } from "@/lib/errors";
import { lockPositions, releaseUnits } from "@/lib/inventory/commands/reserve";
import { getPublishedRules } from "@/lib/rules/published";
import type { ModificationChange } from "@/lib/rules/schemas";
import { resourceLines, type OpenShipment } from "@/lib/sourcing";
import { recordOrderEvent } from "../events";
import { discountShareMinor, LEDGER_ROW_SELECT, ledgerTotals, recordMoneyMove, type LedgerRow } from "@/lib/payments/ledger";
import { FREE_SHIPPING_FROM_MINOR, SHIPPING_FEE_MINOR } from "../pricing";
import { FULFILLMENT_OPEN } from "../state-machine";
import { applyPlan, type PlanLineInfo } from "../sourcing/apply-plan";
import { buildInstance, loadNetworkContext, withPositions } from "../sourcing/snapshot";
import type { SourcingReason } from "@/generated/prisma/enums";

export const CHANGE_LABEL: Record<ModificationChange, string> = {
  changeAddress: "change the shipping address",
  changeDeliveryMethod: "change the delivery method",
  changeQuantity: "change a quantity",
  addLine: "add a line",
  removeLine: "remove a line",
  cancelLine: "cancel a line",
  cancelOrder: "cancel the order",
};

/** Work a node has not started yet: it can be withdrawn without asking the node. */
export const WITHDRAWABLE = ["CREATED", "RELEASED"] as const;

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
  if (!locked.length) throw new NotFoundError("Order", orderId);
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { id: true, number: true, status: true, version: true, currency: true, totalMinor: true, shipLat: true, shipLng: true },
  });
  if (order.version !== expectedVersion) {
    throw new ConflictError("This order was changed by someone else since you opened it. Reload it to see the change; yours was not applied.");
  }
  return order;
}

export async function assertChangeAllowed(tx: Tx, status: OrderStatus, change: ModificationChange): Promise<void> {
  const { definition } = await getPublishedRules(tx, "MODIFICATION");
  if (!definition.byStatus[status]?.[change]) {
    throw new RuleViolation("MODIFICATION_NOT_ALLOWED", `The rules do not allow agents to ${CHANGE_LABEL[change]} of an order that is ${status.replace(/_/g, " ").toLowerCase()}.`);
  }
}

/**
 * Takes units of these lines back from nodes that have not started on them (releasing their
 * reservations). Fulfilment orders left empty are cancelled. Returns the units withdrawn per line.
 */
export async function withdrawOpenWork(tx: Tx, actor: Actor, orderId: string, lineIds: string[], options: { maxUnits?: Map<string, number>; reason?: string } = {}): Promise<Map<string, number>> {
  const withdrawn = new Map<string, number>();
  if (!lineIds.length) return withdrawn;
  const fols = await tx.fulfillmentOrderLine.findMany({
    where: { orderLineId: { in: lineIds }, fulfillmentOrder: { status: { in: [...WITHDRAWABLE] } } },
    select: { id: true, qty: true, orderLineId: true, fulfillmentOrderId: true, reservations: { where: { status: "ACTIVE" }, select: { id: true, nodeId: true, skuId: true, qty: true } } },
    // Newest work first: the latest additions are the first to go.
    orderBy: [{ fulfillmentOrder: { createdAt: "desc" } }, { id: "desc" }],
  });
  await lockPositions(tx, fols.flatMap((f) => f.reservations.map((r) => r.skuId)));
  const touchedFos = new Set<string>();
  for (const fol of fols) {
    const limit = options.maxUnits?.get(fol.orderLineId);
    const already = withdrawn.get(fol.orderLineId) ?? 0;
    if (limit !== undefined && already >= limit) continue;
    const take = limit === undefined ? fol.qty : Math.min(fol.qty, limit - already);
    let left = take;
    for (const r of fol.reservations) {
      if (left <= 0) break;
      const part = Math.min(r.qty, left);
      await releaseUnits(tx, { nodeId: r.nodeId, skuId: r.skuId, qty: part });
      if (part === r.qty) await tx.reservation.update({ where: { id: r.id }, data: { status: "RELEASED", fulfillmentOrderLineId: null } });
      else await tx.reservation.update({ where: { id: r.id }, data: { qty: r.qty - part } });
      left -= part;
    }
    if (take === fol.qty) await tx.fulfillmentOrderLine.delete({ where: { id: fol.id } });
    else await tx.fulfillmentOrderLine.update({ where: { id: fol.id }, data: { qty: fol.qty - take } });
    withdrawn.set(fol.orderLineId, already + take);
    touchedFos.add(fol.fulfillmentOrderId);
  }
  for (const foId of touchedFos) {
    const left = await tx.fulfillmentOrderLine.count({ where: { fulfillmentOrderId: foId } });
    // Its lines changed: a tablet showing the old ones must get a conflict, not pick them.
    if (left > 0) await tx.fulfillmentOrder.update({ where: { id: foId }, data: { version: { increment: 1 } } });
    if (left === 0) {
      const fo = await tx.fulfillmentOrder.update({ where: { id: foId }, data: { status: "CANCELLED", cancelledAt: new Date(), version: { increment: 1 } }, select: { number: true } });
      await recordOrderEvent(tx, actor, orderId, "fulfillment.cancelled", { reason: options.reason, data: { fulfillmentOrder: fo.number } });
    }
  }
  return withdrawn;
}

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
      lines: { select: { id: true, lineNo: true, qty: true, cancelledQty: true, deliveryMode: true, skuId: true, sku: { select: { code: true } }, pickupNode: { select: { code: true, lat: true, lng: true } } } },
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
    { id: order.number, destination, lines: lines.map((l) => ({ id: l.id, sku: l.sku.code, qty: needed.get(l.id)!, mode: l.deliveryMode, pickupNode: l.pickupNode?.code })) },
    options.excludeNodeCodes ?? [],
  );
  const openShipments: OpenShipment[] = order.fulfillmentOrders.map((f) => ({ node: f.node.code, to: f.deliveryMode === "SHIP" ? "customer" : f.pickupNode!.code }));
  const plan = resourceLines(instance, { lines: lines.map((l) => ({ line: l.id })), openShipments });
  const infos = new Map<string, PlanLineInfo>(lines.map((l) => [l.id, { id: l.id, lineNo: l.lineNo, skuId: l.skuId, skuCode: l.sku.code }]));
  const applied = await applyPlan(tx, actor, { order: { id: order.id, number: order.number, destination }, instance, plan, ctx, lines: infos, release: order.holds.length === 0, reason: options.reason, now });
  return { allocatedUnits: applied.allocatedUnits, unfilledUnits: applied.unfilledUnits, nodes: [...new Set(plan.shipments.map((s) => s.node))] };
}

/**
 * Re-prices the order from its lines as they now stand (cancelled units leave with their share of
 * the discount; shipping goes when nothing ships any more) and records only the difference in the
 * payment ledger: a top-up authorisation, or a void (before capture) / refund (after).
 */
export async function repriceOrder(tx: Tx, actor: Actor, orderId: string, reason: string, options: { shippingMayStart?: boolean } = {}): Promise<{ before: number; after: number; differenceMinor: number }> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      totalMinor: true,
      shippingMinor: true,
      currency: true,
      promoCode: true,
      lines: { select: { qty: true, cancelledQty: true, unitPriceMinor: true, discountMinor: true, deliveryMode: true } },
      number: true,
      payments: { select: LEDGER_ROW_SELECT, orderBy: { createdAt: "asc" } },
      paymentLink: { select: { id: true, completedAt: true } },
    },
  });
  const live = order.lines.map((l) => ({ ...l, open: l.qty - l.cancelledQty }));
  const subtotal = live.reduce((a, l) => a + l.open * l.unitPriceMinor, 0);
  const discount = live.reduce((a, l) => a + discountShareMinor(l, l.open), 0);
  const stillShips = live.some((l) => l.open > 0 && l.deliveryMode === "SHIP");
  // Shipping never starts because of a cancellation; it does when a line newly ships.
  const freeShippingCode = order.promoCode ? await tx.promoCode.findFirst({ where: { code: order.promoCode, percentOff: null, amountOffMinor: null }, select: { code: true } }) : null;
  const fee = freeShippingCode || subtotal - discount >= FREE_SHIPPING_FROM_MINOR ? 0 : SHIPPING_FEE_MINOR;
  const shipping = !stillShips ? 0 : order.shippingMinor > 0 ? Math.min(order.shippingMinor, fee === 0 ? order.shippingMinor : fee) : options.shippingMayStart ? fee : 0;
  const total = subtotal - discount + shipping;
  const difference = total - order.totalMinor;
  await tx.order.update({
    where: { id: orderId },
    data: { subtotalMinor: subtotal, discountMinor: discount, shippingMinor: shipping, totalMinor: total, taxMinor: Math.round(total - total / 1.2) },
  });
  const unpaidLink = order.paymentLink && !order.paymentLink.completedAt && !order.payments.some((p) => p.type === "AUTHORIZATION");
  if (difference !== 0 && unpaidLink) {
    // Nothing is authorised yet: the buyer's payment link asks for the new total.
    await tx.paymentLink.update({ where: { id: order.paymentLink!.id }, data: { amountMinor: total } });
    await recordOrderEvent(tx, actor, orderId, "payment.link_updated", { reason, data: { amountMinor: total, totalBefore: order.totalMinor, totalAfter: total } });
  } else if (difference !== 0) {
    // A rise is authorised on top. A fall first voids what is authorised and not yet captured, and
    // refunds only what was captured beyond the new total: never a refund of uncaptured money.
    const ledger = ledgerTotals(order.payments);
    const moves: Array<{ type: "AUTHORIZATION" | "VOID" | "REFUND"; amountMinor: number }> =
      difference > 0
        ? [{ type: "AUTHORIZATION", amountMinor: difference }]
        : [
            { type: "VOID", amountMinor: Math.min(-difference, Math.max(0, ledger.authorizedMinor - ledger.capturedMinor)) },
            { type: "REFUND", amountMinor: Math.max(0, ledger.balanceMinor - total) },
          ];
    // Money moves on the method and provider that authorised the order.
    const rows: LedgerRow[] = [...order.payments];
    for (const { type, amountMinor } of moves.filter((m) => m.amountMinor > 0)) {
      const moved = await recordMoneyMove(tx, actor, { orderId, orderNumber: order.number, type, amountMinor, currency: order.currency, rows, note: reason });
      rows.push({ type, amountMinor, method: moved.method, provider: moved.provider, reference: moved.reference, idempotencyKey: moved.idempotencyKey });
      await recordOrderEvent(tx, actor, orderId, "payment.adjusted", {
        reason,
        data: { type, amountMinor, totalBefore: order.totalMinor, totalAfter: total, method: moved.method, provider: moved.provider, reference: moved.reference },
      });
    }
  }
  return { before: order.totalMinor, after: total, differenceMinor: difference };
}
