// Capture step "authorise": how the order is paid, settled before its one write: a card is authorised with the
// configured provider (a decline is a field error on the card, and nothing is reserved or
// written), a payment link is drawn for the buyer, and a channel's own authorisation is recorded
// as it came. The answer is kept for the capture's retries, so the card is authorised once; when
// the capture then fails, the authorisation is voided.
// Deep imports: lib/payments' index also holds the payment-link command, which builds on lib/orders.
import { cardLast4, PAY_BY_LINK } from "@/lib/payments/client";
import { PaymentRefused, newPaymentLinkToken, paymentLinkUrl, PAYMENT_LINK_TTL_MS, stableReference, paymentProvider } from "@/lib/payments";
import { ConflictError } from "@/lib/errors";
import type { CaptureOrderInput } from "../../schemas";

export type CapturePayment =
  | { kind: "authorised"; method: string; provider: string; reference: string; idempotencyKey: string | null; note: string; cardLast4: string | null }
  | { kind: "link"; token: string; url: string; expiresAt: Date };

export interface CapturePayer {
  /** How this order (its total, its number) is paid; the same answer on every retry. */
  settle(order: { totalMinor: number; currency: string; number: string }): Promise<CapturePayment>;
  /** Undoes a card authorisation when the capture did not write the order. */
  compensate(): Promise<void>;
}

export function capturePayer(orderId: string, payment: CaptureOrderInput["payment"], now: Date): CapturePayer {
  let settled: { totalMinor: number; currency: string; answer: CapturePayment } | null = null;
  let authorised: { provider: string; reference: string; amountMinor: number; currency: string } | null = null;

  async function decide(order: { totalMinor: number; currency: string; number: string }): Promise<CapturePayment> {
    if (!payment) return noPaymentGiven(orderId);
    if (payment.method === PAY_BY_LINK) {
      const token = newPaymentLinkToken();
      return { kind: "link", token, url: paymentLinkUrl(token), expiresAt: new Date(now.getTime() + PAYMENT_LINK_TTL_MS) };
    }
    if (!payment.card) {
      return { kind: "authorised", method: payment.method, provider: payment.provider ?? "channel", reference: payment.reference!, idempotencyKey: null, note: "Authorised by the channel", cardLast4: null };
    }
    const provider = paymentProvider();
    const idempotencyKey = `${orderId}:AUTHORIZATION:0`;
    const outcome = await provider.authorise({ amountMinor: order.totalMinor, currency: order.currency, idempotencyKey, orderNumber: order.number, method: "CARD", card: payment.card.number });
    if (outcome.status !== "APPROVED") {
      throw new PaymentRefused(outcome, "payment.card.number");
    }
    authorised = { provider: provider.name, reference: outcome.reference, amountMinor: order.totalMinor, currency: order.currency };
    const last4 = cardLast4(payment.card.number);
    return { kind: "authorised", method: "CARD", provider: provider.name, reference: outcome.reference, idempotencyKey, note: `Authorised at capture (card ending ${last4})`, cardLast4: last4 };
  }

  return {
    async settle(order) {
      if (settled) {
        if (settled.totalMinor !== order.totalMinor || settled.currency !== order.currency) {
          throw new ConflictError("PRICE_CHANGED");
        }
        return settled.answer;
      }
      const answer = await decide(order);
      settled = { totalMinor: order.totalMinor, currency: order.currency, answer };
      return answer;
    },
    async compensate() {
      if (!authorised) return;
      const a = authorised;
      authorised = null;
      try {
        const outcome = await paymentProvider(a.provider).void({ amountMinor: a.amountMinor, currency: a.currency, idempotencyKey: `${orderId}:VOID:0`, authorisation: a.reference });
        if (outcome.status !== "APPROVED") console.error(`[capture] could not void authorisation ${a.reference} of an order that was not placed: ${outcome.code}`);
      } catch (e) {
        console.error(`[capture] could not void authorisation ${a.reference} of an order that was not placed`, e);
      }
    },
  };
}

/** The record of an order placed without a payment: a card on the test provider, as before payments were collected. */
export function noPaymentGiven(orderId: string): CapturePayment {
  return { kind: "authorised", method: "CARD", provider: "test", reference: stableReference("AUTH", orderId), idempotencyKey: null, note: "Authorised at capture", cardLast4: null };
}
