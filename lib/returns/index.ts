// Public face of the returns context: return authorisations (RMA), receipts at a store counter or a
// DC, refunds, exchanges and goodwill refunds. Commands run in the caller's transaction with their
// events and customer messages; everything else reaches other contexts through their index.
export * from "./schemas";
export type * from "./types";
export { listReturns, listReturnsSchema, RETURN_AGE_BUCKETS, RETURN_PAGE_SIZE } from "./queries/list-returns";
export type { ListReturnsInput, ListReturnsParams, ReturnList, ReturnListItem } from "./queries/list-returns";
export { getReturn, getReturnSchema } from "./queries/get-return";
export type { ReturnDetail } from "./queries/get-return";
export { listOrderAppeasements } from "./queries/list-order-appeasements";
export type { OrderAppeasement } from "./queries/list-order-appeasements";
export { findOrdersForReturn, findOrdersForReturnSchema, ORDERS_FOR_RETURN_LIMIT, type FindOrdersForReturnInput, type OrderForReturn, type OrderForReturnRma } from "./queries/find-orders-for-return";
export { authoriseReturn } from "./commands/authorise-return";
export { receiveReturn } from "./commands/receive-return";
export { refundReturn } from "./commands/refund-return";
export { requestAppeasement, decideAppeasement } from "./commands/appeasement";
export { getReturnableOrder } from "./queries/returnable-order";
export { proposeDispositions } from "./queries/propose-dispositions";
export { quoteReturn } from "./policy";
export type { ReturnQuote, QuoteLine } from "./policy";
export { quoteReceipt } from "./queries/quote-receipt";
export type { ReceiptQuote } from "./queries/quote-receipt";
