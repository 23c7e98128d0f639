// Public face of the inventory context: the ATP formula and the read side of stock (positions,
// supply in transit, open demand). Reservations and stock changes join it with the order commands.
export { availableToPromise, freeStock, isStocked, isOutOfStock, isBelowSafetyStock } from "./atp";
export type { PositionQuantities } from "./atp";
export { listInventoryPositions, streamInventoryPositions, listPositionsInputSchema, POSITION_SORTS, POSITION_PROBLEMS } from "./queries/list-positions";
export type { ListPositionsInput, ListPositionsFilters, PositionPage, PositionRow, PositionSort, PositionProblem } from "./queries/list-positions";
export { FEED_CHUNK_ROWS, FEED_COLUMNS, feedChunkSchema, feedUploadFormSchema, feedHeader, feedItemFromRecord } from "./feed-upload";
export type { FeedChunkInput, FeedChunkResult, FeedUploadForm } from "./feed-upload";
export { getInventorySummary } from "./queries/inventory-summary";
export type { InventorySummary } from "./queries/inventory-summary";
export { getSkuInventory, skuInventoryInputSchema, SKU_POSITION_SORTS } from "./queries/sku-inventory";
export type { SkuInventory, SkuInventoryInput, SkuNodePosition, SkuInboundShipment, SkuPositionSort } from "./queries/sku-inventory";
export { getInventoryFilterOptions } from "./queries/inventory-filter-options";
export type { InventoryFilterOptions } from "./queries/inventory-filter-options";
export { getNetworkOverview, OVERVIEW_TOP } from "./queries/network-overview";
export type { NetworkOverview, StockGroup } from "./queries/network-overview";
export { getSkuHistory, skuHistoryInputSchema, SKU_HISTORY_PAGE_SIZE } from "./queries/sku-history";
export type { SkuHistory, SkuHistoryDay, SkuHistoryInput, SkuMovement } from "./queries/sku-history";
export { openDemandBySku, openDemandByNodeSku, recentDemandByNodeSku, DAYS_OF_COVER_SQL, inTransitByNodeSku, OUT_OF_STOCK_SQL, BELOW_SAFETY_SQL, STOCKED_SQL, ATP_SQL } from "./queries/sql";
// Stock changes (run inside the caller's transaction, positions locked first with lockPositions).
export { lockPositions, reserveUnits, releaseUnits, consumeUnits, addOnHand, setOnHand } from "./commands/reserve";
export { nameMovement } from "./commands/movement";
export type { Movement } from "./commands/movement";
// Stock feeds: a node's on hand for many SKUs at once (API and file upload).
export { applyInventoryFeed } from "./commands/apply-feed";
export type { ApplyFeedOptions, FeedRejection, InventoryFeedResult } from "./commands/apply-feed";
export { inventoryFeedSchema, feedCountItemSchema, feedDeltaItemSchema, parseFeedItem, FEED_MODES, FEED_MAX_ITEMS, FEED_MAX_QTY } from "./schemas";
export type { InventoryFeedInput, FeedItemInput, FeedItemError, FeedMode, ParsedFeedItem } from "./schemas";
export { listPositionFigures, positionFiguresQuerySchema, POSITION_FIGURES_MAX_LIMIT } from "./queries/position-figures";
export type { PositionFigures, PositionFiguresPage, PositionFiguresQuery } from "./queries/position-figures";
// Inbound supply: purchase orders and transfers (docs/inventory.md "Inbound supply").
export { createInbound, createPurchaseOrder, createTransfer } from "./commands/create-inbound";
export { shipTransfer } from "./commands/ship-transfer";
export { receiveInbound } from "./commands/receive-inbound";
export type { InboundReceiptResult } from "./commands/receive-inbound";
export { closeInboundShort, cancelInbound } from "./commands/close-inbound";
export type { InboundChange } from "./commands/inbound-shipment";
export { listInbound } from "./queries/list-inbound";
export type { InboundPage, InboundRow, InboundNodeRef } from "./queries/list-inbound";
export { assertInboundVisible, getInbound, listTransferSources } from "./queries/get-inbound";
export type { InboundDetail, InboundDetailLine, InboundDetailReceipt, TransferSource } from "./queries/get-inbound";
export * from "./inbound-schemas";
