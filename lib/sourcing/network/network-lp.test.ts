// The network pricing LP prices a position exactly when its stock binds, by what one more unit
// would save (checked against instances solved by hand), and stays bounded in size.
import { describe, expect, it } from "vitest";
import { aggregateDemand, buildNetworkLp, computeShadowPrices, shadowPriceMap, type NetworkLpInput } from "./index";

// Distances cost nothing here, so every unit cost is handling + perShipment / unitsPerShipment.
const costs = { perShipment: 6, perKm: 0, handlingPerUnit: { DC: 1, STORE: 2 }, unfilledPerUnit: 100 };
const nodes: NetworkLpInput["nodes"] = [
  { id: "DC", type: "DC", lat: 48.0, lng: 2.0, canShip: true, canPickup: false },
  { id: "S", type: "STORE", lat: 48.8, lng: 2.3, canShip: true, canPickup: true },
  { id: "FAR", type: "STORE", lat: 43.3, lng: 5.4, canShip: true, canPickup: true },
];
const pickupAtS = { region: "pickup:S", lat: 48.8, lng: 2.3, pickupNode: "S" };
const nearS = { region: "cell:97:4", lat: 48.75, lng: 2.25 };

function input(stock: NetworkLpInput["stock"], demand: NetworkLpInput["demand"], extra: Partial<NetworkLpInput> = {}): NetworkLpInput {
  return { nodes, stock, demand, costs, unitsPerShipment: 1, shipFromStoreMaxKm: 50, maxPriceShare: 1, ...extra };
}

const priceOf = (prices: Array<[string, string, number]>, node: string, sku: string) => prices.find((p) => p[0] === node && p[1] === sku)?.[2] ?? 0;

describe("network pricing LP", () => {
  it("prices the store's last units by the transfer they save, and leaves the plentiful DC at zero", async () => {
    // Pickups at S want 3, customers near S want 5. Unit costs: S at its counter 2, DC to S's
    // counter 1 + 6 = 7, S to the customers 2 + 6 = 8, DC to the customers 7. The optimum keeps
    // S's 2 units for its pickups; one more unit at S would replace a DC transfer: 7 - 2 = 5.
    const result = await computeShadowPrices(
      input(
        [
          { node: "S", sku: "A", available: 2 },
          { node: "DC", sku: "A", available: 100 },
        ],
        [
          { ...pickupAtS, sku: "A", units: 3 },
          { ...nearS, sku: "A", units: 5 },
        ],
      ),
    );
    expect(priceOf(result.prices, "S", "A")).toBeCloseTo(5, 6);
    expect(priceOf(result.prices, "DC", "A")).toBe(0);
    expect(result.prices).toHaveLength(1);
    expect(result.stats.objective).toBeCloseTo(2 * 2 + 1 * 7 + 5 * 7, 6);
    expect(result.stats.unmetUnits).toBeCloseTo(0, 6);
  });

  const short = (extra: Partial<NetworkLpInput>) =>
    computeShadowPrices(
      input(
        [
          { node: "S", sku: "A", available: 2 },
          { node: "DC", sku: "A", available: 3 },
        ],
        [
          { ...pickupAtS, sku: "A", units: 3 },
          { ...nearS, sku: "A", units: 5 },
        ],
        extra,
      ),
    );

  it("prices every binding position by the unmet demand it would serve when the network runs short (raw duals)", async () => {
    // Stock 5 for demand 8: 3 units go unmet at 100. One more DC unit serves one of them (100 - 7);
    // one more unit at S serves a pickup at 2 and frees a DC unit for an unmet one (100 - 2).
    const result = await short({ relative: false });
    expect(priceOf(result.prices, "DC", "A")).toBeCloseTo(93, 6);
    expect(priceOf(result.prices, "S", "A")).toBeCloseTo(98, 6);
    expect(result.stats.unmetUnits).toBeCloseTo(3, 6);
  });

  it("keeps by default only what a position is worth above the SKU's cheapest one, which is what moves units between nodes", async () => {
    const result = await short({});
    expect(priceOf(result.prices, "DC", "A")).toBe(0);
    expect(priceOf(result.prices, "S", "A")).toBeCloseTo(5, 6);
  });

  it("caps prices at a share of the unfilled penalty, so a priced unit still beats leaving it unfilled", async () => {
    const result = await computeShadowPrices(
      input(
        [
          { node: "S", sku: "A", available: 2 },
          { node: "DC", sku: "A", available: 3 },
        ],
        [
          { ...pickupAtS, sku: "A", units: 3 },
          { ...nearS, sku: "A", units: 5 },
        ],
        { maxPriceShare: 0.5, relative: false },
      ),
    );
    expect(priceOf(result.prices, "DC", "A")).toBe(50);
    expect(priceOf(result.prices, "S", "A")).toBe(50);
  });

  it("leaves SKUs with plenty of stock out of the LP, and gives them no price", async () => {
    const result = await computeShadowPrices(
      input(
        [
          { node: "S", sku: "B", available: 40 },
          { node: "DC", sku: "B", available: 1000 },
        ],
        [
          { ...pickupAtS, sku: "B", units: 3 },
          { ...nearS, sku: "B", units: 5 },
        ],
      ),
    );
    expect(result.prices).toEqual([]);
    expect(result.stats.status).toBe("EMPTY");
  });

  it("never ships from a store beyond the ship-from-store distance", () => {
    const model = buildNetworkLp(input([{ node: "FAR", sku: "A", available: 1 }], [{ ...nearS, sku: "A", units: 5 }]));
    // Only the unmet variable serves the region: FAR is about 660 km away.
    expect(model.stockRows).toEqual([]);
    expect(model.variables).toBe(1);
  });

  it("keeps the LP within its limits: regions per SKU and sources per region", () => {
    const stock = Array.from({ length: 30 }, (_, i) => ({ node: `N${i}`, sku: "A", available: 1 }));
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `N${i}`, type: "DC" as const, lat: 45 + i * 0.1, lng: 2, canShip: true, canPickup: false }));
    const demand = Array.from({ length: 100 }, (_, i) => ({ region: `cell:${i}`, lat: 45 + i * 0.05, lng: 2.1, sku: "A", units: 1 + i }));
    const model = buildNetworkLp({ ...input(stock, demand), nodes: many, limits: { maxRegionsPerSku: 10, maxSourcesPerRegion: 4 } });
    expect(model.demandRows).toHaveLength(10);
    // The largest regions are kept.
    expect(Math.min(...model.demandRows.map((d) => d.units))).toBe(91);
    expect(model.variables).toBe(10 * (4 + 1));
  });
});

describe("demand by region", () => {
  it("groups ship lines by grid cell and pickup lines by store, scaled to the horizon", () => {
    const demand = aggregateDemand(
      [
        { sku: "A", qty: 2, mode: "SHIP", lat: 48.81, lng: 2.31 },
        { sku: "A", qty: 1, mode: "SHIP", lat: 48.9, lng: 2.4 },
        { sku: "A", qty: 4, mode: "PICKUP", pickupNode: "S", pickupLat: 48.8, pickupLng: 2.3 },
        { sku: "A", qty: 9, mode: "SHIP", lat: null, lng: null },
      ],
      { scale: 0.5 },
    );
    expect(demand).toHaveLength(2);
    expect(demand.find((d) => d.region.startsWith("cell:"))).toMatchObject({ sku: "A", units: 1.5, lat: 48.75, lng: 2.25 });
    expect(demand.find((d) => d.pickupNode === "S")).toMatchObject({ region: "pickup:S", units: 2 });
  });

  it("turns stored prices into the engine's shape for one order's nodes and SKUs, times the weight", () => {
    const prices: Array<[string, string, number]> = [
      ["S", "A", 5],
      ["S", "B", 3],
      ["DC", "A", 2],
    ];
    expect(shadowPriceMap(prices, { nodes: ["S", "X"], skus: ["A"], weight: 0.5 })).toEqual({ S: { A: 2.5 } });
    expect(shadowPriceMap(prices, { nodes: ["X"], skus: ["A"], weight: 1 })).toBeUndefined();
    expect(shadowPriceMap(prices, { nodes: ["S"], skus: ["A"], weight: 0 })).toBeUndefined();
  });
});
