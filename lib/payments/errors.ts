// A provider's refusal as a domain error: DECLINED (the buyer's bank said no: tell the buyer) and
// FAILED (the provider could not answer: try again later). Either way nothing was written. The
// refusal carries, besides the API's code, the code of why (CARD_INSUFFICIENT_FUNDS...), which a
// form shows on its card field.
import { DomainError, fieldIssue, type ErrorCode } from "@/lib/errors";
import type { PaymentOutcome } from "./provider";

type Refusal = Exclude<PaymentOutcome, { status: "APPROVED" }>;

/** Providers' own codes (the test provider's and Stripe's) said as ours; others by their status. */
const DECLINE_CODES: Record<string, ErrorCode> = {
  card_declined: "CARD_DECLINED",
  generic_decline: "CARD_DECLINED",
  insufficient_funds: "CARD_INSUFFICIENT_FUNDS",
  incorrect_number: "CARD_NUMBER_INVALID",
  invalid_number: "CARD_NUMBER_INVALID",
  expired_card: "CARD_EXPIRED",
  processing_error: "CARD_PROCESSING_ERROR",
};

/** Why the provider refused, as an error code. */
export function declineCode(outcome: Refusal): ErrorCode {
  return DECLINE_CODES[outcome.code] ?? (outcome.status === "DECLINED" ? "CARD_DECLINED" : "CARD_PROCESSING_ERROR");
}

export class PaymentRefused extends DomainError {
  override readonly status: number;
  /** The provider's own code (card_declined, insufficient_funds, processing_error...). */
  readonly providerCode: string;
  /** Why, as an error code (CARD_DECLINED, CARD_INSUFFICIENT_FUNDS...). */
  readonly declineCode: ErrorCode;
  /** cardField: the input's path of the card number ("payment.card.number"), where a form shows why. */
  constructor(outcome: Refusal, cardField?: string) {
    const why = declineCode(outcome);
    super(outcome.status === "DECLINED" ? "PAYMENT_DECLINED" : "PAYMENT_FAILED", { declineCode: why, providerCode: outcome.code }, cardField ? { [cardField]: fieldIssue(why) } : undefined);
    this.status = outcome.status === "DECLINED" ? 402 : 502;
    this.providerCode = outcome.code;
    this.declineCode = why;
  }
}

/** The reference of an approved outcome, or the refusal thrown. */
export function approvedReference(outcome: PaymentOutcome, cardField?: string): string {
  if (outcome.status !== "APPROVED") throw new PaymentRefused(outcome, cardField);
  return outcome.reference;
}
