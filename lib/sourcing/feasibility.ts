// Checks a plan against the contract's rules (stock, capacity, capability, distance, split limit,
// excluded nodes, unit conservation). Used by the CLI's self-check, the benchmark and the tests.

import type { PlanLike } from "./cost";
import { shipmentKey } from "./cost";
import { haversineKm } from "./geo";
import type { OpenShipment, SourcingInstance } from "./types";

/** Every rule the plan breaks, as readable sentences; an empty list means the plan is feasible. */
export function findPlanViolations(
  instance: SourcingInstance,
  plan: PlanLike,
  options: { openShipments?: OpenShipment[] } = {},
): string[] {
  const problems: string[] = [];
  const { order, rules } = instance;
  const nodes = new Map(instance.nodes.map((n) => [n.id, n]));
  const lines = new Map(order.lines.map((l) => [l.id, l]));
  const excluded = new Set(rules.excludedNodes ?? []);
  const stock = new Map<string, number>();
  for (const row of instance.stock) {
    const key = shipmentKey(row.node, row.sku);
    stock.set(key, (stock.get(key) ?? 0) + row.available);
  }
  const usedStock = new Map<string, number>();
  const usedCapacity = new Map<string, number>();
  const assigned = new Map<string, number>();
  const seen = new Set<string>();
  const openCustomer = new Set(
    (options.openShipments ?? []).filter((s) => s.to === "customer").map((s) => s.node),
  );
  let newCustomerShipments = 0;

  for (const shipment of plan.shipments) {
    const where = `shipment ${shipment.node} -> ${shipment.to}`;
    const key = shipmentKey(shipment.node, shipment.to);
    if (seen.has(key)) problems.push(`${where} is listed twice`);
    seen.add(key);
    const node = nodes.get(shipment.node);
    if (!node) {
      problems.push(`${where}: unknown node`);
      continue;
    }
    if (excluded.has(node.id)) problems.push(`${where}: node is excluded by rule`);
    if (shipment.lines.length === 0) problems.push(`${where} carries no line`);
    if (shipment.to === "customer") {
      if (!openCustomer.has(node.id)) newCustomerShipments += 1;
      if (!node.canShip) problems.push(`${where}: node cannot ship`);
      if (node.type === "STORE" && haversineKm(node, order.destination) > rules.shipFromStoreMaxKm) {
        problems.push(`${where}: store is beyond shipFromStoreMaxKm`);
      }
    } else {
      const store = nodes.get(shipment.to);
      if (!store) problems.push(`${where}: unknown pickup store`);
      else {
        if (!store.canPickup) problems.push(`${where}: destination cannot do pickups`);
        if (excluded.has(store.id)) problems.push(`${where}: pickup store is excluded by rule`);
      }
      if (shipment.node !== shipment.to && !node.canShip) problems.push(`${where}: node cannot ship`);
    }
    for (const part of shipment.lines) {
      const line = lines.get(part.line);
      if (!line) {
        problems.push(`${where}: unknown line ${part.line}`);
        continue;
      }
      if (!Number.isInteger(part.qty) || part.qty <= 0) problems.push(`${where}: line ${part.line} qty ${part.qty}`);
      const expectedTo = line.mode === "SHIP" ? "customer" : line.pickupNode;
      if (shipment.to !== expectedTo) problems.push(`${where}: line ${line.id} must go to ${expectedTo}`);
      assigned.set(line.id, (assigned.get(line.id) ?? 0) + part.qty);
      const stockKey = shipmentKey(node.id, line.sku);
      usedStock.set(stockKey, (usedStock.get(stockKey) ?? 0) + part.qty);
      usedCapacity.set(node.id, (usedCapacity.get(node.id) ?? 0) + part.qty);
    }
  }
  for (const [key, used] of usedStock) {
    const have = Math.max(0, stock.get(key) ?? 0);
    if (used > have) problems.push(`stock exceeded at ${key.replace("\u0000", "/")}: ${used} > ${have}`);
  }
  for (const [nodeId, used] of usedCapacity) {
    const cap = Math.max(0, nodes.get(nodeId)?.capacityLeft ?? 0);
    if (used > cap) problems.push(`capacity exceeded at ${nodeId}: ${used} > ${cap}`);
  }
  const allowedNew = Math.max(0, rules.maxShipments - openCustomer.size);
  if (newCustomerShipments > allowedNew) {
    problems.push(`${newCustomerShipments} new customer shipments exceed the limit of ${allowedNew}`);
  }
  for (const part of plan.unfilled) {
    if (!lines.has(part.line)) problems.push(`unfilled: unknown line ${part.line}`);
    if (!Number.isInteger(part.qty) || part.qty <= 0) problems.push(`unfilled: line ${part.line} qty ${part.qty}`);
    assigned.set(part.line, (assigned.get(part.line) ?? 0) + part.qty);
  }
  for (const line of order.lines) {
    const total = assigned.get(line.id) ?? 0;
    if (total !== line.qty) problems.push(`line ${line.id}: ${total} units assigned or unfilled, ordered ${line.qty}`);
  }
  return problems;
}
