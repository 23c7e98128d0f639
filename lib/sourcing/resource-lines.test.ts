// Re-sourcing after a short-pick, a node cancellation or a change of address.

import { describe, expect, it } from "vitest";
import { findPlanViolations, planSourcing, resourceLines, SourcingInputError } from "./index";
import { buildInstance, buildNode } from "./testing";

const PARIS = { lat: 48.8566, lng: 2.3522 };
const instance = buildInstance({
  lines: [
    { id: "L1", sku: "A", qty: 2, mode: "SHIP" },
    { id: "L2", sku: "B", qty: 1, mode: "SHIP" },
  ],
  nodes: [
    buildNode("S1", { lat: 48.86, lng: 2.35 }),
    buildNode("S2", { lat: 48.9, lng: 2.3 }),
    buildNode("DC1", { lat: 45.764, lng: 4.8357 }),
  ],
  stock: [
    { node: "S1", sku: "A", available: 2 },
    { node: "S1", sku: "B", available: 1 },
    { node: "S2", sku: "A", available: 2 },
    { node: "DC1", sku: "A", available: 9 },
    { node: "DC1", sku: "B", available: 9 },
  ],
  destination: PARIS,
  costs: { handlingPerUnit: { DC: 0.4, STORE: 0.4 } },
});

describe("resourceLines", () => {
  it("re-sources a short-picked quantity away from the store that could not pick it", () => {
    expect(planSourcing(instance).shipments.map((s) => s.node)).toEqual(["S1"]);
    const plan = resourceLines(instance, { lines: [{ line: "L1", qty: 1 }], excludeNodes: ["S1"] });
    expect(plan.shipments).toEqual([{ node: "S2", to: "customer", lines: [{ line: "L1", qty: 1 }] }]);
    expect(plan.explanation.lines[0].rejected.byReason.EXCLUDED_BY_RULE).toBe(1);
  });

  it("joins a shipment that still goes ahead at no extra fixed cost, counted towards maxShipments", () => {
    const going = [{ node: "DC1", to: "customer" }];
    const plan = resourceLines(instance, { lines: [{ line: "L1", qty: 1 }], excludeNodes: ["S1"], openShipments: going });
    expect(plan.shipments).toEqual([{ node: "DC1", to: "customer", lines: [{ line: "L1", qty: 1 }] }]);
    expect(plan.cost).toBeCloseTo(0.4, 12);
    expect(plan.explanation.cost.shipmentCount).toBe(0);

    const limited = { ...instance, rules: { ...instance.rules, maxShipments: 1 } };
    const onlyOpen = resourceLines(limited, {
      lines: [{ line: "L2" }],
      excludeNodes: ["DC1"],
      openShipments: going,
    });
    expect(onlyOpen.shipments).toEqual([]);
    expect(onlyOpen.unfilled).toEqual([{ line: "L2", qty: 1 }]);
  });

  it("re-plans for a new address with the same rules", () => {
    const moved = { ...instance, order: { ...instance.order, destination: { lat: 45.75, lng: 4.85 } } };
    const plan = resourceLines(moved, { lines: [{ line: "L1" }, { line: "L2" }] });
    expect(plan.shipments.map((s) => s.node)).toEqual(["DC1"]);
    expect(findPlanViolations(moved, plan)).toEqual([]);
  });

  it("refuses a line that is not part of the order", () => {
    expect(() => resourceLines(instance, { lines: [{ line: "L9" }] })).toThrow(SourcingInputError);
  });
});
