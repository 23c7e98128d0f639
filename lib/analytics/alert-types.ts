// The shape of the alerts that anticipate problems (computed in alerts.ts): the kinds in the order
// a screen lists them, and one item type per kind. Loads nothing from the server side, so browser
// code may use it.

export const ALERT_KINDS = ["projectedStockouts", "stockedOut", "stuckOrders", "lateInbound", "expiringPickups", "overCapacity"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Thresholds the alerts were computed with (the published ALERTS rule set). */
export interface AlertThresholds {
  stockoutHorizonDays: number;
  demandWindowDays: number;
  stuckOrderHours: number;
  lateInboundDays: number;
  pickupExpiryHours: number;
  capacityPercent: number;
}

/** A node and SKU whose stock runs out within the horizon at its recent daily demand. */
export interface ProjectedStockoutAlert {
  nodeCode: string;
  nodeName: string;
  skuCode: string;
  skuName: string;
  atp: number;
  /** Average units out per day over the demand window. */
  dailyDemand: number;
  /** Units arriving (in transit) before the projected stock-out date. */
  inboundUnits: number;
  /** ISO time at which ATP plus timely inbound runs out. */
  stockoutAt: string;
  /** Units to bring in now so that stock lasts to the end of the horizon, given the arrivals' timing. */
  suggestedQty: number;
}

/** A SKU with no available stock anywhere while demand waits (open demand or backorders). */
export interface StockedOutAlert {
  skuCode: string;
  skuName: string;
  /** Open units not held at any node (backorders and unreserved open lines), network-wide. */
  demand: number;
  /** Open order lines of the SKU waiting for stock (backordered). */
  waitingLines: number;
  /** Units in transit to any node. */
  inTransit: number;
  /** Earliest ETA of open inbound supply, ISO, or null. */
  nextEta: string | null;
}

/** An order in the same status for longer than the threshold. */
export interface StuckOrderAlert {
  number: string;
  status: string;
  /** ISO time the order entered its status (its last change). */
  since: string;
  /** Whole hours in that status so far. */
  hours: number;
}

/** Inbound supply past its ETA (by more than the threshold) and not received. */
export interface LateInboundAlert {
  reference: string;
  type: string;
  status: string;
  toNodeCode: string;
  eta: string;
  /** Units not yet received. */
  units: number;
}

/** A pickup waiting at the counter whose hold expires within the threshold. */
export interface ExpiringPickupAlert {
  fulfillmentOrderId: string;
  fulfillmentOrderNumber: string;
  orderNumber: string;
  nodeCode: string;
  expiresAt: string;
}

/** A node that released more units today than its capacity times the threshold percent. */
export interface OverCapacityAlert {
  nodeCode: string;
  nodeName: string;
  releasedUnits: number;
  dailyCapacity: number;
  /** Released units as a percentage of daily capacity, rounded. */
  percent: number;
}

export interface AlertGroup<T> {
  total: number;
  items: T[];
}

export interface Alerts {
  generatedAt: string;
  thresholds: AlertThresholds;
  projectedStockouts: AlertGroup<ProjectedStockoutAlert>;
  stockedOut: AlertGroup<StockedOutAlert>;
  stuckOrders: AlertGroup<StuckOrderAlert>;
  lateInbound: AlertGroup<LateInboundAlert>;
  expiringPickups: AlertGroup<ExpiringPickupAlert>;
  overCapacity: AlertGroup<OverCapacityAlert>;
}
