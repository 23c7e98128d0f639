// Returns routing: restock below target at the receiving store, else the nearest capable DC.

import { describe, expect, it } from "vitest";
import { routeReturn } from "./index";
import { buildNode } from "./testing";
import type { ReturnInstance } from "./types";

const PARIS = { lat: 48.8566, lng: 2.3522 };
const nodes = [
  buildNode("S1", PARIS),
  buildNode("DC-LILLE", { lat: 50.6292, lng: 3.0573 }),
  buildNode("DC-LYON", { lat: 45.764, lng: 4.8357 }),
];
const base = (overrides: Partial<ReturnInstance> = {}): ReturnInstance => ({
  item: { sku: "A", qty: 1 },
  receivedAt: "S1",
  nodes,
  stock: [{ node: "S1", sku: "A", available: 2 }],
  targets: [{ node: "S1", sku: "A", target: 4 }],
  ...overrides,
});

describe("routeReturn", () => {
  it("restocks at the receiving store while it is below its target", () => {
    const decision = routeReturn(base());
    expect(decision.routes).toEqual([{ node: "S1", qty: 1, action: "RESTOCK", reason: "BELOW_TARGET", distanceKm: 0 }]);
    expect(decision.explanation).toMatchObject({ receivedAt: "S1", storeTarget: 4, storeAvailable: 2 });
  });

  it("restocks up to the target and sends the rest to the nearest DC", () => {
    const decision = routeReturn(base({ item: { sku: "A", qty: 5 } }));
    expect(decision.routes.map((r) => [r.node, r.qty, r.action, r.reason])).toEqual([
      ["S1", 2, "RESTOCK", "BELOW_TARGET"],
      ["DC-LILLE", 3, "SEND_TO_DC", "AT_OR_ABOVE_TARGET"],
    ]);
  });

  it("sends to the DC when the store does not carry the SKU, or the item is damaged", () => {
    expect(routeReturn(base({ targets: [] })).routes[0]).toMatchObject({ node: "DC-LILLE", reason: "NOT_CARRIED" });
    expect(routeReturn(base({ item: { sku: "A", qty: 1, condition: "DAMAGED" } })).routes[0]).toMatchObject({
      node: "DC-LILLE",
      action: "SEND_TO_DC",
      reason: "DAMAGED",
    });
  });

  it("routes a mail return to the DC nearest its origin, skipping excluded DCs, with transport cost", () => {
    const decision = routeReturn(
      base({
        receivedAt: undefined,
        origin: { lat: 45.5, lng: 4.9 },
        costs: { perShipment: 6, perKm: 0.01 },
        rules: { excludedNodes: ["DC-LILLE"] },
      }),
    );
    expect(decision.routes).toHaveLength(1);
    expect(decision.routes[0]).toMatchObject({ node: "DC-LYON", action: "SEND_TO_DC", reason: "MAIL_RETURN" });
    expect(decision.routes[0].transportCost).toBeCloseTo(6 + 0.01 * decision.routes[0].distanceKm, 12);
    expect(decision.explanation.rejectedDcs.byReason).toEqual({ EXCLUDED_BY_RULE: 1 });
  });

  it("holds the item at the store when no DC can take it", () => {
    const decision = routeReturn(base({ targets: [], rules: { excludedNodes: ["DC-LILLE", "DC-LYON"] } }));
    expect(decision.routes).toEqual([{ node: "S1", qty: 1, action: "HOLD", reason: "NO_DC_AVAILABLE", distanceKm: 0 }]);
  });
});
