// The figures of one replayed plan: what it costs, how many shipments and km, how many units come
// from stores, what is left unfilled, and the date the customer would be promised.
//
// Both plans of an order are priced with the baseline's (published) cost model, without the node
// priorities and without the unfilled penalty: a draft's costs and priorities steer its engine, but
// the money a plan spends is the same price list for both, so the difference is what the draft's
// choices change. Unfilled units are counted separately.
import { promisedDate, type NodeInfo } from "@/lib/orders";
import { computePlanCost, haversineKm, type CostModel, type FulfillmentNode, type PlanLike, type SourcingInstance } from "@/lib/sourcing";

export interface PlanFigures {
  /** Shipment fixed costs + distance + handling, minor units, at the baseline's prices. */
  costMinor: number;
  /** Charged shipments (in-store allocations of pickup lines are not shipments). */
  shipments: number;
  /** The units come from more than one node (more than one fulfilment order), as the split-rate KPI counts. */
  split: boolean;
  units: number;
  /** Units taken from stores (ship-from-store, in-store pickups, transfers from a store). */
  storeUnits: number;
  /** Units shipped to the customer's address, and those of them shipped from stores. */
  shipUnits: number;
  storeShipUnits: number;
  /** Great-circle km of the charged shipments. */
  km: number;
  unfilledUnits: number;
  /** When the last part is delivered or ready for pickup (null when nothing is allocated). */
  promise: Date | null;
}

export interface Pricing {
  costs: CostModel;
  /** Every network node as the cost function reads it, by code. */
  nodes: ReadonlyMap<string, FulfillmentNode>;
  nodeInfo: ReadonlyMap<string, NodeInfo>;
}

export function pricingFor(nodes: NodeInfo[], baselineCosts: CostModel): Pricing {
  const { perShipmentByNode: _priorities, ...costs } = baselineCosts;
  return {
    costs,
    nodes: new Map(nodes.map((n) => [n.code, { id: n.code, type: n.type, lat: n.lat, lng: n.lng, canShip: true, canPickup: true, capacityLeft: 0 }])),
    nodeInfo: new Map(nodes.map((n) => [n.code, n])),
  };
}

/** Promise of one leg, cached per order (both sides often share legs). */
export type PromiseCache = Map<string, number>;

function legPromise(pricing: Pricing, source: NodeInfo, to: string, destination: { lat: number; lng: number }, placedAt: Date, cache: PromiseCache): number {
  const key = `${source.code}>${to}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let at: Date;
  if (to === "customer") at = promisedDate({ source, kind: "SHIP_TO_CUSTOMER", km: haversineKm(source, destination), availableFrom: placedAt });
  else if (to === source.code) at = promisedDate({ source, kind: "PICKUP_IN_STORE", km: 0, availableFrom: placedAt });
  else {
    const store = pricing.nodeInfo.get(to) ?? source;
    at = promisedDate({ source, kind: "TRANSFER_TO_PICKUP_STORE", km: haversineKm(source, store), pickupStore: store, availableFrom: placedAt });
  }
  cache.set(key, at.getTime());
  return at.getTime();
}

export function planFigures(plan: PlanLike, order: { destination: { lat: number; lng: number }; placedAt: Date }, pricing: Pricing, cache: PromiseCache = new Map()): PlanFigures {
  const instance: SourcingInstance = {
    order: { id: "", destination: order.destination, lines: [] },
    nodes: [],
    stock: [],
    costs: pricing.costs,
    rules: { maxShipments: 1, shipFromStoreMaxKm: 0 },
  };
  const cost = computePlanCost(instance, plan, { nodes: pricing.nodes });
  let units = 0;
  let storeUnits = 0;
  let shipUnits = 0;
  let storeShipUnits = 0;
  let promise = -Infinity;
  for (const s of plan.shipments) {
    const source = pricing.nodeInfo.get(s.node);
    const qty = s.lines.reduce((sum, l) => sum + l.qty, 0);
    units += qty;
    const fromStore = source?.type === "STORE";
    if (fromStore) storeUnits += qty;
    if (s.to === "customer") {
      shipUnits += qty;
      if (fromStore) storeShipUnits += qty;
    }
    if (source) promise = Math.max(promise, legPromise(pricing, source, s.to, order.destination, order.placedAt, cache));
  }
  return {
    costMinor: Math.round((cost.shipmentFixed + cost.distance + cost.handling) * 100),
    shipments: cost.shipmentCount,
    split: plan.shipments.length > 1,
    units,
    storeUnits,
    shipUnits,
    storeShipUnits,
    km: cost.distanceKm,
    unfilledUnits: cost.unfilledUnits,
    promise: Number.isFinite(promise) ? new Date(promise) : null,
  };
}
