// Plain data of the network pricing LP (Acimovic & Graves, MSOM 2015): expected demand by region
// and SKU over a horizon, today's stock, and the shadow price each (node, SKU) position gets.
import type { CostModel, NodeType } from "../types";

export interface NetworkNode {
  id: string;
  type: NodeType;
  lat: number;
  lng: number;
  /** Ships to customers and feeds pickup stores (a DC, or a store allowed to ship). */
  canShip: boolean;
  /** Hands pickups over at its counter. */
  canPickup: boolean;
}

/**
 * Units of one SKU expected in one region over the horizon. A ship region is a point (the centre
 * of a grid cell of destinations); a pickup region is a store's counter (`pickupNode`).
 */
export interface RegionDemand {
  region: string;
  lat: number;
  lng: number;
  sku: string;
  /** Expected units over the horizon; may be fractional. */
  units: number;
  pickupNode?: string;
}

export interface NetworkLpLimits {
  /**
   * A SKU enters the LP only when its expected demand reaches this share of its stock, in the
   * whole network or at one pickup store (default 0.2): plentiful SKUs have no shadow price.
   */
  minDemandShare?: number;
  /** Most SKUs in the LP, the scarcest first (default 400). */
  maxSkus?: number;
  /** Most regions per SKU, the largest demand first (default 40), besides the counters of pickup stores holding the SKU. */
  maxRegionsPerSku?: number;
  /** Cheapest sources kept per (region, SKU), besides a pickup region's own store (default 8). */
  maxSourcesPerRegion?: number;
}

export interface NetworkLpInput {
  nodes: NetworkNode[];
  /** Units available to promise by node and SKU. */
  stock: Array<{ node: string; sku: string; available: number }>;
  demand: RegionDemand[];
  costs: Pick<CostModel, "perShipment" | "perKm" | "handlingPerUnit" | "unfilledPerUnit">;
  /** Average units per shipment: a shipment's fixed and distance cost is spread over them (default 1.5). */
  unitsPerShipment?: number;
  /** Stores ship to a customer region only within this distance. */
  shipFromStoreMaxKm: number;
  excludedNodes?: string[];
  /**
   * No price above this share of the unfilled penalty (default 0.5), so a priced unit still costs
   * less than leaving it unfilled and the per-order solve never leaves units unfilled for it.
   */
  maxPriceShare?: number;
  /**
   * Keep only each position's price above the cheapest position of the same SKU (default true);
   * false returns the raw duals (still capped).
   */
  relative?: boolean;
  limits?: NetworkLpLimits;
}

/** [node id, SKU, EUR per unit], only positive prices. */
export type ShadowPrice = [string, string, number];

export interface NetworkLpStats {
  skus: number;
  regions: number;
  variables: number;
  constraints: number;
  /** Positions (node, SKU) priced above zero. */
  priced: number;
  /** Optimal LP cost in EUR (transport, handling and unmet demand penalty), 0 when empty. */
  objective: number;
  /** Expected units of the selected SKUs the LP leaves unmet. */
  unmetUnits: number;
  /** Wall-clock milliseconds of building and solving. */
  ms: number;
  status: string;
}

export interface NetworkLpResult {
  prices: ShadowPrice[];
  stats: NetworkLpStats;
}
