// The alerts checked on a small world whose expected alerts are worked out by hand below: each kind
// lists what it should and leaves out what it should not, with the published thresholds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError } from "@/lib/errors";
import { nameMovement } from "@/lib/inventory";
import { DEFAULT_RULES } from "@/lib/rules/client";
import { buildFulfillmentOrder, buildInbound, buildNode, buildOrder, buildPosition, buildSku, userActor } from "@/lib/fulfillment/testing/builders";
import { getAlerts, projectStockout } from "./alerts";

const NOW = new Date("2026-11-20T12:00:00Z"); // 13:00 in Paris
const H = 3_600_000;
const D = 24 * H;
const at = (ms: number) => new Date(NOW.getTime() + ms);
const supply = userActor("SUPPLY_CHAIN");

describe("alerts", () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createTestDb();
    const db = t.db;
    const dc = await buildNode(db, { code: "DC-1", type: "DC", name: "DC North", dailyCapacity: 1000 });
    const s1 = await buildNode(db, { code: "ST-1", name: "Store One", dailyCapacity: 4 });
    const s2 = await buildNode(db, { code: "ST-2", name: "Store Two", dailyCapacity: 100 });
    const a = await buildSku(db, { code: "A", name: "Apron" });
    const b = await buildSku(db, { code: "B", name: "Bowl" });
    const c = await buildSku(db, { code: "C", name: "Cup" });
    const d = await buildSku(db, { code: "D", name: "Dish" });

    /** Units leaving a position for customers at a past time (a SHIPMENT movement in the ledger). */
    const ship = async (nodeId: string, skuId: string, qty: number, when: Date, kind: "SHIPMENT" | "SALE" | "ADJUSTMENT" = "SHIPMENT") =>
      db.$transaction(async (tx) => {
        await nameMovement(tx, { kind, at: when, reference: "test" });
        await tx.inventoryPosition.update({ where: { nodeId_skuId: { nodeId, skuId } }, data: { onHand: { decrement: qty } } });
      });

    // ST-1|A: ATP 10 - 2 - 2 = 6; 56 units out in the last 28 days (2 a day) -> runs out in 3 days.
    // 10 units arrive on day 5, too late to count; bringing 2 x 5 - 6 = 4 units now covers the gap.
    await buildPosition(db, s1.id, a.id, { onHand: 66, reserved: 2, safetyStock: 2 });
    await ship(s1.id, a.id, 40, at(-3 * D));
    await ship(s1.id, a.id, 16, at(-20 * D), "SALE");
    await buildInbound(db, s1.id, [{ skuId: a.id, qty: 10 }], { eta: at(5 * D) });
    // ST-2|A: ATP 10 at 1 a day lasts 10 days (beyond the 7-day horizon); the 100 units shipped 30
    // days ago and the adjustment are outside the demand.
    await buildPosition(db, s2.id, a.id, { onHand: 148 });
    await ship(s2.id, a.id, 28, at(-10 * D));
    await ship(s2.id, a.id, 100, at(-30 * D));
    await ship(s2.id, a.id, 10, at(-1 * D), "ADJUSTMENT");
    // DC-1|B: ATP 4 at 2 a day; 6 units arrive tomorrow, before it runs out -> 10 units last 5 days.
    await buildPosition(db, dc.id, b.id, { onHand: 60 });
    await ship(dc.id, b.id, 56, at(-2 * D));
    await buildInbound(db, dc.id, [{ skuId: b.id, qty: 6 }], { eta: at(1 * D), type: "TRANSFER", fromNodeId: s2.id });
    // ST-2|B: ATP 3 at 2 a day, but 15 units still due on a purchase order 1 day late (counted as
    // arriving now) -> 18 units last 9 days: no alert; the late purchase order is an alert itself.
    await buildPosition(db, s2.id, b.id, { onHand: 59 });
    await ship(s2.id, b.id, 56, at(-5 * D));
    const lateRef = (await buildInbound(db, s2.id, [{ skuId: b.id, qty: 20, receivedQty: 5 }], { eta: at(-1 * D) })).reference;
    // ST-1|B: demand but no free stock at all: already out, not a projection.
    await buildPosition(db, s1.id, b.id, { onHand: 5, reserved: 5 });
    await ship(s1.id, b.id, 0, at(-1 * D));

    // C: no free stock anywhere (ST-1 empty, DC-1 only safety stock) and 3 units backordered.
    await buildPosition(db, s1.id, c.id, { onHand: 0, targetStock: 2 });
    await buildPosition(db, dc.id, c.id, { onHand: 3, reserved: 1, safetyStock: 2 });
    await buildInbound(db, dc.id, [{ skuId: c.id, qty: 5 }], { eta: at(2 * D) });
    // D: 2 units backordered but 5 free at the DC: not stocked out.
    await buildPosition(db, dc.id, d.id, { onHand: 5 });
    await buildOrder(db, { number: "D-WAIT", status: "BACKORDERED", placedAt: at(-1 * H), lines: [{ skuId: d.id, qty: 2, status: "BACKORDERED" }] });
    // E: 1 unit backordered; the only free units are at a store that ships nothing: orders wait.
    const counterOnly = await buildNode(db, { code: "ST-C", name: "Counter Store", dailyCapacity: 50 });
    await db.node.update({ where: { id: counterOnly.id }, data: { canShip: false, canShipFromStore: false } });
    const e = await buildSku(db, { code: "E", name: "Egg cup" });
    await buildPosition(db, counterOnly.id, e.id, { onHand: 4 });
    await buildOrder(db, { number: "E-WAIT", status: "BACKORDERED", placedAt: at(-2 * H), lines: [{ skuId: e.id, qty: 1, status: "BACKORDERED" }] });

    // Orders (stuck after 48 hours in a status before shipment).
    const event = (orderId: string, type: string, when: Date) => db.orderEvent.create({ data: { orderId, type, actorType: "SYSTEM", actorName: "System", createdAt: when } });
    const s7 = await buildOrder(db, { number: "S7", status: "BACKORDERED", placedAt: at(-10 * D - 2 * H), lines: [{ skuId: c.id, qty: 3, status: "BACKORDERED" }] });
    await event(s7.id, "order.backordered", at(-10 * D)); // no status change recorded: its last event counts (240 h)
    const s1o = await buildOrder(db, { number: "S1", status: "RELEASED", placedAt: at(-5 * D), lines: [{ skuId: d.id, qty: 1, status: "RELEASED" }] });
    await event(s1o.id, "order.status_changed", at(-98 * H));
    await event(s1o.id, "note.added", at(-1 * H)); // a note does not move the order on
    const s2o = await buildOrder(db, { number: "S2", status: "RELEASED", placedAt: at(-10 * D), lines: [{ skuId: d.id, qty: 1, status: "RELEASED" }] });
    await event(s2o.id, "order.status_changed", at(-36 * H)); // changed 36 h ago: not stuck
    await buildOrder(db, { number: "S3", status: "ON_HOLD", placedAt: at(-52 * H), lines: [{ skuId: d.id, qty: 1, status: "CREATED" }] }); // 52 h, no event
    await buildOrder(db, { number: "S4", status: "SCHEDULED", placedAt: at(-20 * D), lines: [{ skuId: d.id, qty: 1, status: "SCHEDULED" }] });
    await buildOrder(db, { number: "S5", status: "FULFILLED", placedAt: at(-20 * D), lines: [{ skuId: d.id, qty: 1, status: "SHIPPED" }] });
    await buildOrder(db, { number: "S6", status: "CREATED", placedAt: at(-47 * H), lines: [{ skuId: d.id, qty: 1, status: "CREATED" }] });
    await buildOrder(db, { number: "S8", status: "CANCELLED", placedAt: at(-20 * D), lines: [{ skuId: d.id, qty: 1, status: "CANCELLED" }] });

    // Late inbound: a transfer planned for 2 days ago and never shipped, and the purchase order above.
    await db.inboundShipment.create({
      data: { reference: "TR-LATE", type: "TRANSFER", status: "PLANNED", toNodeId: s1.id, fromNodeId: dc.id, eta: at(-2 * D), lines: { create: [{ skuId: a.id, qty: 4 }] } },
    });
    await buildInbound(db, s1.id, [{ skuId: a.id, qty: 9 }], { eta: at(-6 * D), status: "RECEIVED" });

    // Pickups ready at ST-1: one expires in 3 h, one expired an hour ago (the job has not run yet),
    // one in 30 h (not yet), and one collected (not waiting).
    const pickup = async (number: string, expires: Date, status: "READY_FOR_PICKUP" | "PICKED_UP" = "READY_FOR_PICKUP") => {
      const o = await buildOrder(db, { number, status: "FULFILLED", placedAt: at(-3 * D), lines: [{ skuId: d.id, qty: 1, mode: "PICKUP", pickupNodeId: s1.id, status: "READY_FOR_PICKUP" }] });
      const fo = await buildFulfillmentOrder(db, o, { nodeId: dc.id, pickupNodeId: s1.id, deliveryMode: "PICKUP", status, releasedAt: at(-3 * D), readyAt: at(-2 * D) });
      await db.fulfillmentOrder.update({ where: { id: fo.id }, data: { pickupExpiresAt: expires } });
      return fo;
    };
    await pickup("P-SOON", at(3 * H));
    await pickup("P-OVERDUE", at(-1 * H));
    await pickup("P-LATER", at(30 * H));
    await pickup("P-DONE", at(1 * H), "PICKED_UP");

    // Released today (Paris): ST-1 2 + 2 = 4 units = its capacity; ST-2 3 of 100; yesterday's and
    // cancelled work do not count.
    const release = async (nodeId: string, qty: number, when: Date, status: "RELEASED" | "CANCELLED" = "RELEASED") => {
      const o = await buildOrder(db, { status: "RELEASED", placedAt: when, lines: [{ skuId: d.id, qty, status: "RELEASED" }] });
      await buildFulfillmentOrder(db, o, { nodeId, status, releasedAt: when });
    };
    await release(s1.id, 2, at(-3 * H));
    await release(s1.id, 2, new Date("2026-11-19T23:30:00Z")); // 00:30 on the 20th in Paris
    await release(s1.id, 10, at(-2 * H), "CANCELLED");
    await release(s2.id, 3, at(-1 * H));
    await release(s2.id, 200, new Date("2026-11-19T12:00:00Z"));
    expect(lateRef).toBeTruthy();
  });

  afterAll(async () => {
    await t?.close();
  });

  it("projects stock-outs within the horizon from recent demand, counting only supply that arrives in time", async () => {
    const { projectedStockouts, thresholds } = await getAlerts(t.db, supply, { now: NOW });
    expect(thresholds).toEqual(DEFAULT_RULES.ALERTS);
    expect(projectedStockouts).toEqual({
      total: 2,
      items: [
        { nodeCode: "ST-1", nodeName: "Store One", skuCode: "A", skuName: "Apron", atp: 6, dailyDemand: 2, inboundUnits: 0, stockoutAt: "2026-11-23T12:00:00.000Z", suggestedQty: 4 },
        { nodeCode: "DC-1", nodeName: "DC North", skuCode: "B", skuName: "Bowl", atp: 4, dailyDemand: 2, inboundUnits: 6, stockoutAt: "2026-11-25T12:00:00.000Z", suggestedQty: 4 },
      ],
    });
  });

  it("lists SKUs orders wait for while no node able to ship them has free stock", async () => {
    const { stockedOut } = await getAlerts(t.db, supply, { now: NOW });
    // D has free units at a DC that ships: sourcing can serve it, no alert.
    expect(stockedOut).toEqual({
      total: 2,
      items: [
        { skuCode: "C", skuName: "Cup", demand: 3, waitingLines: 1, inTransit: 5, nextEta: "2026-11-22T12:00:00.000Z" },
        { skuCode: "E", skuName: "Egg cup", demand: 1, waitingLines: 1, inTransit: 0, nextEta: null },
      ],
    });
  });

  it("lists orders in one status before shipment for longer than the threshold, longest first", async () => {
    const { stuckOrders } = await getAlerts(t.db, supply, { now: NOW });
    expect(stuckOrders).toEqual({
      total: 3,
      items: [
        { number: "S7", status: "BACKORDERED", since: "2026-11-10T12:00:00.000Z", hours: 240 },
        { number: "S1", status: "RELEASED", since: "2026-11-16T10:00:00.000Z", hours: 98 },
        { number: "S3", status: "ON_HOLD", since: "2026-11-18T08:00:00.000Z", hours: 52 },
      ],
    });
  });

  it("lists inbound supply past its ETA that has not arrived, with the units still due", async () => {
    const { lateInbound } = await getAlerts(t.db, supply, { now: NOW });
    expect(lateInbound.total).toBe(2);
    expect(lateInbound.items).toEqual([
      { reference: "TR-LATE", type: "TRANSFER", status: "PLANNED", toNodeCode: "ST-1", eta: "2026-11-18T12:00:00.000Z", units: 4 },
      { reference: expect.any(String), type: "PURCHASE_ORDER", status: "IN_TRANSIT", toNodeCode: "ST-2", eta: "2026-11-19T12:00:00.000Z", units: 15 },
    ]);
  });

  it("lists ready pickups whose window ends within the threshold, overdue ones first", async () => {
    const { expiringPickups } = await getAlerts(t.db, supply, { now: NOW });
    expect(expiringPickups.total).toBe(2);
    expect(expiringPickups.items.map((p) => [p.orderNumber, p.nodeCode, p.expiresAt])).toEqual([
      ["P-OVERDUE", "ST-1", "2026-11-20T11:00:00.000Z"],
      ["P-SOON", "ST-1", "2026-11-20T15:00:00.000Z"],
    ]);
  });

  it("lists nodes whose units released today reach their capacity", async () => {
    const { overCapacity } = await getAlerts(t.db, supply, { now: NOW });
    expect(overCapacity).toEqual({ total: 1, items: [{ nodeCode: "ST-1", nodeName: "Store One", releasedUnits: 4, dailyCapacity: 4, percent: 100 }] });
  });

  it("refuses roles without alert.view", async () => {
    await expect(getAlerts(t.db, userActor("STORE_ASSOCIATE"), { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getAlerts(t.db, userActor("AGENT"), { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getAlerts(t.db, userActor("ADMIN"), { now: NOW })).resolves.toBeTruthy();
  });

  it("uses the thresholds of the published ALERTS rule set", async () => {
    await t.db.ruleSet.create({
      data: {
        kind: "ALERTS",
        version: 1,
        status: "PUBLISHED",
        name: "Tighter",
        publishedAt: NOW,
        definition: { ...DEFAULT_RULES.ALERTS, stockoutHorizonDays: 12, stuckOrderHours: 100, lateInboundDays: 2, pickupExpiryHours: 48, capacityPercent: 50 },
      },
    });
    const alerts = await getAlerts(t.db, supply, { now: NOW });
    // 12 days: ST-2|A (10 days) and ST-2|B (9 days, with the late purchase order) now run out too.
    expect(alerts.projectedStockouts.items.map((p) => `${p.nodeCode}|${p.skuCode}`)).toEqual(["ST-1|A", "DC-1|B", "ST-2|B", "ST-2|A"]);
    expect(alerts.stuckOrders.items.map((o) => o.number)).toEqual(["S7"]);
    expect(alerts.lateInbound.items.map((i) => i.reference)).toEqual(["TR-LATE"]);
    expect(alerts.expiringPickups.items.map((p) => p.orderNumber)).toEqual(["P-OVERDUE", "P-SOON", "P-LATER"]);
    expect(alerts.overCapacity.items.map((n) => n.nodeCode)).toEqual(["ST-1"]);
  });
});

describe("projectStockout", () => {
  const now = 0;
  it("counts an arrival only when it lands before the stock runs out, and sizes the cover to the horizon", () => {
    // 6 units at 2 a day: out on day 3; 10 arriving on day 5 come too late; short 4 units by day 5.
    expect(projectStockout(6, 2, [{ at: 5 * D, qty: 10 }], now, 7 * D)).toEqual({ stockoutAt: 3 * D, inboundUnits: 0, shortfall: 4 });
    // An arrival on day 2 extends the stock to 10 units: out on day 5; short 4 units by day 7.
    expect(projectStockout(4, 2, [{ at: 1 * D, qty: 6 }], now, 7 * D)).toEqual({ stockoutAt: 5 * D, inboundUnits: 6, shortfall: 4 });
    // An arrival past its ETA counts as arriving now.
    expect(projectStockout(3, 2, [{ at: -D, qty: 15 }], now, 7 * D)).toEqual({ stockoutAt: 9 * D, inboundUnits: 15, shortfall: 0 });
  });
});
