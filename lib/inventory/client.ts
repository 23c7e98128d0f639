// What browser code may load from the inventory context: the ATP formula (pure) and the shapes the
// stock screens show. Stock changes and the SQL read side stay on the server.
export { availableToPromise, freeStock, isStocked, isOutOfStock, isBelowSafetyStock } from "./atp";
export type { PositionQuantities } from "./atp";
export type { ListPositionsInput, PositionPage, PositionRow } from "./queries/list-positions";
export type { InventorySummary } from "./queries/inventory-summary";
export type { SkuInventory, SkuInventoryInput, SkuNodePosition, SkuInboundShipment, SkuPositionSort } from "./queries/sku-inventory";
export type { InventoryFilterOptions } from "./queries/inventory-filter-options";
