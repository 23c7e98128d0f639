// Adds a line to an open order: priced from the catalogue (with the order's percentage promo),
// sourced and reserved like a new order's lines; only the price difference is authorised.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { RuleViolation, ValidationError } from "@/lib/errors";
import { recomputeOrder } from "../derive";
import { recordOrderEvent } from "../events";
import { notifyCustomer } from "../notify";
import { assertChangeAllowed, loadOrderForChange, repriceOrder, sourceOpenUnits } from "./shared";
import { addLineSchema, type AddLineInput } from "../schemas";

export { addLineSchema };
export type { AddLineInput };

export async function addLine(tx: Tx, actor: Actor, input: AddLineInput, options: { now?: Date } = {}): Promise<{ lineId: string; version: number; differenceMinor: number }> {
  const order = await loadOrderForChange(tx, input.orderId, input.expectedVersion);
  await assertChangeAllowed(tx, order.status, "addLine");
  const sku = await tx.sku.findUnique({ where: { code: input.line.sku }, select: { id: true, code: true, priceMinor: true, currency: true, active: true } });
  if (!sku || !sku.active) throw new ValidationError("The line cannot be added.", { "line.sku": sku ? `SKU ${input.line.sku} is no longer sold.` : `Unknown SKU ${input.line.sku}.` });
  if (sku.currency !== order.currency) throw new ValidationError("The line cannot be added.", { "line.sku": `SKU ${sku.code} is priced in ${sku.currency}, the order in ${order.currency}.` });
  let pickupNodeId: string | null = null;
  if (input.line.mode === "PICKUP") {
    const store = await tx.node.findUnique({ where: { code: input.line.pickupStore ?? "" }, select: { id: true, type: true, canPickup: true, active: true } });
    if (!store || store.type !== "STORE" || !store.canPickup || !store.active) throw new ValidationError("The line cannot be added.", { "line.pickupStore": `${input.line.pickupStore ?? "(none)"} does not offer pickup.` });
    pickupNodeId = store.id;
  } else if (order.shipLat === null) {
    throw new RuleViolation("ADDRESS_REQUIRED", "This order has no shipping address yet; add one before adding a line to ship.", { "line.mode": "Add a shipping address first." });
  }
  const meta = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { promoCode: true, lines: { select: { lineNo: true }, orderBy: { lineNo: "desc" }, take: 1 } } });
  const percent = meta.promoCode ? (await tx.promoCode.findUnique({ where: { code: meta.promoCode }, select: { percentOff: true } }))?.percentOff ?? 0 : 0;
  const lineNo = (meta.lines[0]?.lineNo ?? 0) + 1;
  const created = await tx.orderLine.create({
    data: {
      orderId: order.id,
      lineNo,
      skuId: sku.id,
      qty: input.line.qty,
      unitPriceMinor: sku.priceMinor,
      discountMinor: Math.round((input.line.qty * sku.priceMinor * percent) / 100),
      deliveryMode: input.line.mode,
      pickupNodeId,
    },
    select: { id: true },
  });
  const reason = `Line ${lineNo} added: ${input.line.qty} x ${sku.code}`;
  await recordOrderEvent(tx, actor, order.id, "line.added", { reason, data: { line: lineNo, sku: sku.code, qty: input.line.qty, mode: input.line.mode, pickupStore: input.line.pickupStore ?? null } });
  await sourceOpenUnits(tx, actor, order.id, { lineIds: [created.id], reason: "RESOURCE_MODIFICATION", now: options.now });
  const price = await repriceOrder(tx, actor, order.id, reason, { shippingMayStart: input.line.mode === "SHIP" });
  await notifyCustomer(tx, order.id, "ORDER_CHANGED", { changes: ["LINES_ADDED"], priceDifferenceMinor: price.differenceMinor });
  const { version } = await recomputeOrder(tx, actor, order.id, { reason });
  return { lineId: created.id, version, differenceMinor: price.differenceMinor };
}
