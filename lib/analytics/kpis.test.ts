// KPI definitions checked on a small world whose expected values are worked out by hand below.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError } from "@/lib/errors";
import { DEFAULT_RULES } from "@/lib/rules/client";
import { buildFulfillmentOrder, buildNode, buildOrder, buildPosition, buildSku, userActor } from "@/lib/fulfillment/testing/builders";
import { bopisReadyTime, cancellationsByReason, costPerOrder, fillRate, kpiDayWindow, kpiWindow, onTimeRate, ordersAndUnits, ordersByChannelDaily, shipFromStoreShare, splitRate } from "./kpis";
import { kpiCustomPeriodSchema } from "./periods";
import { getFulfillmentCostModel } from "./cost-model";
import { getKpiDashboard } from "./queries/kpi-dashboard";

const NOW = new Date("2026-11-20T12:00:00Z"); // 13:00 in Paris
const at = (iso: string) => new Date(iso);
const W7 = kpiWindow(7, NOW);

describe("fulfilment KPIs", () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createTestDb();
    const db = t.db;
    const dc = await buildNode(db, { code: "DC-1", type: "DC", dailyCapacity: 1000 });
    const s1 = await buildNode(db, { code: "ST-1", name: "Store One", dailyCapacity: 3 });
    const s2 = await buildNode(db, { code: "ST-2", dailyCapacity: 100 });
    const a = await buildSku(db, { code: "A" });
    const b = await buildSku(db, { code: "B" });
    await buildPosition(db, s1.id, a.id, { onHand: 2, reserved: 2, targetStock: 2 }); // out of stock, A has demand
    await buildPosition(db, dc.id, a.id, { onHand: 50, reserved: 4 });
    await buildPosition(db, s2.id, b.id, { onHand: 0, targetStock: 1 }); // out of stock, B has no demand
    await buildPosition(db, s2.id, a.id, { onHand: 0 }); // ST-2 does not carry A: not a stock-out
    await buildPosition(db, dc.id, b.id, { onHand: 10 });

    // O1: split over DC and ST-1, both shipped; DC on time, the store after the promise.
    const o1 = await buildOrder(db, {
      number: "O1", channel: "WEB", status: "FULFILLED", placedAt: at("2026-11-19T10:00:00Z"), promisedDate: at("2026-11-20T00:00:00Z"),
      lines: [{ skuId: a.id, qty: 2, status: "SHIPPED" }, { skuId: b.id, qty: 1, status: "SHIPPED" }],
    });
    await buildFulfillmentOrder(db, o1, { nodeId: dc.id, status: "SHIPPED", releasedAt: at("2026-11-19T11:00:00Z"), shippedAt: at("2026-11-19T18:00:00Z"), lines: [{ index: 0, qty: 2 }] });
    // Released 00:30 in Paris on the 20th (still the 19th in UTC): counts towards ST-1's "today".
    await buildFulfillmentOrder(db, o1, { nodeId: s1.id, status: "SHIPPED", releasedAt: at("2026-11-19T23:30:00Z"), shippedAt: at("2026-11-20T09:00:00Z"), lines: [{ index: 1, qty: 1 }] });
    // O2: pickup from ST-1's own stock, ready after 60 minutes, on time.
    const o2 = await buildOrder(db, { number: "O2", channel: "MOBILE", status: "COMPLETED", placedAt: at("2026-11-18T09:00:00Z"), lines: [{ skuId: a.id, qty: 1, mode: "PICKUP", pickupNodeId: s1.id, status: "PICKED_UP" }] });
    await buildFulfillmentOrder(db, o2, { nodeId: s1.id, pickupNodeId: s1.id, deliveryMode: "PICKUP", status: "PICKED_UP", promisedDate: at("2026-11-18T12:00:00Z"), releasedAt: at("2026-11-18T09:00:00Z"), readyAt: at("2026-11-18T10:00:00Z"), pickedUpAt: at("2026-11-18T17:00:00Z") });
    // O3: pickup at ST-2 transferred from the DC, ready after 240 minutes, late.
    const o3 = await buildOrder(db, { number: "O3", channel: "WEB", status: "IN_FULFILLMENT", placedAt: at("2026-11-17T08:00:00Z"), lines: [{ skuId: b.id, qty: 3, mode: "PICKUP", pickupNodeId: s2.id, status: "READY_FOR_PICKUP" }] });
    await buildFulfillmentOrder(db, o3, { nodeId: dc.id, pickupNodeId: s2.id, deliveryMode: "PICKUP", status: "READY_FOR_PICKUP", promisedDate: at("2026-11-17T10:00:00Z"), releasedAt: at("2026-11-17T08:00:00Z"), readyAt: at("2026-11-17T12:00:00Z") });
    // O4: cancelled by the customer before any work.
    const o4 = await buildOrder(db, { number: "O4", channel: "CALL_CENTER", status: "CANCELLED", placedAt: at("2026-11-16T10:00:00Z"), lines: [{ skuId: a.id, qty: 4, cancelledQty: 4, status: "CANCELLED" }] });
    // O5: backordered past its promise (late, open demand of 2 A).
    await buildOrder(db, { number: "O5", channel: "STORE", status: "BACKORDERED", placedAt: at("2026-11-15T10:00:00Z"), promisedDate: at("2026-11-18T00:00:00Z"), lines: [{ skuId: a.id, qty: 2, status: "BACKORDERED" }] });
    // O6, O7: released to ST-1 today (2 + 2 units; with O1's 1 unit ST-1 is at 5 > 3).
    const o6 = await buildOrder(db, { number: "O6", channel: "WEB", status: "RELEASED", placedAt: at("2026-11-20T08:00:00Z"), promisedDate: at("2026-11-22T00:00:00Z"), lines: [{ skuId: b.id, qty: 2, status: "RELEASED" }] });
    await buildFulfillmentOrder(db, o6, { nodeId: s1.id, status: "RELEASED", releasedAt: at("2026-11-20T08:00:00Z") });
    // Placed 00:30 in Paris on the 20th: the daily series puts it on the 20th.
    const o7 = await buildOrder(db, { number: "O7", channel: "WEB", status: "RELEASED", placedAt: at("2026-11-19T23:30:00Z"), lines: [{ skuId: a.id, qty: 2, mode: "PICKUP", pickupNodeId: s1.id, status: "RELEASED" }] });
    await buildFulfillmentOrder(db, o7, { nodeId: s1.id, pickupNodeId: s1.id, deliveryMode: "PICKUP", status: "RELEASED", releasedAt: at("2026-11-20T09:00:00Z") });
    // O8: outside the 7-day window, still being picked after its promise (late).
    const o8 = await buildOrder(db, { number: "O8", channel: "WEB", status: "RELEASED", placedAt: at("2026-11-10T10:00:00Z"), promisedDate: at("2026-11-12T00:00:00Z"), lines: [{ skuId: a.id, qty: 1, status: "PICKING" }] });
    await buildFulfillmentOrder(db, o8, { nodeId: dc.id, status: "PICKING", releasedAt: at("2026-11-10T11:00:00Z") });
    // O9: 50 days ago, only in the 90-day window.
    const o9 = await buildOrder(db, { number: "O9", channel: "MARKETPLACE", status: "COMPLETED", placedAt: at("2026-10-01T10:00:00Z"), lines: [{ skuId: a.id, qty: 1, status: "DELIVERED" }] });
    await buildFulfillmentOrder(db, o9, { nodeId: dc.id, status: "DELIVERED", releasedAt: at("2026-10-01T11:00:00Z"), shippedAt: at("2026-10-02T10:00:00Z") });

    // Cancellations on the orders' timelines: O4 cancelled whole (recorded without its lines), one
    // unit of O6 cancelled, O7's pickup expired without a reason, O8 (outside 7 days) a duplicate.
    const event = (orderId: string, type: string, reason: string | null, data: object = {}) =>
      db.orderEvent.create({ data: { orderId, type, actorType: "USER", actorName: "Agent", reason, data, createdAt: NOW } });
    await event(o4.id, "order.cancelled", "Customer changed their mind");
    await event(o6.id, "line.cancelled", "  Ordered the wrong size ", { line: 1, sku: "B", qty: 1 });
    await event(o7.id, "fulfillment.pickup_expired", "", { units: 2 });
    await event(o8.id, "order.cancelled", "Duplicate order");
    await event(o8.id, "line.cancelled", "Duplicate order", { line: 1, sku: "A", qty: 1 });

    // Costs come from the published rule set, not from a draft or an archived one.
    const published = { ...DEFAULT_RULES.SOURCING, costs: { ...DEFAULT_RULES.SOURCING.costs, perShipment: 5, handlingPerUnit: { DC: 0.5, STORE: 1 } } };
    await db.ruleSet.create({ data: { kind: "SOURCING", version: 1, status: "ARCHIVED", name: "v1", definition: { ...published, costs: { ...published.costs, perShipment: 99 } } } });
    await db.ruleSet.create({ data: { kind: "SOURCING", version: 2, status: "PUBLISHED", name: "v2", definition: published, publishedAt: NOW } });
    await db.ruleSet.create({ data: { kind: "SOURCING", version: 3, status: "DRAFT", name: "v3", definition: { ...published, costs: { ...published.costs, perShipment: 1 } } } });
  });

  afterAll(async () => {
    await t?.close();
  });

  it("counts orders and units placed in the window", async () => {
    // 7 days: O1..O7 with 3+1+3+4+2+2+2 units; 30 days adds O8; 90 days adds O9.
    expect(await ordersAndUnits(t.db, W7)).toEqual({ orders: 7, units: 17 });
    expect(await ordersAndUnits(t.db, kpiWindow(30, NOW))).toEqual({ orders: 8, units: 18 });
    expect(await ordersAndUnits(t.db, kpiWindow(90, NOW))).toEqual({ orders: 9, units: 19 });
  });

  it("split rate: orders with more than one fulfilment order among those with any", async () => {
    // O1, O2, O3, O6, O7 have fulfilment orders; only O1 has two.
    expect(await splitRate(t.db, W7)).toEqual({ orders: 5, splitOrders: 1, rate: 0.2 });
  });

  it("cost per order: per-shipment cost for legs that move goods plus handling by node type", async () => {
    const costs = await getFulfillmentCostModel(t.db);
    expect(costs).toEqual({ perShipment: 5, handlingPerUnit: { DC: 0.5, STORE: 1 }, ruleSetVersion: 2 });
    // Legs: O1 DC (5 + 2x0.5), O1 ST-1 (5 + 1), O3 DC->ST-2 (5 + 3x0.5), O6 ST-1 (5 + 2);
    // in-store pickups: O2 (1), O7 (2). Total 6 + 6 + 6.5 + 7 + 1 + 2 = 28.5 EUR over 5 orders.
    expect(await costPerOrder(t.db, W7, costs)).toEqual({ orders: 5, shipments: 4, dcUnits: 5, storeUnits: 6, totalMinor: 2850, averageMinor: 570 });
  });

  it("falls back to the default costs when no SOURCING rule set is published", async () => {
    const empty = await createTestDb();
    try {
      expect(await getFulfillmentCostModel(empty.db)).toMatchObject({ perShipment: DEFAULT_RULES.SOURCING.costs.perShipment, ruleSetVersion: null });
    } finally {
      await empty.close();
    }
  });

  it("on-time rate: shipped (SHIP) or ready (PICKUP) at or before the promised date", async () => {
    // Measured: O1-DC on time (18:00 < 00:00 next day), O1-ST-1 late, O2 on time, O3 late.
    expect(await onTimeRate(t.db, W7)).toEqual({ measured: 4, onTime: 2, rate: 0.5 });
  });

  it("BOPIS ready time: median and p90 minutes from release to ready", async () => {
    // 60 and 240 minutes: median 150, p90 = 60 + 0.9 x 180 = 222.
    expect(await bopisReadyTime(t.db, W7)).toEqual({ count: 2, medianMinutes: 150, p90Minutes: 222 });
  });

  it("fill rate: units fulfilled over units ordered, customer cancellations left out", async () => {
    // Ordered (not cancelled): 3 + 1 + 3 + 2 + 2 + 2 = 13; fulfilled: O1 3, O2 1, O3 3 = 7.
    expect(await fillRate(t.db, W7)).toEqual({ orderedUnits: 13, fulfilledUnits: 7, rate: 7 / 13 });
  });

  it("orders by channel per Paris calendar day, every day present", async () => {
    const daily = await ordersByChannelDaily(t.db, W7);
    expect(daily.map((d) => d.day)).toEqual(["2026-11-13", "2026-11-14", "2026-11-15", "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"]);
    const day = (d: string) => daily.find((x) => x.day === d)!;
    expect(day("2026-11-20")).toEqual({ day: "2026-11-20", WEB: 2, MOBILE: 0, CALL_CENTER: 0, STORE: 0, MARKETPLACE: 0 });
    expect(day("2026-11-19").WEB).toBe(1);
    expect(day("2026-11-16").CALL_CENTER).toBe(1);
    expect(day("2026-11-14")).toEqual({ day: "2026-11-14", WEB: 0, MOBILE: 0, CALL_CENTER: 0, STORE: 0, MARKETPLACE: 0 });
    expect(daily.reduce((s, d) => s + d.WEB + d.MOBILE + d.CALL_CENTER + d.STORE + d.MARKETPLACE, 0)).toBe(7);
  });

  it("ship-from-store share: units shipped to customers from stores over all units shipped", async () => {
    // Shipped SHIP work: O1 from the DC (2 units) and from ST-1 (1 unit); O6 is not shipped yet and
    // O3's transfer to the pickup store is no shipment to a customer.
    expect(await shipFromStoreShare(t.db, W7)).toEqual({ units: 3, storeUnits: 1, share: 1 / 3 });
    // 90 days adds O9's unit shipped from the DC.
    expect(await shipFromStoreShare(t.db, kpiWindow(90, NOW))).toEqual({ units: 4, storeUnits: 1, share: 0.25 });
  });

  it("cancellations by reason: orders and units per reason given, the rest summed", async () => {
    expect(await cancellationsByReason(t.db, W7)).toEqual({
      orders: 3,
      units: 7,
      reasons: [
        { reason: "Customer changed their mind", orders: 1, units: 4 },
        { reason: null, orders: 1, units: 2 },
        { reason: "Ordered the wrong size", orders: 1, units: 1 },
      ],
      other: null,
    });
    expect(await cancellationsByReason(t.db, W7, 2)).toMatchObject({ reasons: [{ reason: "Customer changed their mind" }, { reason: null }], other: { reasons: 1, orders: 1, units: 1 } });
    // 30 days adds O8: a whole order cancelled line by line counts its line's units once.
    expect((await cancellationsByReason(t.db, kpiWindow(30, NOW))).reasons).toContainEqual({ reason: "Duplicate order", orders: 1, units: 1 });
  });

  it("a custom period is whole calendar days in Paris, both ends included", async () => {
    const w = kpiDayWindow("2026-11-16", "2026-11-19");
    expect(w).toEqual({ from: new Date("2026-11-15T23:00:00Z"), to: new Date("2026-11-19T23:00:00Z") });
    // O1 (19th), O2 (18th), O3 (17th), O4 (16th); O5 is the 15th in Paris and O7 already the 20th.
    expect(await ordersAndUnits(t.db, w)).toEqual({ orders: 4, units: 11 });
    expect((await ordersByChannelDaily(t.db, w)).map((d) => d.day)).toEqual(["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19"]);
  });

  it("refuses a custom period given by half, reversed, or longer than 366 days", () => {
    const issues = (v: object) => (kpiCustomPeriodSchema.safeParse(v).error?.issues ?? []).map((i) => [i.path.join("."), i.message]);
    expect(issues({ from: "2026-11-01", to: "2026-11-30" })).toEqual([]);
    expect(issues({})).toEqual([]);
    expect(issues({ from: "2026-11-01", to: "" })).toEqual([["to", "REQUIRED"]]);
    expect(issues({ from: "2026-11-30", to: "2026-11-01" })).toEqual([["to", "DATE_RANGE_REVERSED"]]);
    expect(issues({ from: "2025-01-01", to: "2026-01-01" })).toEqual([]); // 366 days
    expect(issues({ from: "2025-01-01", to: "2026-01-02" })).toEqual([["to", "KPI_PERIOD_TOO_LONG"]]);
    expect(issues({ from: "2026-02-30", to: "2026-03-01" })).toEqual([["from", "INVALID_DATE"]]);
  });

  it("gathers the dashboard for supply chain and admins only, defaulting to 30 days", async () => {
    const d = await getKpiDashboard(t.db, userActor("SUPPLY_CHAIN"), { days: "7" }, { now: NOW });
    expect(d).toMatchObject({
      period: { kind: "preset", days: 7 },
      orders: { orders: 7 },
      split: { rate: 0.2 },
      cost: { averageMinor: 570 },
      shipFromStore: { units: 3, storeUnits: 1 },
      cancellations: { orders: 3, units: 7 },
      costModel: { ruleSetVersion: 2 },
    });
    expect((await getKpiDashboard(t.db, userActor("ADMIN"), { days: "12" }, { now: NOW })).period).toEqual({ kind: "preset", days: 30 });
    const custom = await getKpiDashboard(t.db, userActor("ADMIN"), { days: "7", from: "2026-11-16", to: "2026-11-19" }, { now: NOW });
    expect(custom).toMatchObject({ period: { kind: "custom", from: "2026-11-16", to: "2026-11-19" }, from: "2026-11-15T23:00:00.000Z", to: "2026-11-19T23:00:00.000Z", orders: { orders: 4 } });
    await expect(getKpiDashboard(t.db, userActor("STORE_ASSOCIATE", "x", "X"), {}, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getKpiDashboard(t.db, userActor("AGENT"), {}, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
