// Network-aware sourcing: a periodic LP over expected demand by region and today's stock whose
// stock duals become per-(node, SKU) shadow prices for the per-order solve (docs/sourcing.md,
// "Network-aware sourcing"). Pure computation: the caller reads the orders and stores the prices.
export { aggregateDemand, regionKey, DEFAULT_CELL_DEGREES, type DemandSample } from "./demand";
export { buildNetworkLp, selectSkus, unitCost, DEFAULT_LIMITS, DEFAULT_UNITS_PER_SHIPMENT, type NetworkLpModel } from "./build-lp";
export { computeShadowPrices, DEFAULT_MAX_PRICE_SHARE } from "./solve-lp";
export { shadowPriceMap } from "./prices";
export type * from "./types";
