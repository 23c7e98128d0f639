// Error codes of lib/payments (see ./common.ts for how codes and parameters work).
export const payments = {
  // A provider's refusal (the API's codes), and on the card field why
  PAYMENT_DECLINED: "The payment was declined.",
  PAYMENT_FAILED: "The payment could not be processed; nothing was charged. Try again in a moment.",
  CARD_DECLINED: "The card was declined.",
  CARD_INSUFFICIENT_FUNDS: "The card was declined for insufficient funds.",
  CARD_NUMBER_INVALID: "This is not a valid card number.",
  CARD_EXPIRED: "This card has expired.",
  CARD_PROCESSING_ERROR: "The card could not be processed; nothing was charged. Try again in a moment.",
  // The ledger
  REFUND_EXCEEDS_CAPTURED: "At most {refundableMinor} can be refunded on order {orderNumber}: what was captured and not yet refunded.",
  REFUND_NOT_POSITIVE: "The refund must be a positive amount.",
  // How an order is paid (the schemas' own rules)
  CARD_EXPIRY_FORMAT: "Enter the expiry date as MM/YY.",
  CARD_CVC_FORMAT: "Enter the 3 or 4 digit security code.",
  CARD_REQUIRED: "Enter the card details.",
  PAYMENT_METHOD_FORMAT: "Name the payment method in capitals, e.g. CARD, PAYPAL, APPLE_PAY.",
  PAYMENT_PROVIDER_FORMAT: "Name the provider in lower case letters, digits, dots, dashes or underscores.",
  PAYMENT_REFERENCE_REQUIRED: "Give the authorisation reference.",
  PAY_LINK_NO_CARD: "A payment link carries no card or reference.",
  CARD_METHOD_ONLY: "Card details go with the CARD method.",
  CARD_OR_REFERENCE: "Send either card details or a channel's reference, not both.",
  PAY_LINK_NOT_FOR_CHANNELS: "Payment links are sent by agents for phone orders; send the method your provider authorised.",
} as const;
