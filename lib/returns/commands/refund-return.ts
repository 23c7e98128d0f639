// An agent refunds an authorised return before its units arrive: a decision with a reason, up to
// the role's limit in the returns policy. The receipt then pays nothing more.
import type { Actor } from "@/lib/auth";
import { authorize } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError, RuleViolation } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { recomputeOrder } from "@/lib/orders";
import { refundReturnSchema, type RefundReturnInput } from "../schemas";
import type { ReturnResult } from "../types";
import { assertEarlyRefundAllowed, lockOrderFacts, payReturnRefund, quoteUnrefunded, recordChargedFees, returnResult } from "./shared";

export async function refundReturn(tx: Tx, actor: Actor, rawInput: RefundReturnInput, options: { now?: Date } = {}): Promise<ReturnResult> {
  authorize(actor, "return.refund");
  const input = parseInput(refundReturnSchema, rawInput);
  const now = options.now ?? new Date();
  const found = await tx.return.findUnique({ where: { id: input.returnId }, select: { orderId: true } });
  if (!found) throw new NotFoundError("return", input.returnId);
  const { order, policy, facts } = await lockOrderFacts(tx, actor, found.orderId, now);
  const ret = await tx.return.findUniqueOrThrow({ where: { id: input.returnId }, select: { id: true, number: true, status: true, version: true } });
  if (ret.version !== input.expectedVersion) throw new ConflictError();
  if (ret.status !== "APPROVED" && ret.status !== "REQUESTED") throw new RuleViolation("RETURN_CLOSED", { returnNumber: ret.number, status: ret.status });
  const current = order.returns.find((r) => r.id === ret.id)!;
  const { quote, units } = quoteUnrefunded(policy, order, facts, current);
  if (!units.length) throw new RuleViolation("RETURN_ALREADY_REFUNDED", { returnNumber: ret.number });
  if (quote.refundMinor <= 0) throw new RuleViolation("NOTHING_TO_REFUND", { returnNumber: ret.number });
  assertEarlyRefundAllowed(actor, policy, quote.refundMinor, order.currency, "reason");
  await recordChargedFees(tx, current, quote);
  await payReturnRefund(tx, actor, order, ret, quote.refundMinor, { note: `Return ${ret.number} refunded before receipt`, key: "refund:early", early: input.reason, now, units });
  await recomputeOrder(tx, actor, order.id, { reason: input.reason });
  return returnResult(tx, ret.id);
}
