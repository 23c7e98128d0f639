// The contract's cost function and the plan checker, on hand-computed examples.

import { describe, expect, it } from "vitest";
import { computePlanCost, findPlanViolations, haversineKm } from "./index";
import { buildInstance, buildNode } from "./testing";

const PARIS = { lat: 48.8566, lng: 2.3522 };
const LYON = { lat: 45.764, lng: 4.8357 };

describe("haversineKm", () => {
  it("measures known great-circle distances with R = 6371 km", () => {
    expect(haversineKm(PARIS, LYON)).toBeCloseTo(391.5, 0);
    expect(haversineKm(PARIS, { lat: 51.5074, lng: -0.1278 })).toBeCloseTo(343.6, 0);
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6371, 6);
    expect(haversineKm(LYON, LYON)).toBe(0);
    expect(haversineKm(PARIS, LYON)).toBe(haversineKm(LYON, PARIS));
  });
});

describe("computePlanCost", () => {
  const instance = buildInstance({
    lines: [
      { id: "L1", sku: "A", qty: 2, mode: "SHIP" },
      { id: "L2", sku: "B", qty: 1, mode: "PICKUP", pickupNode: "S1" },
      { id: "L3", sku: "C", qty: 3, mode: "SHIP" },
    ],
    nodes: [buildNode("DC1", LYON), buildNode("S1", PARIS)],
    stock: [],
    destination: PARIS,
  });

  it("charges each shipment, each unit by node type and each unfilled unit", () => {
    const km = haversineKm(LYON, PARIS);
    const cost = computePlanCost(instance, {
      shipments: [
        { node: "DC1", to: "customer", lines: [{ line: "L1", qty: 2 }] },
        { node: "S1", to: "S1", lines: [{ line: "L2", qty: 1 }] },
      ],
      unfilled: [{ line: "L3", qty: 3 }],
    });
    expect(cost).toMatchObject({ shipmentCount: 1, shipmentFixed: 6, unfilledUnits: 3, unfilled: 750 });
    expect(cost.distanceKm).toBeCloseTo(km, 9);
    expect(cost.handling).toBeCloseTo(2 * 0.4 + 1.2, 12);
    expect(cost.total).toBeCloseTo(6 + 0.004 * km + 0.8 + 1.2 + 750, 9);
  });

  it("does not charge the fixed cost of shipments that are already open", () => {
    const plan = { shipments: [{ node: "DC1", to: "customer", lines: [{ line: "L1", qty: 2 }] }], unfilled: [] };
    const cost = computePlanCost(instance, plan, { openShipments: [{ node: "DC1", to: "customer" }] });
    expect(cost.shipmentCount).toBe(0);
    expect(cost.total).toBeCloseTo(0.8, 12);
  });

  it("adds each unit's shadow price at its node as its own part, and leaves it out when none is set", () => {
    const priced = { ...instance, costs: { ...instance.costs, shadowPrices: { DC1: { A: 2.5, C: 9 }, S1: { B: 0.75 } } } };
    const plan = {
      shipments: [
        { node: "DC1", to: "customer", lines: [{ line: "L1", qty: 2 }] },
        { node: "S1", to: "S1", lines: [{ line: "L2", qty: 1 }] },
      ],
      unfilled: [{ line: "L3", qty: 3 }],
    };
    const cost = computePlanCost(priced, plan);
    expect(cost.shadowPrice).toBeCloseTo(2 * 2.5 + 0.75, 12);
    expect(cost.handling).toBeCloseTo(2 * 0.4 + 1.2, 12);
    const without = computePlanCost(instance, plan);
    expect(without.shadowPrice).toBeUndefined();
    expect(cost.total - cost.shadowPrice!).toBeCloseTo(without.total, 9);
  });
});

describe("findPlanViolations", () => {
  const instance = buildInstance({
    lines: [{ id: "L1", sku: "A", qty: 3, mode: "SHIP" }],
    nodes: [buildNode("DC1", { ...LYON, capacityLeft: 2 }), buildNode("S1", { lat: 43.3, lng: 5.4 })],
    stock: [
      { node: "DC1", sku: "A", available: 5 },
      { node: "S1", sku: "A", available: 1 },
    ],
    destination: PARIS,
    rules: { maxShipments: 1, shipFromStoreMaxKm: 300 },
  });

  it("accepts a plan within every rule", () => {
    const plan = { shipments: [{ node: "DC1", to: "customer", lines: [{ line: "L1", qty: 2 }] }], unfilled: [{ line: "L1", qty: 1 }] };
    expect(findPlanViolations(instance, plan)).toEqual([]);
  });

  it("names capacity, distance, split-limit and unit-count breaches", () => {
    const plan = {
      shipments: [
        { node: "DC1", to: "customer", lines: [{ line: "L1", qty: 3 }] },
        { node: "S1", to: "customer", lines: [{ line: "L1", qty: 1 }] },
      ],
      unfilled: [],
    };
    const problems = findPlanViolations(instance, plan).join("\n");
    expect(problems).toMatch(/capacity exceeded at DC1/);
    expect(problems).toMatch(/beyond shipFromStoreMaxKm/);
    expect(problems).toMatch(/exceed the limit of 1/);
    expect(problems).toMatch(/line L1: 4 units/);
  });
});
