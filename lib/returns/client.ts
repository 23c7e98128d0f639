// What browser code may import from the returns context: the input schemas and the shapes the
// server answers (no database, no server-only modules).
export * from "./schemas";
export type * from "./types";
export type { ReceiptQuote } from "./queries/quote-receipt";
export { findOrdersForReturnSchema, ORDERS_FOR_RETURN_LIMIT, type FindOrdersForReturnInput } from "./queries/find-orders-for-return.schema";
export type { OrderForReturn, OrderForReturnRma } from "./queries/find-orders-for-return";
export { listReturnsSchema, RETURN_AGE_BUCKETS, RETURN_PAGE_SIZE } from "./queries/list-returns.schema";
export type { ListReturnsInput, ListReturnsParams } from "./queries/list-returns.schema";
// The shapes the returns screens show.
export type { OrderAppeasement } from "./queries/list-order-appeasements";
export type { ReturnList, ReturnListItem } from "./queries/list-returns";
export type { ReturnDetail } from "./queries/get-return";
