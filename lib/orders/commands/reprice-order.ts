// Re-prices an order after a change, from its lines as they now stand, by the one pricing rule
// (lib/orders/pricing.ts), and records only the difference in the payment ledger.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { discountShareMinor, LEDGER_ROW_SELECT, ledgerTotals, recordMoneyMove, type LedgerRow } from "@/lib/payments";
import { recordOrderEvent } from "../events";
import { isFreeShippingCode, shippingFeeMinor, vatShareMinor } from "../pricing";

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
  const promo = order.promoCode ? await tx.promoCode.findUnique({ where: { code: order.promoCode }, select: { percentOff: true, amountOffMinor: true } }) : null;
  const fee = shippingFeeMinor({ ships: true, freeShippingCode: isFreeShippingCode(promo), merchandiseMinor: subtotal - discount });
  const shipping = !stillShips ? 0 : order.shippingMinor > 0 ? Math.min(order.shippingMinor, fee === 0 ? order.shippingMinor : fee) : options.shippingMayStart ? fee : 0;
  const total = subtotal - discount + shipping;
  const difference = total - order.totalMinor;
  await tx.order.update({
    where: { id: orderId },
    data: { subtotalMinor: subtotal, discountMinor: discount, shippingMinor: shipping, totalMinor: total, taxMinor: vatShareMinor(total) },
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
