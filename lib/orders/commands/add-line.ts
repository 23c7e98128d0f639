// Adds a line to an open order: priced from the catalogue (with the order's percentage promo),
// sourced and reserved like a new order's lines; only the price difference is authorised.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { fieldIssue, RuleViolation, ValidationError } from "@/lib/errors";
import { recomputeOrder } from "../derive";
import { recordOrderEvent } from "../events";
import { notifyCustomer } from "../notify";
import { assertChangeAllowed, loadOrderForChange } from "./change-guard";
import { assertOrderAccess } from "./order-access";
import { repriceOrder } from "./reprice-order";
import { sourceOpenUnits } from "./source-open-units";
import { addLineSchema, type AddLineInput } from "../schemas";

export { addLineSchema };
export type { AddLineInput };

export async function addLine(tx: Tx, actor: Actor, input: AddLineInput, options: { now?: Date } = {}): Promise<{ lineId: string; version: number; differenceMinor: number }> {
  await assertOrderAccess(tx, actor, input.orderId, "order.modify");
  const order = await loadOrderForChange(tx, input.orderId, input.expectedVersion);
  await assertChangeAllowed(tx, order.status, "addLine");
  const sku = await tx.sku.findUnique({ where: { code: input.line.sku }, select: { id: true, code: true, priceMinor: true, currency: true, active: true } });
  if (!sku || !sku.active) throw new ValidationError({ "line.sku": fieldIssue(sku ? "SKU_NOT_SOLD" : "SKU_UNKNOWN", { sku: input.line.sku }) });
  if (sku.currency !== order.currency) throw new ValidationError({ "line.sku": fieldIssue("SKU_CURRENCY_MISMATCH", { sku: sku.code, skuCurrency: sku.currency, orderCurrency: order.currency }) });
  let pickupNodeId: string | null = null;
  if (input.line.mode === "PICKUP") {
    const store = await tx.node.findUnique({ where: { code: input.line.pickupStore ?? "" }, select: { id: true, type: true, canPickup: true, active: true } });
    if (!store || store.type !== "STORE" || !store.canPickup || !store.active) throw new ValidationError({ "line.pickupStore": input.line.pickupStore ? fieldIssue("PICKUP_NOT_OFFERED", { store: input.line.pickupStore }) : fieldIssue("REQUIRED") });
    pickupNodeId = store.id;
  } else if (order.shipLat === null) {
    throw new RuleViolation("ADDRESS_REQUIRED", {}, { "line.mode": fieldIssue("ADDRESS_FIRST") });
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
