// The order's payment ledger: its figures, and every money move after the authorisation (captures
// as units ship or are collected, voids and top-ups when the order is re-priced, refunds and
// goodwill refunds to the buyer). Each move goes to the provider that authorised the order with its
// own idempotency key, and its row names the authorising method and provider, the provider's
// reference and the key. A refused move throws PaymentRefused and writes nothing.
import type { PaymentType } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { fieldIssue, NotFoundError, RuleViolation, ValidationError } from "@/lib/errors";
import { recordOrderEvent } from "@/lib/orders";
import { approvedReference } from "./errors";
import { ledgerTotals, type LedgerTotals } from "./ledger-totals";
import { paymentProvider } from "./registry";

export { ledgerTotals };
export type { LedgerTotals };

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

/** How the order was paid: the method and provider of its first authorisation, and its reference. */
export interface AuthorisingPayment {
  method: string;
  provider: string;
  reference: string | null;
}

export interface LedgerRow {
  type: PaymentType;
  amountMinor: number;
  method: string;
  provider: string;
  reference: string | null;
  idempotencyKey: string | null;
}

/** The columns a money move needs from the order's ledger rows. */
export const LEDGER_ROW_SELECT = { type: true, amountMinor: true, method: true, provider: true, reference: true, idempotencyKey: true } as const;

/** The method of ledger rows that move the value of returned goods onto their replacement order (inside the OMS, no provider). */
export const EXCHANGE_CREDIT = "EXCHANGE_CREDIT";

/** Orders authorised before the ledger named a provider were paid by card on the test provider. */
export function authorisingPayment(rows: ReadonlyArray<Pick<LedgerRow, "type" | "method" | "provider" | "reference">>): AuthorisingPayment {
  // A replacement order's exchange credit is paid by the returned goods, not by the buyer's method.
  const auth = rows.find((r) => r.type === "AUTHORIZATION" && r.method !== EXCHANGE_CREDIT) ?? rows.find((r) => r.type === "AUTHORIZATION");
  return auth ? { method: auth.method, provider: auth.provider, reference: auth.reference } : { method: "CARD", provider: "test", reference: null };
}

/** The key a move sends when the caller gives none: the order, the type, and how many rows of that type came before. */
export function defaultIdempotencyKey(orderId: string, type: PaymentType, rows: ReadonlyArray<{ type: PaymentType }>): string {
  return `${orderId}:${type}:${rows.filter((r) => r.type === type).length}`;
}

export interface MoneyMoveInput {
  orderId: string;
  orderNumber?: string;
  type: PaymentType;
  amountMinor: number;
  currency: string;
  /** The order's ledger rows so far, oldest first. */
  rows: ReadonlyArray<LedgerRow>;
  note: string;
  returnId?: string;
  idempotencyKey?: string;
  /** When the move happened (a job's clock); now by default. */
  at?: Date;
}

/**
 * Asks the authorising provider to move this amount (capture, void, refund, or a top-up
 * authorisation on the same payment method) and writes the ledger row. A key already in the
 * ledger is a replay: its row answers and nothing moves again.
 */
export async function recordMoneyMove(tx: Tx, actor: Actor, input: MoneyMoveInput): Promise<{ reference: string; method: string; provider: string; idempotencyKey: string; replayed: boolean }> {
  const auth = authorisingPayment(input.rows);
  const idempotencyKey = input.idempotencyKey ?? defaultIdempotencyKey(input.orderId, input.type, input.rows);
  const earlier = await tx.paymentTransaction.findUnique({ where: { idempotencyKey }, select: { orderId: true, type: true, amountMinor: true, reference: true, method: true, provider: true } });
  if (earlier) {
    if (earlier.orderId !== input.orderId || earlier.type !== input.type || earlier.amountMinor !== input.amountMinor) {
      throw new RuleViolation("IDEMPOTENCY_KEY_REUSED", { key: idempotencyKey });
    }
    return { reference: earlier.reference ?? "", method: earlier.method, provider: earlier.provider, idempotencyKey, replayed: true };
  }
  const provider = paymentProvider(auth.provider);
  const move = { amountMinor: input.amountMinor, currency: input.currency, idempotencyKey, authorisation: auth.reference ?? "" };
  const outcome =
    input.type === "CAPTURE"
      ? await provider.capture(move)
      : input.type === "VOID"
        ? await provider.void(move)
        : input.type === "AUTHORIZATION"
          ? await provider.authorise({ ...move, orderNumber: input.orderNumber ?? input.orderId, method: auth.method })
          : await provider.refund(move);
  const reference = approvedReference(outcome);
  await tx.paymentTransaction.create({
    data: {
      orderId: input.orderId,
      type: input.type,
      amountMinor: input.amountMinor,
      currency: input.currency,
      method: auth.method,
      provider: auth.provider,
      reference,
      idempotencyKey,
      returnId: input.returnId ?? null,
      createdBy: actor.id,
      note: input.note,
      ...(input.at ? { createdAt: input.at } : {}),
    },
  });
  return { reference, method: auth.method, provider: auth.provider, idempotencyKey, replayed: false };
}

/**
 * Units of a fulfilment line that are with the buyer (and paid for by a capture): a parcel shipped
 * to them (delivered or still on its way), or units collected at a store.
 */
export function unitsWithBuyer(f: { qty: number; handedOverQty: number; fulfillmentOrder: { deliveryMode: string; status: string } }): number {
  if (f.fulfillmentOrder.deliveryMode !== "SHIP") return f.handedOverQty;
  return f.fulfillmentOrder.status === "SHIPPED" || f.fulfillmentOrder.status === "DELIVERED" ? f.qty : 0;
}

/** Units of each line paid for by a capture. */
async function paidUnitsByLine(tx: Tx, orderId: string): Promise<Map<string, number>> {
  const rows = await tx.fulfillmentOrderLine.findMany({
    where: { fulfillmentOrder: { orderId } },
    select: { orderLineId: true, qty: true, handedOverQty: true, fulfillmentOrder: { select: { deliveryMode: true, status: true } } },
  });
  const paid = new Map<string, number>();
  for (const r of rows) {
    paid.set(r.orderLineId, (paid.get(r.orderLineId) ?? 0) + unitsWithBuyer(r));
  }
  return paid;
}

/**
 * Captures the value of these units (plus the shipping fee when asked) against the open
 * authorisation, in the caller's transaction, with an event on the timeline. Call it once the units
 * count as shipped or handed over. Captures never exceed what is authorised and not yet captured.
 * Returns the amount.
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
      number: true,
      currency: true,
      shippingMinor: true,
      lines: { select: { id: true, qty: true, unitPriceMinor: true, discountMinor: true } },
      payments: { select: LEDGER_ROW_SELECT, orderBy: { createdAt: "asc" } },
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
  const moved = await recordMoneyMove(tx, actor, {
    orderId,
    orderNumber: order.number,
    type: "CAPTURE",
    amountMinor: amount,
    currency: order.currency,
    rows: order.payments,
    note: `Captured for ${options.fulfillmentOrder}`,
  });
  await recordOrderEvent(tx, actor, orderId, "payment.captured", {
    data: { amountMinor: amount, fulfillmentOrder: options.fulfillmentOrder, method: moved.method, provider: moved.provider, reference: moved.reference },
  });
  return amount;
}

export interface RefundToBuyerInput {
  orderId: string;
  amountMinor: number;
  /** REFUND for returned goods or a price fall; APPEASEMENT for a goodwill refund. */
  type: "REFUND" | "APPEASEMENT";
  returnId?: string;
  note: string;
  /** The caller's key for this refund (a retried refund moves money once); by default one per ledger row. */
  idempotencyKey?: string;
}

/**
 * Gives money back to the buyer on the method that paid the order, in the caller's transaction:
 * never more than was captured and not yet refunded. Records a "payment.refunded" event.
 */
export async function refundToBuyer(tx: Tx, actor: Actor, input: RefundToBuyerInput): Promise<{ amountMinor: number; reference: string }> {
  if (!Number.isInteger(input.amountMinor) || input.amountMinor <= 0) {
    throw new ValidationError({ amountMinor: fieldIssue("REFUND_NOT_POSITIVE") });
  }
  // Two refunds on one order run one after the other, so both see the other's row.
  const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Order" WHERE id = ${input.orderId} FOR UPDATE`;
  if (!locked.length) throw new NotFoundError("order", input.orderId);
  const order = await tx.order.findUniqueOrThrow({
    where: { id: input.orderId },
    select: { number: true, currency: true, payments: { select: LEDGER_ROW_SELECT, orderBy: { createdAt: "asc" } } },
  });
  const replay = input.idempotencyKey ? order.payments.find((p) => p.idempotencyKey === input.idempotencyKey) : undefined;
  if (!replay) {
    const totals = ledgerTotals(order.payments);
    const refundable = Math.max(0, totals.capturedMinor - totals.refundedMinor);
    if (input.amountMinor > refundable) {
      const params = { refundableMinor: refundable, currency: order.currency, orderNumber: order.number };
      throw new RuleViolation("REFUND_EXCEEDS_CAPTURED", params, { amountMinor: fieldIssue("REFUND_EXCEEDS_CAPTURED", params) });
    }
  }
  const moved = await recordMoneyMove(tx, actor, {
    orderId: input.orderId,
    orderNumber: order.number,
    type: input.type,
    amountMinor: input.amountMinor,
    currency: order.currency,
    rows: order.payments,
    note: input.note,
    returnId: input.returnId,
    idempotencyKey: input.idempotencyKey,
  });
  if (!moved.replayed) {
    await recordOrderEvent(tx, actor, input.orderId, "payment.refunded", {
      reason: input.note,
      data: { type: input.type, amountMinor: input.amountMinor, returnId: input.returnId ?? null, method: moved.method, provider: moved.provider, reference: moved.reference },
    });
  }
  return { amountMinor: input.amountMinor, reference: moved.reference };
}
