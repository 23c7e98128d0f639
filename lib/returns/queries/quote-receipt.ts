// What receiving these units would refund, before anyone presses the button: the store counter and
// the RMA page show the server's answer (the same function the receipt pays with), not a copy.
import { type Actor } from "@/lib/auth";
import { authorizeEither } from "../access";
import type { Db, Tx } from "@/lib/db";
import { fieldIssue, NotFoundError, ValidationError } from "@/lib/errors";
import { getPublishedRules } from "@/lib/rules";
import { lineFacts, loadOrderFacts, refundableMinor } from "../order-facts";
import { receiptRefund, type ReceiptLineState } from "../policy";
import type { ReturnConditionInput } from "../schemas";

export interface ReceiptQuote {
  refundMinor: number;
  /** Value of the units refunded, before fees. */
  refundValueMinor: number;
  restockingFeeMinor: number;
  returnShippingMinor: number;
  shippingRefundMinor: number;
  /** What the order can still refund at most. */
  refundableMinor: number;
}

export async function quoteReceipt(
  db: Db | Tx,
  actor: Actor,
  input: { returnId?: string; orderId?: string; lines: Array<{ orderLineId: string; qty: number; condition: ReturnConditionInput; reason?: string }> },
  options: { now?: Date } = {},
): Promise<ReceiptQuote> {
  authorizeEither(actor, "return.receive", "api.return.receive");
  const orderId = input.returnId ? (await db.return.findUnique({ where: { id: input.returnId }, select: { orderId: true } }))?.orderId : input.orderId;
  if (!orderId) throw new NotFoundError(input.returnId ? "return" : "order", input.returnId ?? input.orderId ?? "");
  const order = await loadOrderFacts(db, { orderId });
  if (!order) throw new NotFoundError("order", orderId);
  const stray = Object.fromEntries(input.lines.flatMap((l, i) => (order.lines.some((ol) => ol.id === l.orderLineId) ? [] : [[`lines.${i}.orderLineId`, fieldIssue("RETURN_LINE_NOT_ON_ORDER", { orderNumber: order.number })]])));
  if (Object.keys(stray).length) throw new ValidationError(stray);
  const { definition: policy } = await getPublishedRules(db, "RETURNS");
  const facts = lineFacts(order, policy, options.now ?? new Date());
  const ret = input.returnId ? order.returns.find((r) => r.id === input.returnId) : undefined;
  // A walk-in: the return the counter would write, one line per order line received.
  const rmaLines: ReceiptLineState[] = ret
    ? ret.lines
    : input.lines.map((l, i) => ({ id: `walk-in-${i}`, orderLineId: l.orderLineId, qty: l.qty, receivedQty: 0, refundedQty: 0, reason: l.reason ?? policy.reasons[0], exchangeSkuId: null }));
  const method = ret ? (ret.method === "IN_STORE" ? "STORE" : "MAIL") : "STORE";
  const refundable = refundableMinor(order);
  const { quote, refundMinor } = receiptRefund(policy, order, facts, rmaLines, input.lines, method, refundable);
  return {
    refundMinor,
    refundValueMinor: quote?.refundValueMinor ?? 0,
    restockingFeeMinor: quote?.restockingFeeMinor ?? 0,
    returnShippingMinor: quote?.returnShippingMinor ?? 0,
    shippingRefundMinor: quote?.shippingRefundMinor ?? 0,
    refundableMinor: refundable,
  };
}
