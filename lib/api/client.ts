// What browser code may load from the API context: the shapes the public API answers with (the
// API is served by route handlers; nothing here runs them).
export { toApiFulfillment } from "./fulfillment-view";
export type { ApiFulfillment, ApiFulfillmentLine } from "./fulfillment-view";
export type { ApiReturn, ApiReturnLine, ApiRefund } from "./returns-view";
