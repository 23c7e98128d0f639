// A provider's refusal as a domain error: DECLINED (the buyer's bank said no: tell the buyer) and
// FAILED (the provider could not answer: try again later). Either way nothing was written.
import { DomainError, type FieldErrors } from "@/lib/errors";
import type { PaymentOutcome } from "./provider";

export class PaymentRefused extends DomainError {
  override readonly status: number;
  /** The provider's own code (card_declined, insufficient_funds, processing_error...). */
  readonly providerCode: string;
  constructor(outcome: Exclude<PaymentOutcome, { status: "APPROVED" }>, fields?: FieldErrors) {
    super(outcome.status === "DECLINED" ? "PAYMENT_DECLINED" : "PAYMENT_FAILED", outcome.message, fields);
    this.status = outcome.status === "DECLINED" ? 402 : 502;
    this.providerCode = outcome.code;
  }
}

/** The reference of an approved outcome, or the refusal thrown. */
export function approvedReference(outcome: PaymentOutcome, fields?: FieldErrors): string {
  if (outcome.status !== "APPROVED") throw new PaymentRefused(outcome, fields);
  return outcome.reference;
}
