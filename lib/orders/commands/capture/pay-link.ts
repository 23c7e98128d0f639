// Paying a payment link completes a pay-by-link capture: the card is authorised with the
// configured provider before the transaction (a decline changes nothing and the link stays open);
// the transaction marks the link used, records the authorisation in the ledger and releases the
// order's PAYMENT hold, so its work goes to the nodes.
import { getDb, withTx, type Db } from "@/lib/db";
import { NotFoundError, RuleViolation, type ErrorCode } from "@/lib/errors";
import { cardLast4, payPaymentLinkSchema, type PayPaymentLinkInput } from "@/lib/payments/client";
import { PaymentRefused, PAYMENT_LINK_ACTOR, paymentLinkState, type PaymentLinkState, paymentProvider } from "@/lib/payments";
import { recordOrderEvent } from "../../events";
import { releaseHold } from "../release-hold";

export { payPaymentLinkSchema };
export type { PayPaymentLinkInput };

const REFUSALS: Record<Exclude<PaymentLinkState, "OPEN">, ErrorCode> = {
  PAID: "PAYMENT_LINK_USED",
  EXPIRED: "PAYMENT_LINK_EXPIRED",
  CANCELLED: "PAYMENT_LINK_CANCELLED",
};

/** Pays a payment link with a card. A decline changes nothing and the link stays open. */
export async function payPaymentLink(input: PayPaymentLinkInput, options: { db?: Db; now?: Date } = {}): Promise<{ orderNumber: string; reference: string }> {
  const now = options.now ?? new Date();
  const db = options.db ?? (await getDb());
  const link = await db.paymentLink.findUnique({
    where: { token: input.token },
    select: { id: true, orderId: true, amountMinor: true, currency: true, expiresAt: true, completedAt: true, order: { select: { number: true, status: true } } },
  });
  if (!link) throw new NotFoundError("paymentLink");
  const state = paymentLinkState(link, link.order.status, now);
  if (state !== "OPEN") throw new RuleViolation(REFUSALS[state]);

  const provider = paymentProvider();
  const idempotencyKey = `${link.orderId}:AUTHORIZATION:link:${input.attemptId}`;
  const move = { amountMinor: link.amountMinor, currency: link.currency, idempotencyKey };
  const outcome = await provider.authorise({ ...move, orderNumber: link.order.number, method: "CARD", card: input.card.number });
  if (outcome.status !== "APPROVED") throw new PaymentRefused(outcome, "card.number");

  try {
    await withTx(
      async (tx) => {
        // The link is used once: of two payments racing, the second changes nothing.
        const taken = await tx.paymentLink.updateMany({ where: { id: link.id, completedAt: null }, data: { completedAt: now } });
        if (taken.count === 0) throw new RuleViolation(REFUSALS.PAID);
        const last4 = cardLast4(input.card.number);
        await tx.paymentTransaction.create({
          data: {
            orderId: link.orderId,
            type: "AUTHORIZATION",
            amountMinor: link.amountMinor,
            currency: link.currency,
            method: "CARD",
            provider: provider.name,
            reference: outcome.reference,
            idempotencyKey,
            createdBy: PAYMENT_LINK_ACTOR.id,
            note: `Paid by link (card ending ${last4})`,
          },
        });
        await recordOrderEvent(tx, PAYMENT_LINK_ACTOR, link.orderId, "payment.authorized", {
          data: { amountMinor: link.amountMinor, currency: link.currency, method: "CARD", provider: provider.name, reference: outcome.reference, cardLast4: last4, byLink: true },
        });
        const holds = await tx.orderHold.findMany({ where: { orderId: link.orderId, type: "PAYMENT", releasedAt: null }, select: { id: true } });
        for (const hold of holds) {
          const current = await tx.order.findUniqueOrThrow({ where: { id: link.orderId }, select: { version: true } });
          await releaseHold(tx, PAYMENT_LINK_ACTOR, { orderId: link.orderId, holdId: hold.id, expectedVersion: current.version, note: "Paid by link" }, { now });
        }
      },
      { db },
    );
  } catch (e) {
    // The same try submitted twice: the authorisation stands. Any other: give it back.
    const recorded = await db.paymentTransaction.findFirst({ where: { orderId: link.orderId, type: "AUTHORIZATION", reference: outcome.reference }, select: { id: true } });
    if (!recorded) {
      await provider.void({ ...move, idempotencyKey: `${link.orderId}:VOID:link:${input.attemptId}`, authorisation: outcome.reference }).catch((err) => console.error(`[pay-link] could not void ${outcome.reference}`, err));
    }
    throw e;
  }
  return { orderNumber: link.order.number, reference: outcome.reference };
}
