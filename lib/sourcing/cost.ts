// The contract's cost of a plan, computed in one place: the solver, the tests and the benchmark all
// price plans with computePlanCost, so "the cost" means one thing everywhere.

import { SourcingInputError } from "./errors";
import { haversineKm } from "./geo";
import type { CostBreakdown, FulfillmentNode, LineQty, OpenShipment, PlanShipment, SourcingInstance } from "./types";

export interface PlanLike {
  shipments: PlanShipment[];
  unfilled: LineQty[];
}

/** Only the nodes the plan names: instances can hold thousands. */
function indexPlanNodes(instance: SourcingInstance, plan: PlanLike): Map<string, FulfillmentNode> {
  const wanted = new Set<string>();
  for (const s of plan.shipments) {
    wanted.add(s.node);
    if (s.to !== "customer") wanted.add(s.to);
  }
  const nodes = new Map<string, FulfillmentNode>();
  for (const n of instance.nodes) if (wanted.has(n.id) && !nodes.has(n.id)) nodes.set(n.id, n);
  return nodes;
}

/** A shipment's fixed part: perShipment plus the node's priority adjustment, never below 0. */
export function shipmentFixedCost(perShipment: number, adjustment: number | undefined): number {
  return adjustment ? Math.max(0, perShipment + adjustment) : perShipment;
}

export function shipmentKey(node: string, to: string): string {
  return `${node}\u0000${to}`;
}

/** Shadow price of one unit of `sku` at `node` (0 when the costs set none). */
export function shadowPriceOf(
  prices: Record<string, Record<string, number>> | undefined,
  node: string,
  sku: string,
): number {
  if (!prices) return 0;
  const bySku = Object.hasOwn(prices, node) ? prices[node] : undefined;
  return bySku && Object.hasOwn(bySku, sku) ? bySku[sku] : 0;
}

/**
 * Cost exactly as the contract states: each charged shipment costs perShipment + perKm x km,
 * each unit the handling cost of its source node's type (plus the shadow price of its SKU at that
 * node, when the costs set shadow prices), each unfilled unit unfilledPerUnit.
 * Not charged: a pickup line's units at its own pickup store (node === to), and shipments listed
 * in openShipments (already paid for by the order being re-sourced). No rounding.
 */
export function computePlanCost(
  instance: SourcingInstance,
  plan: PlanLike,
  options: {
    openShipments?: OpenShipment[];
    /** The plan's nodes by id, when the caller has them (saves a scan of instance.nodes). */
    nodes?: ReadonlyMap<string, FulfillmentNode>;
  } = {},
): CostBreakdown {
  const { costs } = instance;
  const nodes = options.nodes ?? indexPlanNodes(instance, plan);
  const open = new Set((options.openShipments ?? []).map((s) => shipmentKey(s.node, s.to)));
  let shipmentCount = 0;
  let distanceKm = 0;
  let handling = 0;
  let nodeAdjustment = 0;
  const byNode = costs.perShipmentByNode;
  const prices = costs.shadowPrices;
  let shadowPrice = 0;
  const skuOf = prices ? new Map(instance.order.lines.map((l) => [l.id, l.sku])) : undefined;
  for (const shipment of plan.shipments) {
    const node = nodes.get(shipment.node);
    if (!node) throw new SourcingInputError(`Shipment source ${shipment.node} is not a node of the instance.`);
    if (shipment.node !== shipment.to && !open.has(shipmentKey(shipment.node, shipment.to))) {
      shipmentCount += 1;
      if (byNode) nodeAdjustment += shipmentFixedCost(costs.perShipment, byNode[shipment.node]) - costs.perShipment;
      const target = shipment.to === "customer" ? instance.order.destination : nodes.get(shipment.to);
      if (!target) throw new SourcingInputError(`Shipment destination ${shipment.to} is not a node of the instance.`);
      distanceKm += haversineKm(node, target);
    }
    const perUnit = costs.handlingPerUnit[node.type];
    for (const line of shipment.lines) handling += perUnit * line.qty;
    if (skuOf) {
      for (const line of shipment.lines) {
        const sku = skuOf.get(line.line);
        if (sku !== undefined) shadowPrice += shadowPriceOf(prices, shipment.node, sku) * line.qty;
      }
    }
  }
  let unfilledUnits = 0;
  for (const line of plan.unfilled) unfilledUnits += line.qty;
  const shipmentFixed = costs.perShipment * shipmentCount;
  const distance = costs.perKm * distanceKm;
  const unfilled = costs.unfilledPerUnit * unfilledUnits;
  return {
    shipmentCount,
    shipmentFixed,
    distanceKm,
    distance,
    handling,
    ...(byNode ? { nodeAdjustment } : {}),
    ...(prices ? { shadowPrice } : {}),
    unfilledUnits,
    unfilled,
    total: shipmentFixed + distance + handling + nodeAdjustment + shadowPrice + unfilled,
  };
}
