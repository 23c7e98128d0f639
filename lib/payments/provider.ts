// What the OMS asks of a payment provider: authorise, capture, void and refund, each idempotent
// with its own key (a retried call moves money once). The built-in test provider is the default;
// others are chosen by configuration.
import { createHash } from "node:crypto";

export type PaymentOutcome =
  | { status: "APPROVED"; reference: string }
  /** The buyer's bank said no: tell the buyer, change nothing. */
  | { status: "DECLINED"; code: string; message: string }
  /** The provider could not answer (network, outage): try again later with the same key. */
  | { status: "FAILED"; code: string; message: string };

export interface MoneyMove {
  amountMinor: number;
  currency: string;
  idempotencyKey: string;
}

export interface PaymentProvider {
  readonly name: string;
  /** card: the card number (test provider) or a provider's payment-method token. */
  authorise(input: MoneyMove & { orderNumber: string; method: string; card?: string }): Promise<PaymentOutcome>;
  /** authorisation: the reference authorise() returned. */
  capture(input: MoneyMove & { authorisation: string }): Promise<PaymentOutcome>;
  void(input: MoneyMove & { authorisation: string }): Promise<PaymentOutcome>;
  refund(input: MoneyMove & { authorisation: string }): Promise<PaymentOutcome>;
}

/** A reference derived from the idempotency key, so the same call always answers the same. */
export function stableReference(prefix: string, idempotencyKey: string): string {
  return `${prefix}-${createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 12).toUpperCase()}`;
}
