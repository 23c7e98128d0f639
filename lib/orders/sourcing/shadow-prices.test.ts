// Network-aware sourcing end to end on a real database: the job turns recent orders and today's
// stock into a stored set of shadow prices, and the SOURCING rule decides whether the snapshot
// hands them to the engine, which then keeps a store's last units for its own pickups.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx } from "@/lib/db";
import { DEFAULT_RULES, type SourcingRules } from "@/lib/rules/client";
import { haversineKm } from "@/lib/sourcing";
import { buildOrder, buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "../testing";
import { captureOrder, captureOrderSchema } from "../commands/capture-order";
import { buildInstance, loadSourcingContext, loadSourcingSnapshot } from "./snapshot";
import { computeShadowPriceSet, getShadowPriceStatus } from "./shadow-prices";

let t: TestDb;
const NOW = new Date("2026-11-25T09:00:00Z");
const DAY = 86_400_000;
// Distance dearer than the defaults, so that the Paris store is the cheapest source of a Paris
// ship order on its own, and a transfer from the DC to the store's counter is worth keeping away from.
const COSTS = { ...DEFAULT_RULES.SOURCING.costs, perKm: 0.1 };
let ruleVersion = 0;

async function publishSourcing(networkPricing: SourcingRules["networkPricing"]) {
  await t.db.ruleSet.updateMany({ where: { kind: "SOURCING", status: "PUBLISHED" }, data: { status: "ARCHIVED" } });
  ruleVersion += 1;
  await t.db.ruleSet.create({
    data: { kind: "SOURCING", version: ruleVersion, status: "PUBLISHED", name: `v${ruleVersion}`, publishedAt: NOW, definition: { ...DEFAULT_RULES.SOURCING, costs: COSTS, networkPricing } },
  });
}

const lampOrder = (id: string) => ({ id, destination: { lat: 48.856, lng: 2.355 }, lines: [{ id: "L1", sku: "LAMP", qty: 1, mode: "SHIP" as const }] });

beforeAll(async () => {
  t = await createTestDb();
  // Two lamps left in the Paris store, plenty in the Paris DC.
  await buildWorld(t.db, { stock: { "ST-PAR-01|LAMP": 2, "DC-PAR|LAMP": 50, "DC-PAR|TSHIRT-M": 500 } });
  const customer = { id: "cust-1", email: LEA.email };
  // Last week: six lamps collected at the Paris store, four shipped to Paris, plenty of T-shirts.
  for (let i = 0; i < 6; i++) await buildOrder(t.db, { customer, placedAt: new Date(NOW.getTime() - (i + 1) * DAY), lines: [{ skuId: "sku-LAMP", mode: "PICKUP", pickupNodeId: "node-ST-PAR-01" }] });
  for (let i = 0; i < 4; i++) await buildOrder(t.db, { customer, placedAt: new Date(NOW.getTime() - (i + 1) * DAY), lines: [{ skuId: "sku-LAMP" }, { skuId: "sku-TSHIRT-M" }] });
  // An order older than the window does not count.
  await buildOrder(t.db, { customer, placedAt: new Date(NOW.getTime() - 30 * DAY), lines: [{ skuId: "sku-LAMP", qty: 40, mode: "PICKUP", pickupNodeId: "node-ST-PAR-01" }] });
  await t.db.order.updateMany({ where: { lines: { some: { deliveryMode: "SHIP" } } }, data: { shipLat: 48.856, shipLng: 2.355 } });
});

afterAll(() => t?.close());

describe("the shadow price job", () => {
  it("computes nothing while the rule leaves network pricing off", async () => {
    await publishSourcing({ enabled: false, weight: 1 });
    expect(await computeShadowPriceSet(t.db, { now: NOW })).toEqual({ status: "DISABLED" });
    expect(await t.db.shadowPriceSet.count()).toBe(0);
    expect(await getShadowPriceStatus(t.db)).toBeNull();
  });

  it("writes a set pricing the store's scarce lamps, not the DC's plentiful ones, then waits until it is due again", async () => {
    await publishSourcing({ enabled: true, weight: 1 });
    const outcome = await computeShadowPriceSet(t.db, { now: NOW });
    expect(outcome.status).toBe("WRITTEN");
    const sets = await t.db.shadowPriceSet.findMany();
    expect(sets).toHaveLength(1);
    const prices = sets[0].prices as Array<[string, string, number]>;
    const store = prices.find(([node, sku]) => node === "ST-PAR-01" && sku === "LAMP");
    // One more lamp in the store saves a transfer from the DC to its counter (DC handling, then the
    // shipment spread over the 1.4 units an order held last week) less the store's own handling.
    const km = haversineKm({ lat: 48.987, lng: 2.449 }, { lat: 48.86, lng: 2.347 });
    expect(store?.[2]).toBeCloseTo(0.4 + (6 + 0.1 * km) / 1.4 - 1.2, 2);
    expect(prices.some(([node]) => node === "DC-PAR")).toBe(false);
    expect(prices.some(([, sku]) => sku === "TSHIRT-M")).toBe(false);
    expect(sets[0]).toMatchObject({ horizonDays: 3, demandTo: NOW });
    expect(await getShadowPriceStatus(t.db)).toMatchObject({ priced: 1, computedAt: NOW });

    expect(await computeShadowPriceSet(t.db, { now: new Date(NOW.getTime() + 60_000) })).toEqual({ status: "FRESH" });
    expect(await t.db.shadowPriceSet.count()).toBe(1);
  });
});

describe("the sourcing snapshot with network pricing", () => {
  it("adds the latest prices, times the weight, to the instance's costs only while the rule is on", async () => {
    await publishSourcing({ enabled: true, weight: 0.5 });
    const [set] = await t.db.shadowPriceSet.findMany();
    const storePrice = (set.prices as Array<[string, string, number]>).find(([node, sku]) => node === "ST-PAR-01" && sku === "LAMP")![2];
    const on = await withTx((tx) => loadSourcingContext(tx, ["sku-LAMP"], NOW), { db: t.db });
    expect(buildInstance(on, lampOrder("O1")).costs.shadowPrices).toEqual({ "ST-PAR-01": { LAMP: storePrice * 0.5 } });
    const quote = await loadSourcingSnapshot(t.db, [{ id: "sku-LAMP", code: "LAMP" }], NOW);
    expect(buildInstance(quote, lampOrder("O2")).costs.shadowPrices).toEqual({ "ST-PAR-01": { LAMP: storePrice * 0.5 } });
    // SKUs without a price get none.
    expect(buildInstance(on, { ...lampOrder("O3"), lines: [{ id: "L1", sku: "TSHIRT-M", qty: 1, mode: "SHIP" }] }).costs.shadowPrices).toBeUndefined();

    await publishSourcing({ enabled: false, weight: 0.5 });
    const off = await withTx((tx) => loadSourcingContext(tx, ["sku-LAMP"], NOW), { db: t.db });
    expect(buildInstance(off, lampOrder("O4")).costs.shadowPrices).toBeUndefined();
  });

  it("ships a Paris order from the DC rather than take the store's last lamps once the rule is on", async () => {
    const capture = async () => {
      const { number } = await captureOrder(
        TEST_AGENT,
        captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }] }),
        { now: NOW, db: t.db },
      );
      const order = await t.db.order.findUniqueOrThrow({ where: { number }, include: { fulfillmentOrders: { include: { node: true } } } });
      return order.fulfillmentOrders.map((f) => f.node.code);
    };
    await publishSourcing({ enabled: false, weight: 1 });
    expect(await capture()).toEqual(["ST-PAR-01"]);
    await publishSourcing({ enabled: true, weight: 1 });
    expect(await capture()).toEqual(["DC-PAR"]);
  });
});
