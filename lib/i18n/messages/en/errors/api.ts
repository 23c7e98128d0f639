// Error codes of the request itself and of lib/api (see ./common.ts for how codes and parameters work).
export const api = {
  EMPTY_BODY: "The request body is empty; send a JSON object.",
  MALFORMED_JSON: "The request body is not valid JSON.",
  UNSUPPORTED_MEDIA_TYPE: "Send the body as JSON with 'Content-Type: application/json' (got '{contentType}').",
  PAYLOAD_TOO_LARGE: "The request body is larger than {maxKb} KB.",
  NOT_AN_OBJECT: "The request body must be a JSON object, not {got}.",
  NUL_CHARACTER: "Contains a NUL character.",
  TOO_DEEP: "Nested more than {maxDepth} levels deep.",
} as const;
