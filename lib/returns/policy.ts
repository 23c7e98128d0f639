// What a return is worth under the policy: the value of the units as the buyer paid for them, less
// a restocking fee and the return shipping for the buyer's own reasons, plus the shipping fee when
// the whole order has come back and the policy gives it back. Pure: the commands and the screens
// quote with it, so what a screen promises is what the refund pays.
import type { ReturnRules } from "@/lib/rules";
import { returnValueMinor, type LineFacts, type OrderFacts } from "./order-facts";

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
    return { ...l, valueMinor: units > 0 ? returnValueMinor(line, units, before) : 0 };
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
