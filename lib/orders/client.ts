// What browser code may load from the orders context: the commands' input schemas (the forms
// validate with the same ones), the search filters, the price rule's constants, the state
// machine's tables and the agent's day arithmetic. No database, no server-only modules.
export * from "./schemas";
export { ORDER_PAGE_SIZE, searchOrdersInput } from "./queries/search-orders.schema";
export type { SearchOrdersInput, SearchOrdersParams } from "./queries/search-orders.schema";
export { FREE_SHIPPING_FROM_MINOR, SHIPPING_FEE_MINOR, VAT_RATE, priceOrder, promoProblem } from "./pricing";
export type { PriceLine, PricedOrder, PromoInput, PromoProblem } from "./pricing";
export { AGENT_TIME_ZONE, dayRange, isoDayIn, nextDay, startOfDay } from "./queries/day-range";
export {
  FULFILLMENT_OPEN,
  FULFILLMENT_TRANSITIONS,
  LINE_DONE,
  LINE_OPEN,
  LINE_TRANSITIONS,
  ORDER_TRANSITIONS,
  canTransition,
  deriveOrderStatus,
  showsPickupCode,
} from "./state-machine";
// The shapes the server answers, for the screens that show them.
export type { DeliveryOption, DeliveryOptionsResult, LineAvailability } from "./queries/delivery-options";
export type { OrderQuote, QuotedLine } from "./queries/quote-order";
export type { OrderDetail, SourcingNodeRef, SourcingSummary } from "./queries/get-order-detail";
export type { ExplainNode, SourcingDecisionView, SourcingHistory, SourcingHistoryLine } from "./queries/get-sourcing-history";
// Reading a stored sourcing explanation: certificate, why a node, what changed between decisions.
export * from "./sourcing/explain-view";
export type { OrderFigures } from "./queries/get-order-figures";
export type { OrderList, OrderListItem } from "./queries/search-orders";
export type { TrackedOrder, TrackedPart, TrackOrderResult, TrackLookupResult } from "./queries/track-order";
