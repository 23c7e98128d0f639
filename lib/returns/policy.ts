// What a return is worth under the policy: the value of the units as the buyer paid for them, less
// a restocking fee and the return shipping for the buyer's own reasons, plus the shipping fee when
// the whole order has come back and the policy gives it back. Pure: the commands and the screens
// quote with it, so what a screen promises is what the refund pays.
import type { ReturnRules } from "@/lib/rules";
import { unitsValueMinor } from "@/lib/payments";
import type { LineFacts, OrderFacts } from "./order-facts";

/** Whether, once `extra` more units per line are back, every unit the buyer had is back. */
export function everyUnitBack(order: Pick<OrderFacts, "lines">, back: (lineId: string) => number, extra: Map<string, number>): boolean {
  return order.lines.every((l) => back(l.id) + (extra.get(l.id) ?? 0) >= l.qty - l.cancelledQty);
}

export interface QuoteLine {
  orderLineId: string;
  qty: number;
  reason: string;
  /** Units sent instead (an exchange) are not refunded: their value pays the replacement. */
  exchange: boolean;
  /** Units that are not what was sold (wrong item received) are not refunded. */
  refundable?: boolean;
}

export interface ReturnQuote {
  lines: Array<QuoteLine & { valueMinor: number }>;
  /** Value of the units that will be refunded (exchanges excluded). */
  refundValueMinor: number;
  restockingFeeMinor: number;
  returnShippingMinor: number;
  shippingRefundMinor: number;
  /** What the buyer gets back: never below zero. */
  refundMinor: number;
}

/**
 * Quotes units coming back. `facts` gives, per line, the units whose value already went back (these
 * units' value is the next share, so all refunds of a line add up to its price and discount to the
 * cent); chargeShipping: charge the return shipping (once per return); allBack: every unit the buyer
 * had is coming back once these are (the shipping fee may go back with them).
 */
export function quoteReturn(
  policy: ReturnRules,
  order: Pick<OrderFacts, "lines" | "shippingMinor" | "returns">,
  facts: Map<string, Pick<LineFacts, "refunded">>,
  input: { method: "MAIL" | "STORE"; lines: QuoteLine[]; chargeShipping: boolean; allBack: boolean },
): ReturnQuote {
  const byId = new Map(order.lines.map((l) => [l.id, l]));
  const taken = new Map<string, number>();
  const lines = input.lines.map((l) => {
    const line = byId.get(l.orderLineId)!;
    const f = facts.get(l.orderLineId);
    const before = (f?.refunded ?? 0) + (taken.get(l.orderLineId) ?? 0);
    // Only units whose value goes back move the line's offset.
    if (l.refundable !== false) taken.set(l.orderLineId, (taken.get(l.orderLineId) ?? 0) + l.qty);
    const units = Math.min(l.qty, Math.max(0, line.qty - line.cancelledQty - before));
    return { ...l, valueMinor: units > 0 ? unitsValueMinor(line, units, before) : 0 };
  });
  const refunded = lines.filter((l) => !l.exchange && l.refundable !== false);
  const refundValueMinor = refunded.reduce((a, l) => a + l.valueMinor, 0);
  const buyerValue = refunded.filter((l) => policy.buyerReasons.includes(l.reason)).reduce((a, l) => a + l.valueMinor, 0);
  const restockingFeeMinor = Math.round((buyerValue * policy.restockingFeePercent) / 100);
  const returnShippingMinor =
    input.chargeShipping && input.method === "MAIL" && buyerValue > 0 && policy.returnShipping.paidBy === "CUSTOMER" ? policy.returnShipping.feeMinor : 0;
  // The shipping fee goes back once, when every unit the buyer kept is coming back.
  const alreadyGiven = order.returns.some((r) => r.shippingRefundMinor > 0);
  const exchanges = lines.some((l) => l.exchange);
  const shippingRefundMinor = policy.refundShipping && input.allBack && !alreadyGiven && !exchanges && refundValueMinor > 0 ? order.shippingMinor : 0;
  const refundMinor = Math.max(0, refundValueMinor - restockingFeeMinor - returnShippingMinor + shippingRefundMinor);
  return { lines, refundValueMinor, restockingFeeMinor: Math.min(restockingFeeMinor, refundValueMinor), returnShippingMinor, shippingRefundMinor, refundMinor };
}

/** The limit of money a role may give back on its own, from the policy (system and API actors: no limit of their own). */
export function roleLimitMinor(limits: ReturnRules["appeasementLimitMinor"], role: string): number {
  return role in limits ? limits[role as keyof typeof limits] : Number.MAX_SAFE_INTEGER;
}

/** A return line as a receipt finds it (before the units now received are counted). */
export interface ReceiptLineState {
  id: string;
  orderLineId: string;
  qty: number;
  receivedQty: number;
  refundedQty: number;
  reason: string;
  exchangeSkuId: string | null;
}

/**
 * What a receipt refunds: the value of the units received that were not refunded yet (an early
 * refund already paid for its units; a wrong item is not refunded; an exchange's value paid the
 * replacement), less the fees per policy (return shipping once per return), never more than can
 * still be refunded. The counter's button and the receipt itself both ask this.
 */
export function receiptRefund(
  policy: ReturnRules,
  order: Pick<OrderFacts, "lines" | "shippingMinor" | "returns">,
  facts: Map<string, Pick<LineFacts, "refunded" | "committed">>,
  rmaLines: ReceiptLineState[],
  received: Array<{ orderLineId: string; qty: number; condition: "RESELLABLE" | "DAMAGED" | "WRONG_ITEM" }>,
  method: "MAIL" | "STORE",
  refundableMinor: number,
): { quote: ReturnQuote | null; paying: Array<{ rl: ReceiptLineState; qty: number }>; refundMinor: number } {
  const taken = new Map<string, number>();
  const arriving = new Map<string, number>();
  const paying = received.flatMap((l) => {
    const rl = rmaLines.find((x) => x.orderLineId === l.orderLineId);
    if (!rl) return [];
    arriving.set(rl.id, (arriving.get(rl.id) ?? 0) + l.qty);
    if (rl.exchangeSkuId || l.condition === "WRONG_ITEM") return [];
    const left = rl.qty - rl.refundedQty - (taken.get(rl.id) ?? 0);
    const qty = Math.min(l.qty, Math.max(0, left));
    taken.set(rl.id, (taken.get(rl.id) ?? 0) + qty);
    return qty > 0 ? [{ rl, qty }] : [];
  });
  if (!paying.length) return { quote: null, paying, refundMinor: 0 };
  const returnComplete = rmaLines.every((rl) => rl.receivedQty + (arriving.get(rl.id) ?? 0) >= rl.qty);
  const quote = quoteReturn(policy, order, facts, {
    method,
    lines: paying.map(({ rl, qty }) => ({ orderLineId: rl.orderLineId, qty, reason: rl.reason, exchange: false })),
    chargeShipping: rmaLines.every((rl) => rl.receivedQty === 0),
    allBack: returnComplete && everyUnitBack(order, (id) => facts.get(id)?.committed ?? 0, new Map()),
  });
  return { quote, paying, refundMinor: Math.max(0, Math.min(quote.refundMinor, refundableMinor)) };
}
