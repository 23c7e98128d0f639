// Public face of the inventory context: the ATP formula and the read side of stock (positions,
// supply in transit, open demand). Reservations and stock changes join it with the order commands.
export { availableToPromise, freeStock, isStocked, isOutOfStock, isBelowSafetyStock } from "./atp";
export type { PositionQuantities } from "./atp";
export { listInventoryPositions, listPositionsInputSchema } from "./queries/list-positions";
export type { ListPositionsInput, PositionPage, PositionRow } from "./queries/list-positions";
export { getInventorySummary } from "./queries/inventory-summary";
export type { InventorySummary } from "./queries/inventory-summary";
export { getSkuInventory, skuInventoryInputSchema, SKU_POSITION_SORTS } from "./queries/sku-inventory";
export type { SkuInventory, SkuInventoryInput, SkuNodePosition, SkuInboundShipment, SkuPositionSort } from "./queries/sku-inventory";
export { getInventoryFilterOptions } from "./queries/inventory-filter-options";
export type { InventoryFilterOptions } from "./queries/inventory-filter-options";
export { openDemandBySku, openDemandByNodeSku, recentDemandByNodeSku, DAYS_OF_COVER_SQL, inTransitByNodeSku, OUT_OF_STOCK_SQL, BELOW_SAFETY_SQL, STOCKED_SQL, ATP_SQL } from "./queries/sql";
// Stock changes (run inside the caller's transaction, positions locked first with lockPositions).
export { lockPositions, reserveUnits, releaseUnits, consumeUnits, addOnHand, setOnHand } from "./commands/reserve";
export { nameMovement } from "./commands/movement";
export type { Movement } from "./commands/movement";
