// Public face of the orders context. Queries (read side) first; commands (capture, modify, cancel)
// are added below them as they land.

// ---- queries
export { searchOrders, searchOrdersInput, orderSearchWhere, ORDER_PAGE_SIZE } from "./queries/search-orders";
export type { SearchOrdersInput, SearchOrdersParams, OrderList, OrderListItem } from "./queries/search-orders";
export { getOrderFigures } from "./queries/get-order-figures";
export type { OrderFigures } from "./queries/get-order-figures";
export { getOrderDetail, getOrderDetailInput } from "./queries/get-order-detail";
export type { GetOrderDetailInput, OrderDetail, SourcingSummary, SourcingNodeRef } from "./queries/get-order-detail";
export { trackOrder, trackOrderInput } from "./queries/track-order";
export type { TrackOrderInput, TrackOrderResult, TrackedOrder, TrackedPart } from "./queries/track-order";
export { AGENT_TIME_ZONE, dayRange, isoDayIn, startOfDay } from "./queries/day-range";

// ---- commands
