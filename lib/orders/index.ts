// Public face of the orders context. Queries (read side) first; commands (capture, modify, cancel)
// are added below them as they land.

// ---- queries
export { searchOrders, searchOrdersInput, orderSearchWhere, ORDER_PAGE_SIZE } from "./queries/search-orders";
export type { SearchOrdersInput, SearchOrdersParams, OrderList, OrderListItem } from "./queries/search-orders";
export { getOrderFigures } from "./queries/get-order-figures";
export type { OrderFigures } from "./queries/get-order-figures";
export { getOrderDetail, getOrderDetailInput } from "./queries/get-order-detail";
export { getSourcingHistory, getSourcingHistoryInput } from "./queries/get-sourcing-history";
export type { ExplainNode, SourcingDecisionView, SourcingHistory, SourcingHistoryLine } from "./queries/get-sourcing-history";
export { certificateOf, nodeReasonInDecision, parseExplanation } from "./sourcing/explain-view";
export type { Certificate, NodeReason, NodeReasonResult } from "./sourcing/explain-view";
export type { GetOrderDetailInput, OrderDetail, SourcingSummary, SourcingNodeRef } from "./queries/get-order-detail";
export { lookUpTracking, trackOrder, trackOrderInput, TRACK_LIMIT, TRACK_MIN_DURATION_MS } from "./queries/track-order";
export type { TrackLookupResult, TrackOrderInput, TrackOrderResult, TrackedOrder, TrackedPart } from "./queries/track-order";
export { AGENT_TIME_ZONE, dayRange, isoDayIn, startOfDay } from "./queries/day-range";

// ---- commands
export * from "./commands";
export { IdempotencyKeyTaken } from "./commands/capture-order";
export { getApiOrder } from "./queries/order-api-view";
export type { ApiOrder, ApiOrderLine } from "./queries/order-api-view";
export { getDeliveryOptions, deliveryOptionsSchema } from "./queries/delivery-options";
export type { DeliveryOptionsInput, DeliveryOptionsResult, DeliveryOption, LineAvailability } from "./queries/delivery-options";
export { quoteOrder } from "./queries/quote-order";
export type { OrderQuote, QuotedLine } from "./queries/quote-order";
export { phoneOrderSchema, quoteOrderSchema } from "./schemas";
export type { PhoneOrderInput, QuoteOrderInput } from "./schemas";
export { deriveOrderStatus, canTransition, assertTransition, ORDER_TRANSITIONS, LINE_TRANSITIONS, FULFILLMENT_TRANSITIONS } from "./state-machine";

// ---- building blocks other contexts compose into their commands (fulfilment, returns)
export { recomputeOrder, FO_TO_LINE } from "./derive";
export { recordOrderEvent } from "./events";
export { notifyCustomer } from "./notify";
export { sourceOpenUnits } from "./commands/source-open-units";
export { repriceOrder } from "./commands/reprice-order";
export { captureUnits, ledgerTotals, unitsValueMinor } from "./payments";
export { payPaymentLink, payPaymentLinkSchema } from "./commands/capture/pay-link";
export type { PayPaymentLinkInput } from "./commands/capture/pay-link";
export type { LedgerTotals } from "./payments";
export { LINE_DONE, LINE_OPEN, FULFILLMENT_OPEN, showsPickupCode } from "./state-machine";
export { VAT_RATE } from "./pricing";

// ---- jobs
export { expirePaymentLinks, EXPIRED_LINK_REASON, PAYMENT_LINK_EXPIRY_ACTOR } from "./jobs/expire-payment-links";
export type { ExpireLinksResult } from "./jobs/expire-payment-links";
// The sourcing snapshot, so what-if simulations build their instances exactly as capture does.
export { buildInstance, networkContext, loadNodes, stockSnapshot } from "./sourcing/snapshot";
export type { NodeInfo, SourcingContext, SnapshotLine, NetworkContext, StockSnapshot } from "./sourcing/snapshot";
// Network-aware sourcing: the periodic shadow price job and the latest set's status.
export { computeShadowPriceSet, getShadowPriceStatus, startShadowPriceJob, networkLpInput } from "./sourcing/shadow-prices";
export type { ComputeOutcome, ShadowPriceStatus, ShadowPriceSetSummary } from "./sourcing/shadow-prices";
export { promisedDate } from "./promise";
