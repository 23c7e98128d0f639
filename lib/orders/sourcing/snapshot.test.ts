// The sourcing rules an admin sets reach the engine through buildInstance: category exclusions,
// the stores allowed to ship, stock kept for walk-in customers and node priorities each change
// which node serves a line, and the recorded snapshot keeps the stock before any rule filtered it.
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, type SourcingRules } from "@/lib/rules/client";
import { planSourcing } from "@/lib/sourcing";
import { buildInstance, networkContext, stockSnapshot, withAvailable, type NodeInfo, type SnapshotLine } from "./snapshot";

const hours = { mon: [["09:00", "19:00"]], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } as NodeInfo["openingHours"];
function node(code: string, type: "DC" | "STORE", lat: number, lng: number, extra: Partial<NodeInfo> = {}): NodeInfo {
  return {
    id: `id-${code}`,
    code,
    name: code,
    city: "Paris",
    type,
    lat,
    lng,
    timeZone: "Europe/Paris",
    openingHours: hours,
    canShip: type === "DC",
    canPickup: type === "STORE",
    canShipFromStore: type === "STORE",
    franchise: false,
    dailyCapacity: 1000,
    ...extra,
  };
}

// A customer in central Paris: the Paris store is next door, the DC about 290 km away (the store
// is 0.38 EUR cheaper with the default costs).
const NODES = [node("DC-NORD", "DC", 51.5, 2.35), node("ST-PAR-01", "STORE", 48.86, 2.35), node("ST-LYO-01", "STORE", 45.76, 4.83)];
const CUSTOMER = { lat: 48.857, lng: 2.352 };

function contextWith(rules: Partial<SourcingRules>, stock: Record<string, number>) {
  const network = networkContext(NODES, { definition: { ...DEFAULT_RULES.SOURCING, ...rules }, ruleSetId: null }, new Map());
  const skus = [...new Set(Object.keys(stock).map((k) => k.split("|")[1]))].map((code) => ({ id: `sku-${code}`, code }));
  return withAvailable(
    network,
    skus,
    Object.entries(stock).map(([key, available]) => {
      const [n, s] = key.split("|");
      return { nodeId: `id-${n}`, skuId: `sku-${s}`, available };
    }),
  );
}

const line = (extra: Partial<SnapshotLine> = {}): SnapshotLine => ({ id: "L1", sku: "SOFA-1", qty: 1, mode: "SHIP", category: "FURNITURE", ...extra });
const sourceOf = (rules: Partial<SourcingRules>, stock: Record<string, number>, lines = [line()]) => {
  const plan = planSourcing(buildInstance(contextWith(rules, stock), { id: "O1", destination: CUSTOMER, lines }));
  return plan.shipments.map((s) => s.node);
};

const STOCK = { "DC-NORD|SOFA-1": 5, "ST-PAR-01|SOFA-1": 5 };

describe("sourcing rules in the engine's instance", () => {
  it("ships from the store next door by default", () => {
    expect(sourceOf({}, STOCK)).toEqual(["ST-PAR-01"]);
  });

  it("keeps a category away from the excluded node types and nodes", () => {
    expect(sourceOf({ categoryExclusions: [{ category: "FURNITURE", nodes: [], nodeTypes: ["STORE"] }] }, STOCK)).toEqual(["DC-NORD"]);
    expect(sourceOf({ categoryExclusions: [{ category: "FURNITURE", nodes: ["ST-PAR-01"], nodeTypes: [] }] }, STOCK)).toEqual(["DC-NORD"]);
    // Another category's rule changes nothing.
    expect(sourceOf({ categoryExclusions: [{ category: "SHOES", nodes: [], nodeTypes: ["STORE"] }] }, STOCK)).toEqual(["ST-PAR-01"]);
  });

  it("lets only the listed stores ship to customers", () => {
    expect(sourceOf({ shipFromStoreNodes: ["ST-LYO-01"] }, STOCK)).toEqual(["DC-NORD"]);
    expect(sourceOf({ shipFromStoreNodes: ["ST-PAR-01"] }, STOCK)).toEqual(["ST-PAR-01"]);
  });

  it("keeps the protected units for walk-in customers, but not from a pickup at that store", () => {
    // The store has 5; keeping 5 leaves nothing for a shipment.
    expect(sourceOf({ storeProtectionUnits: 5 }, STOCK)).toEqual(["DC-NORD"]);
    expect(sourceOf({ storeProtectionUnits: 4 }, STOCK)).toEqual(["ST-PAR-01"]);
    expect(sourceOf({ storeProtectionUnits: 5 }, STOCK, [line({ mode: "PICKUP", pickupNode: "ST-PAR-01" })])).toEqual(["ST-PAR-01"]);
  });

  it("makes a node dearer or cheaper per shipment by its priority", () => {
    expect(sourceOf({ nodePriorities: { "ST-PAR-01": 50 } }, STOCK)).toEqual(["DC-NORD"]);
    const plan = planSourcing(buildInstance(contextWith({ nodePriorities: { "DC-NORD": -1 } }, STOCK), { id: "O1", destination: CUSTOMER, lines: [line()] }));
    expect(plan.shipments.map((s) => s.node)).toEqual(["DC-NORD"]);
    // The adjustment is part of the plan's cost, and shown on its own.
    expect(plan.explanation.cost.nodeAdjustment).toBe(-1);
    expect(plan.explanation.cost.total).toBeCloseTo(plan.explanation.cost.shipmentFixed + plan.explanation.cost.distance + plan.explanation.cost.handling - 1, 9);
  });

  it("records the stock before the rules filtered it", () => {
    const ctx = contextWith({ storeProtectionUnits: 5, categoryExclusions: [{ category: "FURNITURE", nodes: [], nodeTypes: ["STORE"] }] }, { ...STOCK, "ST-LYO-01|LAMP-2": 3 });
    expect(stockSnapshot(ctx, ["SOFA-1"])).toEqual({
      available: [
        ["DC-NORD", "SOFA-1", 5],
        ["ST-PAR-01", "SOFA-1", 5],
      ],
      capacityLeft: { "DC-NORD": 1000, "ST-PAR-01": 1000, "ST-LYO-01": 1000 },
    });
  });
});
