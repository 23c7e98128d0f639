// The sourcing:solve CLI on real stdin: one instance, an array, and input it must refuse cleanly.

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (stdin: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/sourcing-solve.ts"], { cwd: root, input: stdin, encoding: "utf8" });

const instance = {
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
  stock: [
    { node: "DC1", sku: "A", available: 10 },
    { node: "S12", sku: "B", available: 1 },
  ],
  costs: { perShipment: 6.0, perKm: 0.004, handlingPerUnit: { DC: 0.4, STORE: 1.2 }, unfilledPerUnit: 250.0 },
  rules: { maxShipments: 3, shipFromStoreMaxKm: 300, excludedNodes: [] },
};

describe("sourcing:solve", () => {
  it("writes the plan of one instance as JSON", () => {
    const result = run(JSON.stringify(instance));
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.orderId).toBe("O1");
    expect(plan.shipments).toEqual([
      { node: "DC1", to: "customer", lines: [{ line: "L1", qty: 2 }] },
      { node: "S12", to: "S12", lines: [{ line: "L2", qty: 1 }] },
    ]);
    expect(plan.unfilled).toEqual([]);
    expect(plan.cost).toBeCloseTo(6 + 0.004 * 12.2984408079 + 0.8 + 1.2, 6);
    expect(plan.explanation).toMatchObject({ method: "EXACT", optimal: true, lowerBound: plan.cost, gap: 0 });
  });

  it("prices shadow prices into the plan and reports them as their own part", () => {
    const priced = { ...instance, costs: { ...instance.costs, shadowPrices: { DC1: { A: 1.5 } } } };
    const result = run(JSON.stringify(priced));
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.explanation.cost.shadowPrice).toBeCloseTo(3, 9);
    expect(plan.cost).toBeCloseTo(6 + 0.004 * 12.2984408079 + 0.8 + 1.2 + 3, 6);
    expect(run(JSON.stringify({ ...instance, costs: { ...instance.costs, shadowPrices: { DC1: { A: -1 } } } })).stderr).toMatch(
      /costs\.shadowPrices\.DC1\.A: /,
    );
  });

  it("answers an array of instances with an array of plans", () => {
    const result = run(JSON.stringify([instance, { ...instance, order: { ...instance.order, id: "O2" } }]));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).map((p: { orderId: string }) => p.orderId)).toEqual(["O1", "O2"]);
  });

  it("refuses malformed JSON, empty input and invalid instances on stderr with exit 1, no stack", () => {
    for (const [input, message] of [
      ["{ not json", /not valid JSON/],
      ["", /no input/],
      [JSON.stringify({ ...instance, nodes: "none" }), /nodes: /],
      [JSON.stringify([instance, { order: {} }]), /\[1\] order\.id: /],
    ] as const) {
      const result = run(input);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
