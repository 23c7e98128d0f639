// Public face of the channel API context: the edge pieces app/api/v1 handlers are built from.
export { apiJson, authenticateChannel, channelRoute, API_HEADERS } from "./channel-auth";
export type { ChannelActor } from "./channel-auth";
export { canonicalJson, idempotencyKeyFrom, requestHash, runIdempotent, IDEMPOTENCY_HEADER, REPLAYED_HEADER } from "./idempotency";
export type { IdempotentResult } from "./idempotency";
export { channelOrderSchema, parseChannelOrder, placeChannelOrder } from "./place-order";
export type { PlacedOrder } from "./place-order";
export { getChannelOrder } from "./get-order";
export { ApiRequestError, MAX_BODY_BYTES, readJsonObject } from "./request";
export { openApiDocument } from "./openapi";
