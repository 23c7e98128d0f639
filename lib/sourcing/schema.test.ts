// The edge schema accepts the contract's example and rejects what the engine cannot use.

import { describe, expect, it } from "vitest";
import { formatSchemaError, sourcingInstanceSchema } from "./index";

const example = () => ({
  order: {
    id: "O1",
    destination: { lat: 48.85, lng: 2.35 },
    lines: [
      { id: "L1", sku: "A", qty: 2, mode: "SHIP" },
      { id: "L2", sku: "B", qty: 1, mode: "PICKUP", pickupNode: "S12" },
    ],
  },
  nodes: [
    { id: "DC1", type: "DC", lat: 48.9, lng: 2.2, canShip: true, canPickup: false, capacityLeft: 5000 },
    { id: "S12", type: "STORE", lat: 48.86, lng: 2.34, canShip: true, canPickup: true, capacityLeft: 20 },
  ],
  stock: [{ node: "DC1", sku: "A", available: 10 }],
  costs: { perShipment: 6.0, perKm: 0.004, handlingPerUnit: { DC: 0.4, STORE: 1.2 }, unfilledPerUnit: 250.0 },
  rules: { maxShipments: 3, shipFromStoreMaxKm: 300, excludedNodes: [] },
});

const errorsOf = (input: unknown) => {
  const result = sourcingInstanceSchema.safeParse(input);
  return result.success ? "" : formatSchemaError(result.error);
};

describe("sourcingInstanceSchema", () => {
  it("accepts the contract's example", () => {
    expect(errorsOf(example())).toBe("");
  });

  it("rejects a non-integer or non-positive quantity and an unknown mode, with the path", () => {
    const input = example();
    (input.order.lines[0] as { qty: number }).qty = 1.5;
    (input.order.lines[1] as { mode: string }).mode = "DRONE";
    const errors = errorsOf(input);
    expect(errors).toMatch(/^order\.lines\.0\.qty: /m);
    expect(errors).toMatch(/^order\.lines\.1\.mode: /m);
  });

  it("rejects duplicate ids, duplicate stock rows and pickup lines without a known store", () => {
    const input = example();
    input.nodes.push({ ...input.nodes[0] });
    input.stock.push({ ...input.stock[0] });
    input.order.lines[1].pickupNode = "S99";
    const errors = errorsOf(input);
    expect(errors).toMatch(/nodes\.2\.id: duplicate node id DC1/);
    expect(errors).toMatch(/stock\.1: duplicate stock row for DC1\/A/);
    expect(errors).toMatch(/order\.lines\.1\.pickupNode: unknown node S99/);
  });

  it("accepts shadow prices of 0 and above, and rejects negative or non-numeric ones with the path", () => {
    const ok = example() as { costs: Record<string, unknown> };
    ok.costs.shadowPrices = { S12: { B: 0, A: 3.5 }, DC1: {} };
    expect(errorsOf(ok)).toBe("");
    const bad = example() as { costs: Record<string, unknown> };
    bad.costs.shadowPrices = { S12: { B: -1, A: Infinity }, DC1: { A: "2" } };
    const errors = errorsOf(bad);
    expect(errors).toMatch(/^costs\.shadowPrices\.S12\.B: /m);
    expect(errors).toMatch(/^costs\.shadowPrices\.S12\.A: /m);
    expect(errors).toMatch(/^costs\.shadowPrices\.DC1\.A: /m);
  });

  it("defaults excludedNodes to none", () => {
    const input = example() as { rules: Record<string, unknown> };
    delete input.rules.excludedNodes;
    const parsed = sourcingInstanceSchema.parse(input);
    expect(parsed.rules.excludedNodes).toEqual([]);
  });
});
