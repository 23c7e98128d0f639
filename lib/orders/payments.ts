// The order's payment ledger as figures, and capturing the value of units as they leave (ship) or
// are collected (pickup hand-over). Captures never exceed what is authorised and not yet captured,
// and use the method that authorised the order.
import { randomBytes } from "node:crypto";
import type { PaymentType } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { recordOrderEvent } from "./events";

export interface LedgerTotals {
  /** Authorised minus voided: what the buyer's payment method holds for the order. */
  authorizedMinor: number;
  capturedMinor: number;
  /** Refunds and goodwill refunds (appeasements). */
  refundedMinor: number;
  /** What the buyer has paid, net of refunds. */
  balanceMinor: number;
}

export function ledgerTotals(rows: Array<{ type: PaymentType; amountMinor: number }>): LedgerTotals {
  const sum = (...types: PaymentType[]) => rows.filter((r) => types.includes(r.type)).reduce((a, r) => a + r.amountMinor, 0);
  const authorizedMinor = sum("AUTHORIZATION") - sum("VOID");
  const capturedMinor = sum("CAPTURE");
  const refundedMinor = sum("REFUND", "APPEASEMENT");
  return { authorizedMinor, capturedMinor, refundedMinor, balanceMinor: capturedMinor - refundedMinor };
}

/**
 * The price of `qty` units of a line, with their share of the line's discount. `before` units of the
 * line were paid for earlier: shares are taken cumulatively, so the parts always add up to the
 * line's discount as the order's total rounds it (round(discount * units / qty)), to the cent.
 */
export function unitsValueMinor(line: { qty: number; unitPriceMinor: number; discountMinor: number }, qty: number, before = 0): number {
  return qty * line.unitPriceMinor - (discountShareMinor(line, before + qty) - discountShareMinor(line, before));
}

/** The part of a line's discount that `units` of its units carry (re-pricing and captures agree on it). */
export function discountShareMinor(line: { qty: number; discountMinor: number }, units: number): number {
  return Math.round((line.discountMinor * units) / line.qty);
}

/** Units of each line paid for by a capture: shipped to the customer, or collected at a store. */
async function paidUnitsByLine(tx: Tx, orderId: string): Promise<Map<string, number>> {
  const rows = await tx.fulfillmentOrderLine.findMany({
    where: { fulfillmentOrder: { orderId } },
    select: { orderLineId: true, qty: true, handedOverQty: true, fulfillmentOrder: { select: { deliveryMode: true, status: true } } },
  });
  const paid = new Map<string, number>();
  for (const r of rows) {
    const units = r.fulfillmentOrder.deliveryMode === "SHIP" ? (r.fulfillmentOrder.status === "SHIPPED" || r.fulfillmentOrder.status === "DELIVERED" ? r.qty : 0) : r.handedOverQty;
    paid.set(r.orderLineId, (paid.get(r.orderLineId) ?? 0) + units);
  }
  return paid;
}

/**
 * Captures the value of these units (plus the shipping fee when asked) against the open
 * authorisation, in the caller's transaction, with an event on the timeline. Call it once the units
 * count as shipped or handed over. Returns the amount.
 */
export async function captureUnits(
  tx: Tx,
  actor: Actor,
  orderId: string,
  units: Array<{ orderLineId: string; qty: number }>,
  options: { includeShipping: boolean; fulfillmentOrder: string },
): Promise<number> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      currency: true,
      shippingMinor: true,
      lines: { select: { id: true, qty: true, unitPriceMinor: true, discountMinor: true } },
      payments: { select: { type: true, amountMinor: true, method: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const byId = new Map(order.lines.map((l) => [l.id, l]));
  const paid = await paidUnitsByLine(tx, orderId);
  const now = new Map<string, number>();
  for (const u of units) now.set(u.orderLineId, (now.get(u.orderLineId) ?? 0) + u.qty);
  let value = [...now].reduce((a, [lineId, qty]) => a + unitsValueMinor(byId.get(lineId)!, qty, Math.max(0, (paid.get(lineId) ?? qty) - qty)), 0);
  if (options.includeShipping) value += order.shippingMinor;
  const totals = ledgerTotals(order.payments);
  const amount = Math.max(0, Math.min(value, totals.authorizedMinor - totals.capturedMinor));
  if (amount === 0) return 0;
  const method = order.payments.find((p) => p.type === "AUTHORIZATION")?.method ?? "CARD";
  await tx.paymentTransaction.create({
    data: {
      orderId,
      type: "CAPTURE",
      amountMinor: amount,
      currency: order.currency,
      method,
      reference: `CAPT-${randomBytes(4).toString("hex").toUpperCase()}`,
      createdBy: actor.id,
      note: `Captured for ${options.fulfillmentOrder}`,
    },
  });
  await recordOrderEvent(tx, actor, orderId, "payment.captured", { data: { amountMinor: amount, fulfillmentOrder: options.fulfillmentOrder, method } });
  return amount;
}
