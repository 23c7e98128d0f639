// An exchange: the units coming back pay for a replacement (another size or colour of the same
// product) on a new order linked to the return. The value of the returned units moves from the
// original order to the new one as an exchange credit (inside the OMS, no provider); a dearer
// replacement is authorised on the buyer's payment method for the difference, a cheaper one
// refunds the difference. The replacement is sourced at once (advance exchange) or waits on a hold
// until the return is received, per policy.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { fieldIssue, RuleViolation, type FieldIssues } from "@/lib/errors";
import { notifyCustomer, recomputeOrder, recordOrderEvent, sourceOpenUnits, VAT_RATE } from "@/lib/orders";
import { EXCHANGE_CREDIT, ledgerTotals, recordMoneyMove, refundToBuyer } from "@/lib/payments";
import type { ReturnRules } from "@/lib/rules";
import type { OrderFacts } from "../order-facts";

export const EXCHANGE_HOLD_REASON = "Replacement waits for the return";

export interface ExchangeLine {
  orderLineId: string;
  qty: number;
  valueMinor: number;
  exchangeSkuId: string;
}

/** Resolves each line's exchange SKU code: another active SKU of the same product, in the order's currency. */
export async function resolveExchangeSkus(tx: Tx, order: OrderFacts, lines: Array<{ orderLineId: string; exchangeSku?: string }>, fields: FieldIssues): Promise<Map<number, string>> {
  const codes = [...new Set(lines.flatMap((l) => (l.exchangeSku ? [l.exchangeSku] : [])))];
  if (!codes.length) return new Map();
  const skus = await tx.sku.findMany({ where: { code: { in: codes } }, select: { id: true, code: true, productId: true, active: true, currency: true } });
  const byCode = new Map(skus.map((s) => [s.code, s]));
  const out = new Map<number, string>();
  lines.forEach((l, i) => {
    if (!l.exchangeSku) return;
    const line = order.lines.find((x) => x.id === l.orderLineId);
    const sku = byCode.get(l.exchangeSku);
    const field = `lines.${i}.exchangeSku`;
    if (!line) return;
    if (!sku) fields[field] = fieldIssue("EXCHANGE_SKU_UNKNOWN", { sku: l.exchangeSku });
    else if (!sku.active) fields[field] = fieldIssue("EXCHANGE_SKU_NOT_SOLD", { sku: sku.code });
    else if (sku.productId !== line.sku.productId) fields[field] = fieldIssue("EXCHANGE_SKU_OTHER_PRODUCT", { sku: sku.code, name: line.sku.name });
    else if (sku.id === line.skuId) fields[field] = fieldIssue("EXCHANGE_SKU_SAME", { sku: sku.code });
    else if (sku.currency !== order.currency) fields[field] = fieldIssue("EXCHANGE_SKU_CURRENCY", { sku: sku.code, skuCurrency: sku.currency, orderCurrency: order.currency });
    else out.set(i, sku.id);
  });
  return out;
}

export async function createExchangeOrder(
  tx: Tx,
  actor: Actor,
  order: OrderFacts & { shipName?: string | null; shipLine1?: string | null; shipLine2?: string | null; shipCity?: string | null; shipPostalCode?: string | null; shipCountry?: string | null },
  ret: { id: string; number: string },
  lines: ExchangeLine[],
  policy: ReturnRules,
  now: Date,
): Promise<{ orderId: string; number: string; differenceMinor: number }> {
  const skus = await tx.sku.findMany({ where: { id: { in: lines.map((l) => l.exchangeSkuId) } }, select: { id: true, code: true, priceMinor: true } });
  const price = new Map(skus.map((s) => [s.id, s]));
  const subtotal = lines.reduce((a, l) => a + price.get(l.exchangeSkuId)!.priceMinor * l.qty, 0);
  const credit = lines.reduce((a, l) => a + l.valueMinor, 0);
  const difference = subtotal - credit;
  const original = new Map(order.lines.map((l) => [l.id, l]));
  const full = await tx.order.findUniqueOrThrow({
    where: { id: order.id },
    select: { shipName: true, shipLine1: true, shipLine2: true, shipCity: true, shipPostalCode: true, shipCountry: true, shipLat: true, shipLng: true, phone: true, lines: { select: { id: true, pickupNodeId: true } } },
  });
  const pickupOf = new Map(full.lines.map((l) => [l.id, l.pickupNodeId]));
  const [{ n }] = await tx.$queryRaw<Array<{ n: bigint }>>`SELECT nextval('order_number_seq') AS n`;
  const number = `OMS-${n}`;
  const created = await tx.order.create({
    data: {
      number,
      channel: order.channel,
      status: "CREATED",
      customerId: order.customerId,
      email: order.email,
      phone: full.phone,
      shipName: full.shipName,
      shipLine1: full.shipLine1,
      shipLine2: full.shipLine2,
      shipCity: full.shipCity,
      shipPostalCode: full.shipPostalCode,
      shipCountry: full.shipCountry,
      shipLat: full.shipLat,
      shipLng: full.shipLng,
      currency: order.currency,
      subtotalMinor: subtotal,
      shippingMinor: 0,
      discountMinor: 0,
      taxMinor: Math.round(subtotal - subtotal / (1 + VAT_RATE)),
      totalMinor: subtotal,
      placedAt: now,
      createdBy: actor.id,
      lines: {
        create: lines.map((l, i) => {
          const from = original.get(l.orderLineId)!;
          // The replacement travels as the original did: to the address, or to the same pickup store.
          const pickup = from.deliveryMode === "PICKUP" || full.shipLat === null ? (pickupOf.get(l.orderLineId) ?? null) : null;
          return { lineNo: i + 1, skuId: l.exchangeSkuId, qty: l.qty, unitPriceMinor: price.get(l.exchangeSkuId)!.priceMinor, deliveryMode: pickup ? ("PICKUP" as const) : ("SHIP" as const), pickupNodeId: pickup };
        }),
      },
    },
    select: { id: true },
  });

  // Money: the returned goods' value leaves the original order and pays the replacement.
  const totals = ledgerTotals(order.payments);
  const movable = Math.min(credit, subtotal, Math.max(0, totals.capturedMinor - totals.refundedMinor));
  if (movable < Math.min(credit, subtotal)) {
    throw new RuleViolation("EXCHANGE_NOT_PAID", { orderNumber: order.number });
  }
  const note = `Exchange ${ret.number}: replacement order ${number}`;
  if (movable > 0) {
    await tx.paymentTransaction.create({ data: { orderId: order.id, returnId: ret.id, type: "REFUND", amountMinor: movable, currency: order.currency, method: EXCHANGE_CREDIT, provider: "oms", reference: ret.number, note, createdBy: actor.id } });
    await tx.paymentTransaction.create({ data: { orderId: created.id, returnId: ret.id, type: "AUTHORIZATION", amountMinor: movable, currency: order.currency, method: EXCHANGE_CREDIT, provider: "oms", reference: ret.number, note, createdBy: actor.id } });
    await tx.paymentTransaction.create({ data: { orderId: created.id, returnId: ret.id, type: "CAPTURE", amountMinor: movable, currency: order.currency, method: EXCHANGE_CREDIT, provider: "oms", reference: ret.number, note, createdBy: actor.id } });
  }
  if (difference > 0) {
    // The dearer replacement's difference is authorised on the method that paid the original.
    await recordMoneyMove(tx, actor, { orderId: created.id, orderNumber: number, type: "AUTHORIZATION", amountMinor: difference, currency: order.currency, rows: order.payments, note: `${note}: price difference`, returnId: ret.id, idempotencyKey: `${ret.id}:exchange:difference` });
  } else if (difference < 0) {
    await refundToBuyer(tx, actor, { orderId: order.id, amountMinor: -difference, type: "REFUND", returnId: ret.id, note: `${note}: price difference refunded`, idempotencyKey: `${ret.id}:exchange:difference` });
  }

  await recordOrderEvent(tx, actor, created.id, "order.created", { reason: note, data: { exchangeFor: ret.number, originalOrder: order.number, totalMinor: subtotal } });
  if (policy.exchangeSourcing === "ON_RECEIPT") {
    await tx.orderHold.create({ data: { orderId: created.id, type: "MANUAL", reason: `${EXCHANGE_HOLD_REASON} ${ret.number}` } });
  }
  await sourceOpenUnits(tx, actor, created.id, { reason: "CAPTURE", now });
  await recomputeOrder(tx, actor, created.id, { reason: note });
  await notifyCustomer(tx, created.id, "ORDER_CONFIRMED", {});
  await tx.return.update({ where: { id: ret.id }, data: { exchangeOrderId: created.id, exchangeDifferenceMinor: difference } });
  // The exchanged units' value has gone (to the replacement): later refunds of the line value the units after them.
  await tx.$executeRaw`UPDATE "ReturnLine" SET "refundedQty" = qty WHERE "returnId" = ${ret.id} AND "exchangeSkuId" IS NOT NULL`;
  await recordOrderEvent(tx, actor, order.id, "return.exchange_created", { reason: note, data: { return: ret.number, exchangeOrder: number, differenceMinor: difference } });
  return { orderId: created.id, number, differenceMinor: difference };
}
