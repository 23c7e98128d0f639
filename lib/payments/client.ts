// What the browser may load from the payments context: the payment input schemas and the card
// helpers (no server code).
export { cardInputSchema, channelPaymentSchema, paymentInputSchema, PAY_BY_LINK } from "./schemas";
export type { CardInput, PaymentInput } from "./schemas";
export { cardDigits, cardLast4, expiryValid, luhnValid, TEST_CARDS } from "./card";
