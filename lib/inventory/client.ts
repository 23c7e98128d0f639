// What browser code may load from the inventory context: the ATP formula (pure) and the shapes the
// stock screens show. Stock changes and the SQL read side stay on the server.
export { availableToPromise, freeStock, isStocked, isOutOfStock, isBelowSafetyStock } from "./atp";
export type { PositionQuantities } from "./atp";
export type { ListPositionsInput, ListPositionsFilters, PositionPage, PositionRow, PositionSort, PositionProblem } from "./queries/list-positions";
export { FEED_CHUNK_ROWS, FEED_COLUMNS, feedChunkSchema, feedUploadFormSchema, feedHeader, feedItemFromRecord } from "./feed-upload";
export type { FeedChunkInput, FeedChunkResult, FeedUploadForm } from "./feed-upload";
export type { InventorySummary } from "./queries/inventory-summary";
export type { SkuInventory, SkuInventoryInput, SkuNodePosition, SkuInboundShipment, SkuPositionSort } from "./queries/sku-inventory";
export type { InventoryFilterOptions } from "./queries/inventory-filter-options";
export type { NetworkOverview, StockGroup } from "./queries/network-overview";
export type { SkuHistory, SkuHistoryDay, SkuMovement } from "./queries/sku-history";
// Inbound supply: the forms' schemas and the shapes its screens show.
export * from "./inbound-schemas";
export type { InboundChange } from "./commands/inbound-shipment";
export type { InboundReceiptResult } from "./commands/receive-inbound";
export type { InboundPage, InboundRow, InboundNodeRef } from "./queries/list-inbound";
export type { InboundDetail, InboundDetailLine, InboundDetailReceipt, TransferSource } from "./queries/get-inbound";
// Stock feeds: the item checks the upload form previews with, and the command's answer.
export { inventoryFeedSchema, feedCountItemSchema, feedDeltaItemSchema, parseFeedItem, FEED_MODES, FEED_MAX_ITEMS, FEED_MAX_QTY } from "./schemas";
export type { InventoryFeedInput, FeedItemInput, FeedItemError, FeedMode, ParsedFeedItem } from "./schemas";
export type { FeedRejection, InventoryFeedResult } from "./commands/apply-feed";
