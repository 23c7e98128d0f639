// What the browser may load from the payments context: the payment input schemas, the card
// helpers and the ledger's figures (no server code).
export { cardInputSchema, channelPaymentSchema, paymentInputSchema, payPaymentLinkSchema, PAY_BY_LINK } from "./schemas";
export type { CardInput, PaymentInput, PayPaymentLinkInput } from "./schemas";
export { cardDigits, cardLast4, expiryValid, luhnValid, TEST_CARDS } from "./card";
export { ledgerTotals } from "./ledger-totals";
export type { LedgerTotals } from "./ledger-totals";
