// Authorises a return (an RMA) for units the buyer has: each line refused field by field when the
// policy does not take it back, the refund quoted by the policy, exchanges placed as linked
// replacement orders, the refund paid at once when an agent decides so (within the role's limit)
// or when the policy trusts the customer, and the buyer told how to send the units back.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { fieldIssue, RuleViolation, type FieldIssues } from "@/lib/errors";
import { notifyCustomer, recomputeOrder } from "@/lib/orders";
import { parseInput } from "@/lib/http";
import { authoriseReturnSchema, type AuthoriseReturnInput } from "../schemas";
import type { ReturnResult } from "../types";
import { authorizeEither } from "../access";
import { createExchangeOrder, resolveExchangeSkus } from "./exchange";
import { assertEarlyRefundAllowed, createReturn, isTrustedCustomer, lockOrderFacts, payReturnRefund, quoteFor, quoteUnrefunded, recordChargedFees, refuseLines, returnResult, type WantedLine } from "./shared";

export async function authoriseReturn(tx: Tx, actor: Actor, rawInput: AuthoriseReturnInput, options: { now?: Date } = {}): Promise<ReturnResult> {
  authorizeEither(actor, "return.create", "api.return.create");
  const input = parseInput(authoriseReturnSchema, rawInput);
  const now = options.now ?? new Date();
  const { order, policy, facts } = await lockOrderFacts(tx, actor, input.orderId, now);

  const fields: FieldIssues = {};
  if (input.method === "STORE" && !policy.acceptInStore) fields.method = fieldIssue("RETURN_STORES_CLOSED");
  refuseLines(order, policy, facts, input.lines, fields);
  const exchangeSkus = await resolveExchangeSkus(tx, order, input.lines, fields);
  if (Object.keys(fields).length) throw new RuleViolation("RETURN_NOT_ALLOWED", { orderNumber: order.number }, fields);

  const lines: WantedLine[] = input.lines.map((l, i) => ({ orderLineId: l.orderLineId, qty: l.qty, reason: l.reason, exchangeSkuId: exchangeSkus.get(i) ?? null }));
  const quote = quoteFor(policy, order, facts, input.method, lines);
  const early = input.refundNow?.reason;
  if (early) assertEarlyRefundAllowed(actor, policy, quote.refundMinor, order.currency, "refundNow.reason");
  const trusted = !early && policy.refundTiming === "ON_REQUEST_FOR_TRUSTED" && quote.refundMinor > 0 && (await isTrustedCustomer(tx, order.customerId, policy));

  const ret = await createReturn(tx, actor, order, { method: input.method, lines, quote, now, note: input.note });
  const exchanges = lines.flatMap((l, i) => (l.exchangeSkuId ? [{ orderLineId: l.orderLineId, qty: l.qty, valueMinor: quote.lines[i].valueMinor, exchangeSkuId: l.exchangeSkuId }] : []));
  let exchangeOrderNumber: string | null = null;
  if (exchanges.length) exchangeOrderNumber = (await createExchangeOrder(tx, actor, order, ret, exchanges, policy, now)).number;

  if (early || trusted) {
    // The refund is valued now, on the units not refunded yet (what the limit was checked against, to the cent).
    const fresh = await lockOrderFacts(tx, actor, order.id, now);
    const current = fresh.order.returns.find((r) => r.id === ret.id)!;
    const { quote: due, units } = quoteUnrefunded(fresh.policy, fresh.order, fresh.facts, current);
    await recordChargedFees(tx, current, due);
    await payReturnRefund(tx, actor, order, ret, due.refundMinor, { note: `Return ${ret.number} refunded before receipt`, key: "refund:early", early: early ?? "Trusted customer: refunded when the return was authorised", now, units });
  }
  await notifyCustomer(tx, order.id, "RETURN_AUTHORISED", {
    returnNumber: ret.number,
    method: input.method,
    expectedRefundMinor: early || trusted ? 0 : quote.refundMinor,
    exchangeOrderNumber,
    lines: lines.map((l) => ({ lineId: l.orderLineId, qty: l.qty })),
  });
  await recomputeOrder(tx, actor, order.id, { reason: `Return ${ret.number} authorised` });
  return returnResult(tx, ret.id);
}
