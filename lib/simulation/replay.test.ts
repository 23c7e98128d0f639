// Replaying one order under two rule sets, without a database: identical input gives the very same
// plan, a draft that changes nothing this order sees reuses the baseline's, and both plans are
// priced alike.
import { describe, expect, it } from "vitest";
import type { NodeInfo } from "@/lib/orders";
import { DEFAULT_RULES, type SourcingRules } from "@/lib/rules/client";
import type { SimOrder } from "./load-orders";
import type { OrderStock } from "./reconstruct-stock";
import { buildReplay, replayOrder, replayProblem, replaySetup, sameJson } from "./replay";
import { histogramWidth } from "./summary";

const hours = { mon: [["09:00", "19:00"]], tue: [["09:00", "19:00"]], wed: [["09:00", "19:00"]], thu: [["09:00", "19:00"]], fri: [["09:00", "19:00"]], sat: [["09:00", "19:00"]], sun: [] } as NodeInfo["openingHours"];
const node = (code: string, type: "DC" | "STORE", lat: number, lng: number, franchise = false): NodeInfo => ({
  id: `node-${code}`,
  code,
  name: code,
  city: code,
  type,
  lat,
  lng,
  timeZone: "Europe/Paris",
  openingHours: hours,
  canShip: type === "DC",
  canPickup: type === "STORE",
  canShipFromStore: type === "STORE",
  franchise,
  dailyCapacity: 100,
});
const NODES = [node("DC-PAR", "DC", 48.99, 2.45), node("DC-LYS", "DC", 45.7, 4.94), node("ST-PAR-01", "STORE", 48.86, 2.35)];
const RULES: SourcingRules = DEFAULT_RULES.SOURCING;
const ORDER: SimOrder = {
  id: "o1",
  number: "ORD-1",
  placedAt: new Date("2026-11-03T10:00:00Z"),
  destination: { lat: 48.85, lng: 2.36 },
  lines: [{ id: "l1", sku: "LAMP", skuId: "sku-LAMP", category: "HOME", qty: 2, mode: "SHIP" }],
};
const STOCK: OrderStock = {
  source: "LEDGER",
  available: new Map([["DC-PAR|LAMP", 5], ["DC-LYS|LAMP", 5]]),
  capacityLeft: new Map(NODES.map((n) => [n.code, 100])),
};

describe("replayOrder", () => {
  it("reuses the baseline's plan for the same rules", () => {
    const setup = replaySetup(NODES, RULES, JSON.parse(JSON.stringify(RULES)));
    expect(setup.sameRules).toBe(true);
    const out = replayOrder(setup, ORDER, STOCK);
    expect(out).toMatchObject({ reused: true, changed: false, stockSource: "LEDGER" });
    expect(out.draft).toBe(out.baseline);
    expect(out.baseline.plan.shipments).toEqual([{ node: "DC-PAR", to: "customer", lines: [{ line: "l1", qty: 2 }] }]);
    expect(out.baseline.figures).toMatchObject({ shipments: 1, units: 2, storeUnits: 0, unfilledUnits: 0, split: false });
    expect(out.baseline.figures.promise!.getTime()).toBeGreaterThan(ORDER.placedAt.getTime());
  });

  it("reuses it too when the draft differs only where this order's instance does not", () => {
    // No franchise store in this network: protecting their stock changes nothing here.
    const setup = replaySetup(NODES, RULES, { ...RULES, protectFranchisePickupStock: !RULES.protectFranchisePickupStock });
    expect(setup.sameRules).toBe(false);
    expect(buildReplay(setup, ORDER, STOCK).draft).toBeNull();
    expect(replayOrder(setup, ORDER, STOCK).reused).toBe(true);
  });

  it("solves the draft on the same stock and prices both plans with the baseline's costs", () => {
    const setup = replaySetup(NODES, RULES, { ...RULES, excludedNodes: ["DC-PAR"], costs: { ...RULES.costs, perKm: RULES.costs.perKm * 10 } });
    const out = replayOrder(setup, ORDER, STOCK);
    expect(out.changed).toBe(true);
    expect(out.draft.plan.shipments.map((s) => s.node)).toEqual(["DC-LYS"]);
    const base = RULES.costs;
    const expected = (km: number) => Math.round((base.perShipment + base.perKm * km + 2 * base.handlingPerUnit.DC) * 100);
    expect(out.baseline.figures.costMinor).toBe(expected(out.baseline.figures.km));
    expect(out.draft.figures.costMinor).toBe(expected(out.draft.figures.km));
    expect(out.draft.figures.km).toBeGreaterThan(out.baseline.figures.km);
  });

  it("cannot replay a pickup at a store no longer in the network", () => {
    const setup = replaySetup(NODES, RULES, RULES);
    const order: SimOrder = { ...ORDER, lines: [{ ...ORDER.lines[0], mode: "PICKUP", pickupNode: "ST-GONE" }] };
    expect(replayProblem(setup, order)).toBe("PICKUP_NODE_GONE");
    expect(replayProblem(setup, ORDER)).toBeNull();
  });
});

describe("sameJson", () => {
  it("compares as JSON does, whatever the key order", () => {
    expect(sameJson({ a: 1, b: [1, { c: "x" }] }, { b: [1, { c: "x" }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
  });
});

describe("histogramWidth", () => {
  it("picks 1, 2 or 5 times a power of ten for at most 20 bars", () => {
    expect(histogramWidth(0, 0)).toBe(1);
    expect(histogramWidth(-50, 50)).toBe(10);
    expect(histogramWidth(-1234, 5678)).toBe(500);
    expect(histogramWidth(0, 7)).toBe(1);
  });
});
