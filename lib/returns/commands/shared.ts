// Steps the return commands share: who may act, reading the order under lock with its policy,
// refusing lines field by field, writing the RMA, paying its refund, and the events and messages.
import { Prisma } from "@/generated/prisma/client";
import { can, type Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { fieldIssue, ForbiddenError, NotFoundError, RuleViolation, type FieldIssues } from "@/lib/errors";
import { notifyCustomer, recordOrderEvent } from "@/lib/orders";
import { refundToBuyer } from "@/lib/payments";
import { getPublishedRules, type ReturnRules } from "@/lib/rules";
import { lineFacts, loadOrderFacts, windowDaysFor, type LineFacts, type OrderFacts } from "../order-facts";
import { everyUnitBack, quoteReturn, roleLimitMinor, type QuoteLine, type ReturnQuote } from "../policy";
import type { ReturnResult } from "../types";

export const DB_METHOD = { MAIL: "MAIL", STORE: "IN_STORE" } as const;
export const API_METHOD = { MAIL: "MAIL", IN_STORE: "STORE" } as const;

/** Locks the order (two returns or refunds on one order go one after the other) and reads its facts and policy. */
export async function lockOrderFacts(tx: Tx, actor: Actor, orderId: string, now: Date): Promise<{ order: OrderFacts; policy: ReturnRules; facts: Map<string, LineFacts> }> {
  const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  if (!locked.length) throw new NotFoundError("order", orderId);
  const order = await loadOrderFacts(tx, { orderId });
  if (!order) throw new NotFoundError("order", orderId);
  // A channel sees only its own orders: another channel's is not found, as on GET.
  if (actor.kind === "apiKey" && actor.role === "CHANNEL" && actor.channel !== order.channel) throw new NotFoundError("order", order.number);
  const { definition: policy } = await getPublishedRules(tx, "RETURNS");
  return { order, policy, facts: lineFacts(order, policy, now) };
}

export interface WantedLine {
  orderLineId: string;
  qty: number;
  reason: string;
  exchangeSkuId?: string | null;
}

/**
 * Refuses, field by field, units the policy does not take back: unknown lines or reasons, categories
 * not returnable, units not shipped or collected, already on a return, more than the buyer has,
 * outside the window. `prefix` names the input's field path (lines.<i>).
 */
export function refuseLines(order: OrderFacts, policy: ReturnRules, facts: Map<string, LineFacts>, lines: Array<Omit<WantedLine, "exchangeSkuId">>, fields: FieldIssues): void {
  const asked = new Map<string, number>();
  lines.forEach((l, i) => {
    const line = order.lines.find((x) => x.id === l.orderLineId);
    if (!line) {
      fields[`lines.${i}.orderLineId`] = fieldIssue("RETURN_LINE_NOT_ON_ORDER", { orderNumber: order.number });
      return;
    }
    const sku = line.sku.code;
    if (!policy.reasons.includes(l.reason)) fields[`lines.${i}.reason`] = fieldIssue("RETURN_REASON_UNKNOWN", { reason: l.reason, reasons: policy.reasons.join(", ") });
    const f = facts.get(line.id)!;
    const total = (asked.get(line.id) ?? 0) + l.qty;
    asked.set(line.id, total);
    const category = line.sku.product.category.code;
    switch (f.refusal) {
      case "CHANNEL_NOT_ACCEPTED":
        fields[`lines.${i}.orderLineId`] = fieldIssue("RETURN_CHANNEL_NOT_ACCEPTED", { channel: order.channel });
        return;
      case "NON_RETURNABLE":
        fields[`lines.${i}.orderLineId`] = fieldIssue("RETURN_NON_RETURNABLE", { sku, category });
        return;
      case "NOT_SHIPPED":
        fields[`lines.${i}.qty`] = fieldIssue("RETURN_NOT_SHIPPED", { sku });
        return;
      case "ALREADY_RETURNED":
        fields[`lines.${i}.qty`] = fieldIssue("RETURN_ALREADY_RETURNED", { sku, delivered: f.delivered });
        return;
      case "OUTSIDE_WINDOW":
        fields[`lines.${i}.orderLineId`] = fieldIssue("RETURN_WINDOW_ENDED", { sku, windowDays: windowDaysFor(policy, category), windowEndDate: parisDay(f.windowEndsAt!) });
        return;
      default:
        break;
    }
    if (total > f.returnable) {
      fields[`lines.${i}.qty`] = fieldIssue(f.returnable === 1 ? "RETURN_ONLY_RETURNABLE_ONE" : "RETURN_ONLY_RETURNABLE", { sku, returnable: f.returnable, delivered: f.delivered, committed: f.committed });
    }
  });
}

/** The calendar day of an instant in Paris (where the return windows are counted), as an ISO date. */
function parisDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

export async function nextReturnNumber(tx: Tx): Promise<string> {
  const [row] = await tx.$queryRaw<Array<{ n: bigint }>>`SELECT nextval('return_number_seq') AS n`;
  return `RMA-${row.n}`;
}

/** Writes the RMA and its lines, with the quote's value per line, and the "return.authorised" event. */
export async function createReturn(
  tx: Tx,
  actor: Actor,
  order: OrderFacts,
  input: { method: "MAIL" | "STORE"; lines: WantedLine[]; quote: ReturnQuote; receivingNodeId?: string | null; now: Date; note?: string },
): Promise<{ id: string; number: string; lineIds: string[] }> {
  const number = await nextReturnNumber(tx);
  const created = await tx.return.create({
    data: {
      number,
      orderId: order.id,
      status: "APPROVED",
      method: DB_METHOD[input.method],
      receivingNodeId: input.receivingNodeId ?? null,
      reason: input.lines[0].reason,
      expectedRefundMinor: input.quote.refundMinor,
      restockingFeeMinor: input.quote.restockingFeeMinor,
      returnShippingMinor: input.quote.returnShippingMinor,
      shippingRefundMinor: input.quote.shippingRefundMinor,
      createdBy: actor.id,
      requestedAt: input.now,
      lines: {
        create: input.lines.map((l, i) => ({ orderLineId: l.orderLineId, qty: l.qty, reason: l.reason, exchangeSkuId: l.exchangeSkuId ?? null, valueMinor: input.quote.lines[i].valueMinor })),
      },
    },
    select: { id: true, lines: { select: { id: true, orderLineId: true }, orderBy: { id: "asc" } } },
  });
  const lineNo = new Map(order.lines.map((l) => [l.id, l]));
  await recordOrderEvent(tx, actor, order.id, "return.authorised", {
    reason: input.note ?? null,
    data: {
      return: number,
      method: input.method,
      lines: input.lines.map((l) => ({ line: lineNo.get(l.orderLineId)!.lineNo, sku: lineNo.get(l.orderLineId)!.sku.code, qty: l.qty, reason: l.reason })),
      expectedRefundMinor: input.quote.refundMinor,
      restockingFeeMinor: input.quote.restockingFeeMinor,
      returnShippingMinor: input.quote.returnShippingMinor,
    },
  });
  return { id: created.id, number, lineIds: created.lines.map((l) => l.id) };
}

/** Quote lines from wanted lines. */
export function quoteLines(lines: WantedLine[]): QuoteLine[] {
  return lines.map((l) => ({ orderLineId: l.orderLineId, qty: l.qty, reason: l.reason, exchange: Boolean(l.exchangeSkuId) }));
}

/**
 * Pays a return's refund on the method that paid the order, never more than captured minus
 * refunded, with its event and the buyer's message; records it on the return.
 */
export async function payReturnRefund(
  tx: Tx,
  actor: Actor,
  order: OrderFacts,
  ret: { id: string; number: string },
  amountMinor: number,
  options: { note: string; key: string; early?: string; now: Date; units: Array<{ returnLineId: string; qty: number }> },
): Promise<number> {
  // The units' value has gone back even when fees take all of it: the next refund values the units after them.
  for (const u of options.units) if (u.qty > 0) await tx.returnLine.update({ where: { id: u.returnLineId }, data: { refundedQty: { increment: u.qty } } });
  if (amountMinor <= 0) return 0;
  const paid = await refundToBuyer(tx, actor, { orderId: order.id, amountMinor, type: "REFUND", returnId: ret.id, note: options.note, idempotencyKey: `${ret.id}:${options.key}` });
  await tx.return.update({
    where: { id: ret.id },
    data: {
      refundMinor: { increment: paid.amountMinor },
      refundedAt: options.now,
      ...(options.early ? { refundedEarlyReason: options.early } : {}),
      version: { increment: 1 },
    },
  });
  await recordOrderEvent(tx, actor, order.id, "return.refunded", { reason: options.early ?? null, data: { return: ret.number, amountMinor: paid.amountMinor, early: Boolean(options.early) } });
  await notifyCustomer(tx, order.id, "REFUNDED", { amountMinor: paid.amountMinor, currency: order.currency, returnNumber: ret.number });
  return paid.amountMinor;
}

/**
 * The return's fees as charged: until its first refund they are the quote made at authorisation;
 * the first refund replaces them with what it charged, later refunds add theirs.
 */
export async function recordChargedFees(tx: Tx, ret: Pick<OrderFacts["returns"][number], "id" | "lines">, quote: ReturnQuote): Promise<void> {
  const first = ret.lines.filter((rl) => !rl.exchangeSkuId).every((rl) => rl.refundedQty === 0);
  const fees = { restockingFeeMinor: quote.restockingFeeMinor, returnShippingMinor: quote.returnShippingMinor, shippingRefundMinor: quote.shippingRefundMinor };
  await tx.return.update({
    where: { id: ret.id },
    data: first
      ? fees
      : { restockingFeeMinor: { increment: fees.restockingFeeMinor }, returnShippingMinor: { increment: fees.returnShippingMinor }, shippingRefundMinor: { increment: fees.shippingRefundMinor } },
  });
}

/** Refusing a refund above the role's limit before the units arrive (a supervisor may do it). */
export function assertEarlyRefundAllowed(actor: Actor, policy: ReturnRules, amountMinor: number, currency: string, field: string): void {
  if (actor.kind === "user" && !can(actor.role, "return.refund")) throw new ForbiddenError("EARLY_REFUND_FORBIDDEN");
  const limit = actor.kind === "user" ? roleLimitMinor(policy.earlyRefundLimitMinor, actor.role) : Number.MAX_SAFE_INTEGER;
  if (amountMinor > limit) {
    const params = { amountMinor, limitMinor: limit, currency };
    throw new RuleViolation("REFUND_ABOVE_LIMIT", params, { [field]: fieldIssue("REFUND_ABOVE_LIMIT", params) });
  }
}

export async function returnResult(tx: Tx, returnId: string): Promise<ReturnResult> {
  const r = await tx.return.findUniqueOrThrow({
    where: { id: returnId },
    select: { id: true, number: true, status: true, version: true, expectedRefundMinor: true, refundMinor: true, exchangeOrder: { select: { number: true } } },
  });
  return { returnId: r.id, number: r.number, status: r.status, version: r.version, expectedRefundMinor: r.expectedRefundMinor, refundedMinor: r.refundMinor, exchangeOrderNumber: r.exchangeOrder?.number ?? null };
}

/** A customer is trusted once enough of their orders went through without a refused return. */
export async function isTrustedCustomer(tx: Tx, customerId: string, policy: ReturnRules): Promise<boolean> {
  const done = await tx.order.count({ where: { customerId, status: { in: ["COMPLETED", "FULFILLED", "RETURNED", "REFUNDED"] } } });
  if (done < policy.trustedAfterOrders) return false;
  const refused = await tx.return.count({ where: { order: { customerId }, status: "REJECTED" } });
  return refused === 0;
}

/** The quote of units being authorised: the buyer has them all back once these and those already on returns are. */
export function quoteFor(policy: ReturnRules, order: OrderFacts, facts: Map<string, LineFacts>, method: "MAIL" | "STORE", lines: WantedLine[]): ReturnQuote {
  const extra = new Map<string, number>();
  for (const l of lines) extra.set(l.orderLineId, (extra.get(l.orderLineId) ?? 0) + l.qty);
  return quoteReturn(policy, order, facts, { method, lines: quoteLines(lines), chargeShipping: true, allBack: everyUnitBack(order, (id) => facts.get(id)?.committed ?? 0, extra) });
}

/**
 * What a return's refund comes to now for its units not yet refunded (an early refund, before the
 * units arrive): the next units' value of each line, less the fees per policy. The lines say which
 * units it pays for.
 */
export function quoteUnrefunded(policy: ReturnRules, order: OrderFacts, facts: Map<string, LineFacts>, ret: OrderFacts["returns"][number]): { quote: ReturnQuote; units: Array<{ returnLineId: string; qty: number }> } {
  const open = ret.lines.filter((rl) => !rl.exchangeSkuId && rl.qty > rl.refundedQty);
  const lines = open.map((rl) => ({ orderLineId: rl.orderLineId, qty: rl.qty - rl.refundedQty, reason: rl.reason, exchange: false }));
  const extra = new Map<string, number>();
  const quote = quoteReturn(policy, order, facts, { method: API_METHOD[ret.method], lines, chargeShipping: ret.lines.every((rl) => rl.receivedQty === 0), allBack: everyUnitBack(order, (id) => facts.get(id)?.committed ?? 0, extra) });
  return { quote, units: open.map((rl) => ({ returnLineId: rl.id, qty: rl.qty - rl.refundedQty })) };
}

export const jsonValue = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
