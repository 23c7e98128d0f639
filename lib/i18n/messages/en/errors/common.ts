// Errors every context can raise, and the refusals of zod's own checks (lib/errors.ts `issueFor`
// names them). Keys are error codes: stable, sent by the API and the server actions; the text is
// what the user reads. `{param}`s are filled from the error's parameters (lib/i18n/error-text.ts:
// parameters ending in `Minor` are money, in `Date`/`At` dates, `entity` an entity's name).
export const common = {
  // The request as a whole
  VALIDATION_FAILED: "The request has invalid fields.",
  UNAUTHENTICATED: "Sign in to continue.",
  FORBIDDEN: "You are not allowed to do this.",
  NOT_FOUND: "{entity} {id} was not found.",
  NOT_FOUND_ANY: "{entity} was not found.",
  CONFLICT: "This record was changed by someone else. Reload it and try again.",
  INVALID_TRANSITION: "This step is not possible while the record is {currentStatus}.",
  INTERNAL: "Something went wrong on our side (reference {requestId}).",
  TRY_AGAIN: "The system was busy with another change to the same stock; nothing was changed. Try again in {retryAfterSeconds} s.",
  SERVICE_UNAVAILABLE: "The service is temporarily unavailable; nothing was changed. Try again in {retryAfterSeconds} s.",
  NETWORK: "The server could not be reached; nothing was changed. Check the connection and try again.",
  REFUSED: "The request was refused.",
  // One field (zod's checks and the shapes every schema shares)
  REQUIRED: "Required.",
  INVALID_TYPE: "Expected {expected}.",
  NOT_INTEGER: "Enter a whole number.",
  TOO_SHORT: "At least {minimum} characters.",
  TOO_LONG: "At most {maximum} characters.",
  TOO_SMALL: "At least {minimum}.",
  ABOVE: "More than {minimum}.",
  TOO_BIG: "At most {maximum}.",
  BELOW: "Less than {maximum}.",
  TOO_FEW: "At least {minimum} items.",
  TOO_MANY: "At most {maximum} items.",
  INVALID_EMAIL: "Enter a valid e-mail address.",
  INVALID_FORMAT: "This is not in the expected format.",
  INVALID_DATE: "Enter a valid date.",
  INVALID_OPTION: "Choose one of: {options}.",
  INVALID_VALUE: "This value is not valid.",
  UNKNOWN_FIELDS: "Unknown fields: {keys}.",
  NOT_MULTIPLE: "Must be a multiple of {divisor}.",
} as const;

/** Names of the things a NOT_FOUND can be about (the `entity` parameter). */
export const entities = {
  order: "Order",
  orderLine: "Order line",
  customer: "Customer",
  node: "Node",
  store: "Store",
  dc: "DC",
  sku: "SKU",
  fulfillmentOrder: "Fulfilment order",
  fulfillmentLine: "Line of the fulfilment order",
  hold: "Hold",
  return: "Return",
  appeasement: "Goodwill refund",
  inboundShipment: "Inbound shipment",
  outboxMessage: "Outbox message",
  paymentLink: "Payment link",
  ruleSet: "Rule set",
  user: "User",
  apiKey: "API key",
  page: "Page",
} as const;
