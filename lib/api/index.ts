// Public face of the API context: the edge pieces app/api/v1 handlers are built from, for sales
// channels (orders, availability, catalogue) and fulfilment systems (fulfilment orders and events).
export { apiJson, apiRoute, authenticateApiActor, API_HEADERS } from "./api-route";
export type { ApiActorOf, ApiKeyActor, ApiKeyRole } from "./api-route";
export { authenticateChannel, channelRoute } from "./channel-auth";
export type { ChannelActor } from "./channel-auth";
export { fulfillmentRoute } from "./fulfillment-auth";
export type { FulfillmentActor } from "./fulfillment-auth";
export { canonicalJson, idempotencyKeyFrom, requestHash, runIdempotent, IDEMPOTENCY_HEADER, REPLAYED_HEADER } from "./idempotency";
export type { IdempotentResult } from "./idempotency";
export { channelOrderSchema, parseChannelOrder, placeChannelOrder } from "./place-order";
export type { PlacedOrder } from "./place-order";
export { getChannelOrder } from "./get-order";
export { fulfillmentEventSchema, parseFulfillmentEvent, reportFulfillmentEvent } from "./fulfillment-events";
export type { FulfillmentEvent, ReportedEvent } from "./fulfillment-events";
export { listFulfillments, listFulfillmentsQuerySchema, FULFILLMENTS_MAX_LIMIT } from "./list-fulfillments";
export type { FulfillmentPage } from "./list-fulfillments";
export { feedInventory, listInventoryForKey, FEED_MAX_BODY_BYTES } from "./inventory-feed";
export type { FedInventory } from "./inventory-feed";
export { toApiFulfillment } from "./fulfillment-view";
export type { ApiFulfillment, ApiFulfillmentLine } from "./fulfillment-view";
export { openApiDocument } from "./openapi";
export { channelReturnSchema, returnReceiptSchema, parseChannelReturn, parseReturnReceipt, authoriseChannelReturn, receiveReturnAtNode } from "./returns";
export type { ChannelReturnRequest, ReturnReceiptRequest, ReturnAnswer } from "./returns";
export { apiReturnMethod, getApiReturn, getChannelReturn, returnLocation } from "./returns-view";
export type { ApiReturn, ApiReturnLine, ApiRefund } from "./returns-view";
