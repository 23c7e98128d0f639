// Error codes of the request itself and of lib/api (see ./common.ts for how codes and parameters work).
export const api = {
  // The body and headers (the one JSON reader of every route, lib/http.ts)
  API_KEY_MISSING: "Send an API key as 'Authorization: Bearer <key>'.",
  API_KEY_UNKNOWN: "The API key is unknown or revoked.",
  EMPTY_BODY: "The request body is empty; send a JSON object.",
  MALFORMED_JSON: "The request body is not valid JSON: {detail}",
  UNSUPPORTED_MEDIA_TYPE: "Send the body as JSON with 'Content-Type: application/json' (got '{contentType}').",
  PAYLOAD_TOO_LARGE: "The request body is larger than {maxKb} KB.",
  METHOD_NOT_ALLOWED: "{method} is not supported here; use {allow}.",
  NOT_AN_OBJECT: "The request body must be a JSON object (got {got}).",
  NUL_CHARACTER: "Contains a NUL character.",
  NUL_IN_KEY: "A key contains a NUL character.",
  TOO_DEEP: "Nested more than {maxDepth} levels deep.",
  UNKNOWN_FIELD: "Unknown field.",
  IDEMPOTENCY_KEY_REQUIRED: "Send an 'Idempotency-Key' header (1 to 200 characters, e.g. a UUID) so that a retry is never carried out twice.",
  IDEMPOTENCY_KEY_INVALID: "The 'Idempotency-Key' header must be 1 to 200 printable ASCII characters.",
  IDEMPOTENCY_KEY_REUSED: "The Idempotency-Key '{key}' was already used with another request body. Use a new key for a new request.",
  // Orders placed by a channel
  API_CUSTOMER_ID_REFUSED: "Not accepted over the API; customers are matched by e-mail.",
  API_CARD_REFUSED: "Not accepted over the API; send the authorisation reference your provider gave.",
  API_WRONG_CHANNEL: 'This API key places {channel} orders; send "channel": "{channel}".',
  // Fulfilment systems
  API_NODE_REQUIRED: "Say which node: ?node=<node code>.",
  API_CURSOR_UNKNOWN: "Not a cursor from this API.",
  API_EVENT_FIELD_REQUIRED: "Required for this event type.",
  API_PICKUP_CODE_FORMAT: "The 6-digit pickup code.",
  API_SKU_NOT_IN_FULFILLMENT: "{sku} is not in fulfilment order {number}.",
  // Returns
  API_RETURN_LINES_REQUIRED: "Return at least one line.",
  API_RECEIPT_LINES_REQUIRED: "Receive at least one line.",
  API_RECEIVING_NODE_REQUIRED: "Say which node received the units.",
  API_SKU_NOT_ON_ORDER: "{sku} is not on order {number}.",
  API_SKU_NOT_ON_RETURN: "{sku} is not on return {number}.",
  // The store's returns counter (app/api/store/returns/quote)
  QUOTE_LINES_REQUIRED: "Quote at least one line.",
  QUOTE_RETURN_OR_ORDER: "Give either the return or the order.",
} as const;
