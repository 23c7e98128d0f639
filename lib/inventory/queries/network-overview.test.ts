// The network overview against a small network whose every figure is worked out by hand below.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError } from "@/lib/errors";
import { buildCategory, buildInbound, buildNode, buildOrder, buildPosition, buildSku, userActor } from "@/lib/fulfillment/testing/builders";
import { getNetworkOverview, type NetworkOverview } from "./network-overview";

// A Wednesday: this week starts on Monday 30 November.
const NOW = new Date("2026-12-02T10:00:00Z");

describe("getNetworkOverview", () => {
  let t: TestDb;
  let o: NetworkOverview;

  beforeAll(async () => {
    t = await createTestDb();
    const db = t.db;
    const dc = await buildNode(db, { code: "DC-1", type: "DC", name: "DC North" });
    const stA = await buildNode(db, { code: "ST-A", name: "Store A" });
    const stB = await buildNode(db, { code: "ST-B", name: "Store B" });
    await db.node.update({ where: { id: stB.id }, data: { country: "BE" } });
    const tops = await buildCategory(db, "TOPS", "Tops");
    const home = await buildCategory(db, "HOME", "Home");
    await buildCategory(db, "EMPTY", "No products");
    const shirt = await buildSku(db, { code: "SHIRT", categoryId: tops.id, priceMinor: 2000 });
    const mug = await buildSku(db, { code: "MUG", categoryId: home.id, priceMinor: 500 });
    const lamp = await buildSku(db, { code: "LAMP", categoryId: home.id, priceMinor: 3000 });

    await buildPosition(db, dc.id, shirt.id, { onHand: 100, reserved: 10, safetyStock: 5 }); // ATP 85
    await buildPosition(db, stA.id, shirt.id, { onHand: 4, reserved: 4, safetyStock: 1 }); // out of stock, below safety
    await buildPosition(db, stB.id, shirt.id, { onHand: 6, reserved: 1, safetyStock: 2 }); // ATP 3
    await buildPosition(db, dc.id, mug.id, { onHand: 0, safetyStock: 10 }); // out of stock, below safety
    await buildPosition(db, stA.id, mug.id, { onHand: 3, safetyStock: 5 }); // below safety
    await buildPosition(db, stB.id, mug.id, { onHand: 0, targetStock: 3 }); // out of stock
    await buildPosition(db, dc.id, lamp.id, { onHand: 7, reserved: 7 }); // all reserved: no ATP, but no safety/target so not "out of stock"

    // On demand at nodes: ST-A SHIRT 4 + MUG 1, DC-1 LAMP 7 + SHIRT 10. Waiting for stock: MUG 6 + (2 - 1) = 7.
    await buildOrder(db, { status: "RELEASED", lines: [{ skuId: shirt.id, qty: 4, reservations: [{ nodeId: stA.id, qty: 4 }] }] });
    await buildOrder(db, { status: "BACKORDERED", lines: [{ skuId: mug.id, qty: 6, status: "BACKORDERED" }] });
    await buildOrder(db, { status: "SCHEDULED", lines: [{ skuId: lamp.id, qty: 7, status: "SCHEDULED", reservations: [{ nodeId: dc.id, qty: 7 }] }] });
    await buildOrder(db, { status: "RELEASED", lines: [{ skuId: shirt.id, qty: 10, reservations: [{ nodeId: dc.id, qty: 10 }] }] });
    await buildOrder(db, { status: "ON_HOLD", lines: [{ skuId: mug.id, qty: 2, status: "CREATED", reservations: [{ nodeId: stA.id, qty: 1 }] }] });
    // Not demand: a cancelled order, and a consumed reservation.
    await buildOrder(db, { status: "CANCELLED", lines: [{ skuId: shirt.id, qty: 9, status: "BACKORDERED", reservations: [{ nodeId: stB.id, qty: 2 }] }] });
    await buildOrder(db, { status: "COMPLETED", lines: [{ skuId: mug.id, qty: 3, status: "SHIPPED", reservations: [{ nodeId: stA.id, qty: 3, status: "CONSUMED" }] }] });

    // In transit: week of 30 Nov 10 units (1 shipment), week of 7 Dec 30 + 4 (2), late 5 - 2 = 3 (1).
    await buildInbound(db, dc.id, [{ skuId: mug.id, qty: 30 }], { eta: new Date("2026-12-08T09:00:00Z") });
    await buildInbound(db, dc.id, [{ skuId: lamp.id, qty: 4 }], { eta: new Date("2026-12-09T09:00:00Z") });
    await buildInbound(db, stB.id, [{ skuId: mug.id, qty: 5, receivedQty: 2 }], { eta: new Date("2026-11-28T09:00:00Z") });
    await buildInbound(db, stA.id, [{ skuId: shirt.id, qty: 10 }], { eta: new Date("2026-12-03T09:00:00Z"), type: "TRANSFER", fromNodeId: dc.id });
    // Not in transit: received, or planned and not shipped.
    await buildInbound(db, dc.id, [{ skuId: shirt.id, qty: 50, receivedQty: 50 }], { eta: new Date("2026-11-20T09:00:00Z"), status: "RECEIVED" });
    await db.inboundShipment.create({
      data: { reference: "TR-PLANNED", type: "TRANSFER", status: "PLANNED", toNodeId: stA.id, fromNodeId: dc.id, eta: new Date("2026-12-04T09:00:00Z"), lines: { create: [{ skuId: lamp.id, qty: 5 }] } },
    });

    o = await getNetworkOverview(db, userActor("SUPPLY_CHAIN"), { now: NOW });
  });

  afterAll(async () => {
    await t?.close();
  });

  it("adds up units and stock value at retail price by node type and by region", () => {
    expect(o.currency).toBe("EUR");
    expect(o.totals).toEqual({ nodes: 3, positions: 7, units: 120, valueMinor: 242_500, outOfStock: 3, belowSafety: 3 });
    expect(o.byNodeType).toEqual([
      { type: "DC", nodes: 1, positions: 3, units: 107, valueMinor: 221_000, outOfStock: 1, belowSafety: 1 },
      { type: "STORE", nodes: 2, positions: 4, units: 13, valueMinor: 21_500, outOfStock: 2, belowSafety: 2 },
    ]);
    expect(o.byRegion).toEqual([
      { country: "BE", nodes: 1, positions: 2, units: 6, valueMinor: 12_000, outOfStock: 1, belowSafety: 0 },
      { country: "FR", nodes: 2, positions: 5, units: 114, valueMinor: 230_500, outOfStock: 2, belowSafety: 3 },
    ]);
  });

  it("counts stock problems and the demand they hold up, listing stocked-out SKUs by demand", () => {
    expect(o.stockProblems).toEqual({
      outOfStockPositions: 3,
      outOfStockDemand: 4,
      belowSafetyPositions: 3,
      belowSafetyDemand: 5,
      stockedOutSkus: 2,
      stockedOutDemand: 15,
      topStockedOut: [
        { code: "MUG", name: expect.any(String), onDemand: 8, waiting: 7, inTransit: 33 },
        { code: "LAMP", name: expect.any(String), onDemand: 7, waiting: 0, inTransit: 4 },
      ],
    });
  });

  it("groups supply in transit by ETA week, past ETAs as late, leaving out planned and received shipments", () => {
    expect(o.inTransit).toEqual({
      late: { units: 3, shipments: 1 },
      weeks: [
        { weekStart: "2026-11-30", units: 10, shipments: 1 },
        { weekStart: "2026-12-07", units: 34, shipments: 2 },
      ],
    });
  });

  it("sets on demand against ATP and in transit per category, the most demanded first", () => {
    expect(o.byCategory).toEqual([
      { code: "HOME", name: "Home", onDemand: 15, waiting: 7, atp: 0, inTransit: 37 },
      { code: "TOPS", name: "Tops", onDemand: 14, waiting: 0, atp: 88, inTransit: 10 },
    ]);
  });

  it("ranks nodes by the on demand they will serve, and counts what waits for stock", () => {
    expect(o.onDemandByNode).toEqual({
      waiting: 7,
      nodesWithDemand: 2,
      top: [
        { code: "DC-1", name: "DC North", type: "DC", onDemand: 17 },
        { code: "ST-A", name: "Store A", type: "STORE", onDemand: 5 },
      ],
    });
    expect(o.generatedAt).toBe(NOW.toISOString());
  });

  it("refuses roles without kpi.view", async () => {
    await expect(getNetworkOverview(t.db, userActor("AGENT"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getNetworkOverview(t.db, userActor("STORE_ASSOCIATE", "x", "ST-A"))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
