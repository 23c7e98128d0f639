// Plain data types of the sourcing engine: the instance it reads, the plan and explanation it returns.
// They mirror the reference JSON contract (docs/sourcing.md), so a plan serialises as-is.

export type NodeType = "DC" | "STORE";
export type DeliveryMode = "SHIP" | "PICKUP";

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface OrderLine {
  id: string;
  sku: string;
  /** Units to source; a positive integer. */
  qty: number;
  mode: DeliveryMode;
  /** Store where a PICKUP line is collected; required when mode is PICKUP. */
  pickupNode?: string;
}

export interface SourcingOrder {
  id: string;
  destination: GeoPoint;
  lines: OrderLine[];
}

export interface FulfillmentNode {
  id: string;
  type: NodeType;
  lat: number;
  lng: number;
  canShip: boolean;
  canPickup: boolean;
  /** Units the node can still process today, shared by every line sourced from it. */
  capacityLeft: number;
}

export interface StockRow {
  node: string;
  sku: string;
  /** Available to promise: on hand - reserved - safety stock. Negative values count as 0. */
  available: number;
}

export interface CostModel {
  perShipment: number;
  perKm: number;
  handlingPerUnit: Record<NodeType, number>;
  unfilledPerUnit: number;
  /**
   * EUR added to every charged shipment from a node, by node id (a node's priority: positive makes
   * it less attractive, negative more). A shipment's fixed cost never goes below 0.
   */
  perShipmentByNode?: Record<string, number>;
  /**
   * Shadow price of scarce stock: EUR per unit (>= 0) added to the handling cost of a SKU at a node,
   * by node id then SKU. It counts in the plan's cost (so the engine keeps units where they are
   * worth more to later orders) and is reported as the breakdown's `shadowPrice` part.
   */
  shadowPrices?: Record<string, Record<string, number>>;
}

export interface SourcingRules {
  /** Most shipments to the customer per order; transfers to pickup stores do not count. */
  maxShipments: number;
  /** A store may ship to the customer only within this great-circle distance. */
  shipFromStoreMaxKm: number;
  /** Nodes never used, neither as a source nor as a pickup store. */
  excludedNodes?: string[];
}

export interface SourcingInstance {
  order: SourcingOrder;
  nodes: FulfillmentNode[];
  stock: StockRow[];
  costs: CostModel;
  rules: SourcingRules;
}

/** Destination of a shipment: the customer's address, or the id of the pickup store. */
export type ShipmentTarget = "customer" | (string & {});

export interface LineQty {
  line: string;
  qty: number;
}

/**
 * Units sent from one node to one destination. An entry whose `node` equals its `to` is the
 * in-store allocation of a pickup line at its own pickup store: handling only, no shipment cost.
 */
export interface PlanShipment {
  node: string;
  to: ShipmentTarget;
  lines: LineQty[];
}

/** A shipment of the order that already goes ahead (re-sourcing): joining it costs no fixed cost. */
export interface OpenShipment {
  node: string;
  to: ShipmentTarget;
}

export interface Plan {
  orderId: string;
  shipments: PlanShipment[];
  unfilled: LineQty[];
  /** Exact contract cost, unrounded. */
  cost: number;
  explanation: Explanation;
}

export type RejectionReason =
  | "EXCLUDED_BY_RULE"
  | "NO_STOCK"
  | "NO_CAPACITY"
  | "NO_CAPABILITY"
  | "TOO_FAR"
  | "SPLIT_LIMIT";

export type UnfilledReason =
  /** The pickup store is excluded, unknown to the snapshot's capabilities, or cannot do pickups. */
  | "PICKUP_NODE_UNAVAILABLE"
  /** No node passes the rules for this line. */
  | "NO_CANDIDATE"
  /** Candidates exist but together hold too few units (stock or capacity). */
  | "INSUFFICIENT_STOCK"
  /** More units exist, but only from shipments beyond maxShipments. */
  | "SPLIT_LIMIT"
  /** Serving the units would cost more than the unfilled penalty. */
  | "CHEAPER_UNFILLED";

export interface CostBreakdown {
  /** Shipments charged (in-store pickup allocations and already-open shipments are not). */
  shipmentCount: number;
  /** perShipment x shipmentCount. */
  shipmentFixed: number;
  /** Sum of great-circle km of the charged shipments. */
  distanceKm: number;
  /** perKm x distanceKm. */
  distance: number;
  handling: number;
  /** Sum of the nodes' priority adjustments on the charged shipments (present when the costs set any). */
  nodeAdjustment?: number;
  /** Sum of the shadow prices of the units taken (present when the costs set any); the real fulfilment cost is total - shadowPrice. */
  shadowPrice?: number;
  unfilledUnits: number;
  unfilled: number;
  total: number;
}

export interface CandidateExplanation {
  node: string;
  type: NodeType;
  /** Great-circle km from the node to the line's destination. */
  distanceKm: number;
  available: number;
  /** Units this node could give the line alone: min(stock, capacity, qty). */
  canSupply: number;
  /** Cost of opening the shipment from this node (0 for the pickup store itself). */
  shipmentCost: number;
  /** Handling of one unit of the line's SKU at this node, its shadow price included. */
  handlingPerUnit: number;
  /** Cost if this node alone served the line, the rest left unfilled. */
  costToServeAlone: number;
  /** Units of the line the plan takes from this node. */
  allocated: number;
}

export interface RejectionSummary {
  total: number;
  byReason: Partial<Record<RejectionReason, number>>;
  /** The nearest few rejected nodes per reason, nearest first. */
  examples: Array<{ node: string; reason: RejectionReason; distanceKm: number }>;
}

export interface LineExplanation {
  line: string;
  sku: string;
  qty: number;
  mode: DeliveryMode;
  to: ShipmentTarget;
  allocated: Array<{ node: string; qty: number }>;
  unfilled: number;
  unfilledReason?: UnfilledReason;
  /** Nodes that could serve the line. */
  candidateCount: number;
  /** The cheapest few candidates by costToServeAlone, plus every node the plan uses for the line. */
  candidates: CandidateExplanation[];
  rejected: RejectionSummary;
}

export interface AlternativeExplanation {
  cost: number;
  /** cost - chosen plan's cost; never negative. */
  delta: number;
  shipmentCount: number;
  unfilledUnits: number;
  shipments: Array<{ node: string; to: ShipmentTarget; units: number }>;
  /** Shipments this alternative uses that the chosen plan does not, and the reverse. */
  added: Array<{ node: string; to: ShipmentTarget }>;
  removed: Array<{ node: string; to: ShipmentTarget }>;
}

export interface Explanation {
  /**
   * EXACT: the search proved the plan optimal. BOUNDED: the work budget ran out; the plan is the
   * best found and `lowerBound` is a proven bound on the optimum. Decisions stored by earlier
   * versions may say "HEURISTIC" (same meaning as BOUNDED, no bound recorded).
   */
  method: "EXACT" | "BOUNDED";
  optimal: boolean;
  /** Proven lower bound on the least possible cost of the order (equals cost when EXACT). */
  lowerBound: number;
  /** (cost - lowerBound) / cost: the plan is at most this fraction above the optimum (0 when EXACT or cost 0). */
  gap: number;
  /** Allocation evaluations spent (deterministic work measure; the budget is counted in them). */
  evaluations: number;
  cost: CostBreakdown;
  lines: LineExplanation[];
  /** Next-best distinct plans, cheapest first (see docs/sourcing.md for the search window). */
  alternatives: AlternativeExplanation[];
}

export interface PlanOptions {
  /** Next-best plans to report in the explanation (default 3, 0 for none: slightly faster). */
  alternatives?: number;
  /**
   * Work budget in allocation evaluations (default 20,000). The exact search stops there and the
   * best plan found, improved by neighbourhood search, is returned with method BOUNDED and a proven
   * lower bound. A work budget
   * rather than a wall-clock one keeps the result identical on every machine.
   */
  maxEvaluations?: number;
  /** Shipments already going ahead for this order (re-sourcing); see resourceLines. */
  openShipments?: OpenShipment[];
}

export interface ReturnItem {
  sku: string;
  qty: number;
  /** DAMAGED items always go to a DC for disposition. Default SELLABLE. */
  condition?: "SELLABLE" | "DAMAGED";
}

export interface ReturnInstance {
  item: ReturnItem;
  /** Store that received the return over the counter (BORIS); absent for a mail return. */
  receivedAt?: string;
  /** Where a mail return is posted from (the customer's address); required without receivedAt. */
  origin?: GeoPoint;
  nodes: FulfillmentNode[];
  /** Current available stock, used to compare the receiving store against its target. */
  stock: StockRow[];
  /** Target stock per store and SKU; a store carries a SKU when it has a target above 0. */
  targets: Array<{ node: string; sku: string; target: number }>;
  /** Optional: when given, each route's transport cost is reported (perShipment + perKm x km). */
  costs?: Pick<CostModel, "perShipment" | "perKm">;
  rules?: Pick<SourcingRules, "excludedNodes">;
}

export type ReturnAction = "RESTOCK" | "SEND_TO_DC" | "HOLD";

export type ReturnReason =
  | "BELOW_TARGET"
  | "AT_OR_ABOVE_TARGET"
  | "NOT_CARRIED"
  | "DAMAGED"
  | "MAIL_RETURN"
  | "RECEIVING_STORE_EXCLUDED"
  | "NO_DC_AVAILABLE";

export interface ReturnRoute {
  node: string;
  qty: number;
  action: ReturnAction;
  reason: ReturnReason;
  distanceKm: number;
  transportCost?: number;
}

export interface ReturnDecision {
  sku: string;
  qty: number;
  routes: ReturnRoute[];
  explanation: {
    receivedAt?: string;
    storeTarget?: number;
    storeAvailable?: number;
    /** Capable DCs, nearest first (at most 5). */
    dcCandidates: Array<{ node: string; distanceKm: number; transportCost?: number }>;
    rejectedDcs: RejectionSummary;
  };
}
