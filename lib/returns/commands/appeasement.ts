// Goodwill refunds: an amount or a percentage of one line or of the whole order, with a reason.
// Within the requester's limit (returns policy, per role) it is paid at once; above it, it waits for
// a supervisor, who approves (and it is paid) or refuses it. Never more than captured minus refunded.
import { authorize, type Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { ConflictError, fieldIssue, NotFoundError, RuleViolation } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { assertOrderAccess, notifyCustomer, recordOrderEvent } from "@/lib/orders";
import { refundToBuyer, unitsValueMinor } from "@/lib/payments";
import { refundableMinor } from "../order-facts";
import { lockOrderFacts } from "./shared";
import { roleLimitMinor } from "../policy";
import { appeasementSchema, decideAppeasementSchema, type AppeasementInput, type DecideAppeasementInput } from "../schemas";
import type { AppeasementResult } from "../types";

async function pay(tx: Tx, actor: Actor, a: { id: string; orderId: string; amountMinor: number; reason: string }, currency: string): Promise<void> {
  await refundToBuyer(tx, actor, { orderId: a.orderId, amountMinor: a.amountMinor, type: "APPEASEMENT", note: `Goodwill: ${a.reason}`, idempotencyKey: `appeasement:${a.id}` });
  await notifyCustomer(tx, a.orderId, "REFUNDED", { amountMinor: a.amountMinor, currency });
}

export async function requestAppeasement(tx: Tx, actor: Actor, rawInput: AppeasementInput): Promise<AppeasementResult> {
  authorize(actor, "order.appeasement");
  const input = parseInput(appeasementSchema, rawInput);
  await assertOrderAccess(tx, actor, input.orderId, "order.appeasement");
  const { order, policy } = await lockOrderFacts(tx, actor, input.orderId, new Date());
  const line = input.orderLineId ? order.lines.find((l) => l.id === input.orderLineId) : undefined;
  if (input.orderLineId && !line) throw new RuleViolation("APPEASEMENT_NOT_ALLOWED", { orderNumber: order.number }, { orderLineId: fieldIssue("RETURN_LINE_NOT_ON_ORDER", { orderNumber: order.number }) });
  // A percentage is of what the buyer paid for the line (or the order), as the ledger values it.
  const base = line ? unitsValueMinor(line, line.qty - line.cancelledQty) : order.totalMinor;
  const amount = input.amountMinor ?? Math.round((base * input.percent!) / 100);
  const refundable = refundableMinor(order);
  if (amount <= 0) throw new RuleViolation("APPEASEMENT_NOT_ALLOWED", { orderNumber: order.number }, { percent: fieldIssue("APPEASEMENT_COMES_TO_NOTHING") });
  if (amount > refundable) {
    const params = { refundableMinor: refundable, currency: order.currency, orderNumber: order.number };
    throw new RuleViolation("REFUND_EXCEEDS_CAPTURED", params, { [input.amountMinor !== undefined ? "amountMinor" : "percent"]: fieldIssue("REFUND_EXCEEDS_CAPTURED", params) });
  }
  const limit = roleLimitMinor(policy.appeasementLimitMinor, actor.role);
  const status = amount <= limit ? "APPROVED" : "PENDING_APPROVAL";
  const created = await tx.appeasement.create({
    data: {
      orderId: order.id,
      orderLineId: line?.id ?? null,
      amountMinor: amount,
      percent: input.percent ?? null,
      reason: input.reason,
      status,
      requestedBy: actor.id,
      ...(status === "APPROVED" ? { decidedBy: actor.id, decidedAt: new Date() } : {}),
    },
    select: { id: true, version: true },
  });
  await recordOrderEvent(tx, actor, order.id, status === "APPROVED" ? "appeasement.given" : "appeasement.requested", {
    reason: input.reason,
    data: { amountMinor: amount, percent: input.percent ?? null, line: line?.lineNo ?? null, limitMinor: limit === Number.MAX_SAFE_INTEGER ? null : limit },
  });
  if (status === "APPROVED") await pay(tx, actor, { id: created.id, orderId: order.id, amountMinor: amount, reason: input.reason }, order.currency);
  return { appeasementId: created.id, status, amountMinor: amount, version: created.version };
}

export async function decideAppeasement(tx: Tx, actor: Actor, rawInput: DecideAppeasementInput): Promise<AppeasementResult> {
  authorize(actor, "order.appeasement.approve");
  const input = parseInput(decideAppeasementSchema, rawInput);
  const found = await tx.appeasement.findUnique({ where: { id: input.appeasementId }, select: { orderId: true } });
  if (!found) throw new NotFoundError("appeasement", input.appeasementId);
  await assertOrderAccess(tx, actor, found.orderId, "order.appeasement.approve");
  await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${found.orderId} FOR UPDATE`;
  const a = await tx.appeasement.findUniqueOrThrow({ where: { id: input.appeasementId }, select: { id: true, orderId: true, amountMinor: true, reason: true, status: true, version: true, order: { select: { currency: true } } } });
  if (a.version !== input.expectedVersion) throw new ConflictError();
  if (a.status !== "PENDING_APPROVAL") throw new RuleViolation("APPEASEMENT_DECIDED", { status: a.status });
  const status = input.approve ? "APPROVED" : "REJECTED";
  const updated = await tx.appeasement.update({
    where: { id: a.id },
    data: { status, decidedBy: actor.id, decidedAt: new Date(), decisionNote: input.note ?? null, version: { increment: 1 } },
    select: { version: true },
  });
  await recordOrderEvent(tx, actor, a.orderId, input.approve ? "appeasement.approved" : "appeasement.refused", { reason: input.note ?? a.reason, data: { amountMinor: a.amountMinor } });
  if (input.approve) await pay(tx, actor, a, a.order.currency);
  return { appeasementId: a.id, status, amountMinor: a.amountMinor, version: updated.version };
}
