// Public face of the payments context: the provider contract and its adapters (the built-in test
// provider, Stripe, a channel's own), the order's ledger (figures, captures, refunds to the
// buyer), payment links, and the refusal a provider's "no" becomes.
export { stableReference } from "./provider";
export type { MoneyMove, PaymentOutcome, PaymentProvider } from "./provider";
export { createTestProvider, testProvider } from "./test-provider";
export { createStripeProvider } from "./stripe-provider";
export type { FetchLike, StripeProviderOptions } from "./stripe-provider";
export { paymentProvider, configuredProviderName, channelProvider, registerPaymentProvider, unregisterPaymentProvider } from "./registry";
export { PaymentRefused, approvedReference, declineCode } from "./errors";
export { cardDigits, cardLast4, luhnValid, expiryValid, TEST_CARDS } from "./card";
export {
  ledgerTotals,
  unitsValueMinor,
  discountShareMinor,
  captureUnits,
  unitsWithBuyer,
  refundToBuyer,
  recordMoneyMove,
  authorisingPayment,
  defaultIdempotencyKey,
  LEDGER_ROW_SELECT,
  EXCHANGE_CREDIT,
} from "./ledger";
export type { LedgerTotals, LedgerRow, AuthorisingPayment, RefundToBuyerInput, MoneyMoveInput } from "./ledger";
export { paymentInputSchema, cardInputSchema, channelPaymentSchema, payPaymentLinkSchema, PAY_BY_LINK } from "./schemas";
export type { PaymentInput, CardInput, PayPaymentLinkInput } from "./schemas";
export { newPaymentLinkToken, paymentLinkUrl, PAYMENT_LINK_TTL_MS } from "./links";
export { getPaymentLink, paymentLinkState, PAYMENT_LINK_ACTOR } from "./pay-link";
export type { PaymentLinkView, PaymentLinkState } from "./pay-link";
export { renewExpiringAuthorisations, AUTHORISATION_VALID_DAYS, RENEWAL_HOLD_REASON } from "./jobs/renew-authorisations";
export type { RenewResult } from "./jobs/renew-authorisations";
export { startAuthorisationRenewal, RENEWAL_INTERVAL_MS } from "./jobs/start-authorisation-renewal";
