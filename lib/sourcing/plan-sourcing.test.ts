// Behaviour of planSourcing on small hand-made orders: consolidation, splits, the rules and what
// the explanation says about them.

import { describe, expect, it } from "vitest";
import { findPlanViolations, planSourcing, SourcingInputError } from "./index";
import { buildInstance, buildNode, oracleCost } from "./testing";
import type { OrderLine } from "./types";

const ship = (id: string, sku: string, qty: number): OrderLine => ({ id, sku, qty, mode: "SHIP" });
const pickup = (id: string, sku: string, qty: number, store: string): OrderLine => ({
  id,
  sku,
  qty,
  mode: "PICKUP",
  pickupNode: store,
});
// Paris customer; Lyon and Lille are about 390 and 200 km away.
const PARIS = { lat: 48.8566, lng: 2.3522 };
const LYON = { lat: 45.764, lng: 4.8357 };
const LILLE = { lat: 50.6292, lng: 3.0573 };

describe("planSourcing", () => {
  it("ships everything from one DC when one DC has it all", () => {
    const plan = planSourcing(
      buildInstance({
        lines: [ship("L1", "A", 2), ship("L2", "B", 1)],
        nodes: [buildNode("DC1", LYON), buildNode("DC2", LILLE)],
        stock: [
          { node: "DC1", sku: "A", available: 5 },
          { node: "DC1", sku: "B", available: 5 },
          { node: "DC2", sku: "A", available: 5 },
        ],
      }),
    );
    expect(plan.shipments).toEqual([{ node: "DC1", to: "customer", lines: [{ line: "L1", qty: 2 }, { line: "L2", qty: 1 }] }]);
    expect(plan.unfilled).toEqual([]);
    expect(plan.explanation.method).toBe("EXACT");
  });

  it("consolidates into one farther shipment rather than two near ones when that is cheaper", () => {
    const instance = buildInstance({
      lines: [ship("L1", "A", 1), ship("L2", "B", 1)],
      nodes: [buildNode("S1", { lat: 48.86, lng: 2.35 }), buildNode("S2", { lat: 48.84, lng: 2.36 }), buildNode("DC1", LYON)],
      stock: [
        { node: "S1", sku: "A", available: 3 },
        { node: "S2", sku: "B", available: 3 },
        { node: "DC1", sku: "A", available: 3 },
        { node: "DC1", sku: "B", available: 3 },
      ],
    });
    const plan = planSourcing(instance);
    // Two store shipments: 2 x (6 + ~0) + 2 x 1.2 = 14.4; one DC shipment: 6 + 0.004 x 392 + 0.8 = 8.4.
    expect(plan.shipments.map((s) => s.node)).toEqual(["DC1"]);
    expect(plan.cost).toBeCloseTo(oracleCost(instance, plan), 12);
    const alternative = plan.explanation.alternatives.find((a) => a.shipments.length === 2);
    expect(alternative?.delta).toBeGreaterThan(5);
  });

  it("splits a line over several nodes when no node holds the whole quantity", () => {
    const instance = buildInstance({
      lines: [ship("L1", "A", 5)],
      nodes: [buildNode("DC1", LYON), buildNode("DC2", LILLE)],
      stock: [
        { node: "DC1", sku: "A", available: 3 },
        { node: "DC2", sku: "A", available: 2 },
      ],
    });
    const plan = planSourcing(instance);
    expect(plan.shipments).toEqual([
      { node: "DC1", to: "customer", lines: [{ line: "L1", qty: 3 }] },
      { node: "DC2", to: "customer", lines: [{ line: "L1", qty: 2 }] },
    ]);
    expect(plan.unfilled).toEqual([]);
  });

  it("does not ship from a store beyond shipFromStoreMaxKm, and says TOO_FAR", () => {
    const plan = planSourcing(
      buildInstance({
        lines: [ship("L1", "A", 1)],
        nodes: [buildNode("S-LYON", LYON), buildNode("DC1", { lat: 43.3, lng: 5.37 })],
        stock: [
          { node: "S-LYON", sku: "A", available: 1 },
          { node: "DC1", sku: "A", available: 1 },
        ],
        rules: { shipFromStoreMaxKm: 300 },
      }),
    );
    expect(plan.shipments.map((s) => s.node)).toEqual(["DC1"]);
    const line = plan.explanation.lines[0];
    expect(line.rejected.byReason).toEqual({ TOO_FAR: 1 });
    expect(line.rejected.examples[0]).toMatchObject({ node: "S-LYON", reason: "TOO_FAR" });
    expect(line.rejected.examples[0].distanceKm).toBeGreaterThan(380);
  });

  it("never uses excluded nodes or nodes that cannot ship, and says why", () => {
    const plan = planSourcing(
      buildInstance({
        lines: [ship("L1", "A", 1)],
        nodes: [buildNode("S1", PARIS), buildNode("S2", { ...PARIS, canShip: false }), buildNode("S3", PARIS)],
        stock: ["S1", "S2", "S3"].map((node) => ({ node, sku: "A", available: 1 })),
        rules: { excludedNodes: ["S1"] },
      }),
    );
    expect(plan.shipments.map((s) => s.node)).toEqual(["S3"]);
    expect(plan.explanation.lines[0].rejected.byReason).toEqual({ EXCLUDED_BY_RULE: 1, NO_CAPABILITY: 1 });
  });

  it("shares a node's capacity between lines and takes the rest elsewhere", () => {
    const instance = buildInstance({
      lines: [ship("L1", "A", 1), ship("L2", "B", 1)],
      nodes: [buildNode("S1", { ...PARIS, capacityLeft: 1 }), buildNode("S2", { lat: 48.9, lng: 2.4 })],
      stock: [
        { node: "S1", sku: "A", available: 5 },
        { node: "S1", sku: "B", available: 5 },
        { node: "S2", sku: "A", available: 5 },
      ],
    });
    const plan = planSourcing(instance);
    expect(findPlanViolations(instance, plan)).toEqual([]);
    expect(plan.shipments).toEqual([
      { node: "S1", to: "customer", lines: [{ line: "L2", qty: 1 }] },
      { node: "S2", to: "customer", lines: [{ line: "L1", qty: 1 }] },
    ]);
  });

  it("leaves units unfilled at the split limit and names SPLIT_LIMIT; transfers to a pickup store do not count", () => {
    const instance = buildInstance({
      lines: [ship("L1", "A", 1), ship("L2", "B", 1), pickup("L3", "C", 1, "S9")],
      nodes: [buildNode("DC1", LYON), buildNode("DC2", LILLE), buildNode("S9", PARIS)],
      stock: [
        { node: "DC1", sku: "A", available: 1 },
        { node: "DC2", sku: "B", available: 1 },
        { node: "DC2", sku: "C", available: 1 },
      ],
      rules: { maxShipments: 1 },
      costs: { unfilledPerUnit: 100 },
    });
    const plan = planSourcing(instance);
    const customer = plan.shipments.filter((s) => s.to === "customer");
    expect(customer).toHaveLength(1);
    expect(plan.shipments.find((s) => s.to === "S9")).toEqual({ node: "DC2", to: "S9", lines: [{ line: "L3", qty: 1 }] });
    expect(plan.unfilled).toHaveLength(1);
    const short = plan.explanation.lines.find((l) => l.unfilled > 0)!;
    expect(short.unfilledReason).toBe("SPLIT_LIMIT");
    expect(short.rejected.byReason.SPLIT_LIMIT).toBe(1);
  });

  it("serves a pickup line from its own store without a shipment, else by a transfer", () => {
    const instance = buildInstance({
      lines: [pickup("L1", "A", 1, "S1"), pickup("L2", "B", 1, "S1")],
      nodes: [buildNode("S1", PARIS), buildNode("DC1", LYON)],
      stock: [
        { node: "S1", sku: "A", available: 1 },
        { node: "DC1", sku: "B", available: 1 },
      ],
    });
    const plan = planSourcing(instance);
    expect(plan.shipments).toEqual([
      { node: "DC1", to: "S1", lines: [{ line: "L2", qty: 1 }] },
      { node: "S1", to: "S1", lines: [{ line: "L1", qty: 1 }] },
    ]);
    expect(plan.explanation.cost.shipmentCount).toBe(1);
    expect(plan.cost).toBeCloseTo(6 + 0.004 * plan.explanation.cost.distanceKm + 1.2 + 0.4, 12);
  });

  it("reports a pickup line unfilled when its store cannot do pickups", () => {
    const plan = planSourcing(
      buildInstance({
        lines: [pickup("L1", "A", 2, "S1")],
        nodes: [buildNode("S1", { ...PARIS, canPickup: false }), buildNode("DC1", LYON)],
        stock: [{ node: "DC1", sku: "A", available: 9 }],
      }),
    );
    expect(plan.shipments).toEqual([]);
    expect(plan.unfilled).toEqual([{ line: "L1", qty: 2 }]);
    expect(plan.explanation.lines[0].unfilledReason).toBe("PICKUP_NODE_UNAVAILABLE");
    expect(plan.cost).toBe(500);
  });

  it("backorders what no node has, priced at unfilledPerUnit, and treats negative stock as none", () => {
    const plan = planSourcing(
      buildInstance({
        lines: [ship("L1", "A", 3)],
        nodes: [buildNode("DC1", LYON), buildNode("DC2", LILLE)],
        stock: [
          { node: "DC1", sku: "A", available: 1 },
          { node: "DC2", sku: "A", available: -4 },
        ],
      }),
    );
    expect(plan.unfilled).toEqual([{ line: "L1", qty: 2 }]);
    expect(plan.explanation.lines[0].unfilledReason).toBe("INSUFFICIENT_STOCK");
    expect(plan.explanation.lines[0].rejected.byReason).toEqual({ NO_STOCK: 1 });
    expect(plan.explanation.cost.unfilled).toBe(500);
  });

  it("prefers leaving a unit unfilled when its shipment would cost more than the penalty", () => {
    const plan = planSourcing(
      buildInstance({
        lines: [ship("L1", "A", 1)],
        nodes: [buildNode("DC1", LYON)],
        stock: [{ node: "DC1", sku: "A", available: 1 }],
        costs: { unfilledPerUnit: 5 },
      }),
    );
    expect(plan.shipments).toEqual([]);
    expect(plan.explanation.lines[0].unfilledReason).toBe("CHEAPER_UNFILLED");
  });

  it("keeps the explanation bounded at 1,000 nodes", () => {
    const nodes = Array.from({ length: 1000 }, (_, i) =>
      buildNode(`S${String(i).padStart(4, "0")}`, { lat: 43 + (i % 70) / 10, lng: -1 + Math.floor(i / 70) / 2 }),
    );
    const stock = nodes.filter((_, i) => i % 3 === 0).map((n) => ({ node: n.id, sku: "A", available: 1 }));
    const plan = planSourcing(buildInstance({ lines: [ship("L1", "A", 1), ship("L2", "B", 1)], nodes, stock }));
    for (const line of plan.explanation.lines) {
      expect(line.candidates.length).toBeLessThanOrEqual(6);
      expect(line.rejected.examples.length).toBeLessThanOrEqual(3 * Object.keys(line.rejected.byReason).length);
      expect(line.candidateCount + line.rejected.total).toBe(1000);
    }
    expect(JSON.stringify(plan).length).toBeLessThan(20_000);
  });

  it("lists the nearest rejected nodes first, with exact distances", () => {
    const plan = planSourcing(
      buildInstance({
        lines: [ship("L1", "A", 1)],
        nodes: [
          buildNode("DC1", LYON),
          buildNode("S-FAR", { lat: 48.5, lng: 2.3 }),
          buildNode("S-NEAR", { lat: 48.86, lng: 2.36 }),
          buildNode("S-MID", { lat: 48.7, lng: 2.3 }),
          buildNode("S-MID2", { lat: 48.65, lng: 2.3 }),
        ],
        stock: [{ node: "DC1", sku: "A", available: 1 }],
        destination: PARIS,
      }),
    );
    const examples = plan.explanation.lines[0].rejected.examples;
    expect(examples.map((e) => e.node)).toEqual(["S-NEAR", "S-MID", "S-MID2"]);
    expect(plan.explanation.lines[0].rejected.byReason.NO_STOCK).toBe(4);
  });

  it("refuses an instance with two nodes of the same id", () => {
    expect(() =>
      planSourcing(buildInstance({ lines: [ship("L1", "A", 1)], nodes: [buildNode("DC1"), buildNode("DC1")], stock: [] })),
    ).toThrow(SourcingInputError);
  });

  it("reports BOUNDED, not optimal, when the work budget runs out", () => {
    const nodes = Array.from({ length: 30 }, (_, i) => buildNode(`S${i}`, { lat: 45 + i / 10, lng: 2 + (i % 5) / 10 }));
    const stock = nodes.flatMap((n, i) => ["A", "B", "C", "D"].filter((_, k) => (i + k) % 3 === 0).map((sku) => ({ node: n.id, sku, available: 1 })));
    const instance = buildInstance({
      lines: ["A", "B", "C", "D"].map((sku, i) => ship(`L${i}`, sku, 2)),
      nodes,
      stock,
      rules: { maxShipments: 6, shipFromStoreMaxKm: 2000 },
    });
    const plan = planSourcing(instance, { maxEvaluations: 5 });
    expect(plan.explanation).toMatchObject({ method: "BOUNDED", optimal: false });
    expect(findPlanViolations(instance, plan)).toEqual([]);
    expect(planSourcing(instance).cost).toBeLessThanOrEqual(plan.cost);
  });
});
