import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { buildCategory, buildInbound, buildNode, buildOrder, buildPosition, buildSku, userActor } from "@/lib/fulfillment/testing/builders";
import { listInventoryPositions } from "./list-positions";
import { getInventorySummary } from "./inventory-summary";
import { getSkuInventory } from "./sku-inventory";
import { getInventoryFilterOptions } from "./inventory-filter-options";

const D0 = new Date("2026-12-01T08:00:00Z");
const D1 = new Date("2026-12-03T08:00:00Z");
const D2 = new Date("2026-12-10T08:00:00Z");

describe("inventory queries", () => {
  let t: TestDb;
  let storeA: { id: string; code: string };
  let storeB: { id: string; code: string };
  const supply = userActor("SUPPLY_CHAIN");

  beforeAll(async () => {
    t = await createTestDb();
    const db = t.db;
    const dc = await buildNode(db, { code: "DC-1", type: "DC", name: "DC North" });
    storeA = await buildNode(db, { code: "ST-A", name: "Store A" });
    storeB = await buildNode(db, { code: "ST-B", name: "Store B" });
    const tops = await buildCategory(db, "TOPS", "Tops");
    const home = await buildCategory(db, "HOME", "Home");
    const shirt = await buildSku(db, { code: "SHIRT", name: "Blue shirt", categoryId: tops.id });
    const mug = await buildSku(db, { code: "MUG", name: "Coffee mug", categoryId: home.id });
    const lamp = await buildSku(db, { code: "LAMP", name: "Desk lamp 50% off", categoryId: home.id });

    await buildPosition(db, dc.id, shirt.id, { onHand: 100, reserved: 10, safetyStock: 5 }); // ATP 85
    await buildPosition(db, storeA.id, shirt.id, { onHand: 4, reserved: 4, safetyStock: 1 }); // out of stock, below safety
    await buildPosition(db, storeB.id, shirt.id, { onHand: 6, reserved: 1, safetyStock: 2 }); // ATP 3
    await buildPosition(db, dc.id, mug.id, { onHand: 20 }); // ATP 20
    await buildPosition(db, storeA.id, mug.id, { onHand: 3, safetyStock: 5 }); // below safety
    await buildPosition(db, storeB.id, mug.id, { onHand: 0, targetStock: 3 }); // out of stock
    await buildPosition(db, dc.id, lamp.id, { onHand: 7, reserved: 2, safetyStock: 1 }); // ATP 4

    await buildInbound(db, storeA.id, [{ skuId: shirt.id, qty: 10 }], { eta: D1, type: "TRANSFER", fromNodeId: dc.id });
    await buildInbound(db, storeA.id, [{ skuId: shirt.id, qty: 5, receivedQty: 2 }], { eta: D0 });
    await buildInbound(db, dc.id, [{ skuId: shirt.id, qty: 50 }], { eta: D0, status: "RECEIVED" });
    await buildInbound(db, dc.id, [{ skuId: mug.id, qty: 30 }], { eta: D2 });

    // Open demand for SHIRT: 5 - 1 cancelled - 1 reserved = 3, plus 2 on hold = 5.
    await buildOrder(db, { status: "BACKORDERED", lines: [{ skuId: shirt.id, qty: 5, cancelledQty: 1, status: "BACKORDERED", reservations: [{ nodeId: dc.id, qty: 1 }] }] });
    await buildOrder(db, { status: "ON_HOLD", lines: [{ skuId: shirt.id, qty: 2, status: "CREATED" }] });
    // Not demand: released work (reserved at a node) and a cancelled order.
    await buildOrder(db, { status: "RELEASED", lines: [{ skuId: shirt.id, qty: 4, status: "RELEASED" }] });
    await buildOrder(db, { status: "CANCELLED", lines: [{ skuId: shirt.id, qty: 9, status: "BACKORDERED" }] });
  });

  afterAll(async () => {
    await t?.close();
  });

  describe("positions list", () => {
    it("lists every position with in transit, on demand at the node and ATP = max(0, on hand - reserved - safety)", async () => {
      const page = await listInventoryPositions(t.db, supply, {});
      expect(page.total).toBe(7);
      expect(page.rows.map((r) => `${r.sku.code}@${r.node.code}`)).toEqual([
        "LAMP@DC-1",
        "MUG@DC-1",
        "MUG@ST-A",
        "MUG@ST-B",
        "SHIRT@DC-1",
        "SHIRT@ST-A",
        "SHIRT@ST-B",
      ]);
      const shirtA = page.rows.find((r) => r.sku.code === "SHIRT" && r.node.code === "ST-A")!;
      // On demand at a node is what is reserved there for open orders; backorders belong to the network.
      expect(shirtA).toMatchObject({ onHand: 4, reserved: 4, safetyStock: 1, inTransit: 13, nextEta: D0.toISOString(), onDemand: 0, atp: 0, outOfStock: true, belowSafety: true });
      const shirtDc = page.rows.find((r) => r.sku.code === "SHIRT" && r.node.code === "DC-1")!;
      expect(shirtDc).toMatchObject({ atp: 85, inTransit: 0, nextEta: null, onDemand: 1, outOfStock: false, belowSafety: false });
      expect(page.rows.find((r) => r.sku.code === "MUG" && r.node.code === "DC-1")).toMatchObject({ inTransit: 30, onDemand: 0 });
    });

    it("searches SKU code and name, literally", async () => {
      expect((await listInventoryPositions(t.db, supply, { q: "mug" })).total).toBe(3);
      expect((await listInventoryPositions(t.db, supply, { q: "50%" })).rows.map((r) => r.sku.code)).toEqual(["LAMP"]);
      expect((await listInventoryPositions(t.db, supply, { q: "5_%" })).total).toBe(0);
    });

    it("filters by node, category and problems", async () => {
      expect((await listInventoryPositions(t.db, supply, { node: "ST-A" })).rows.map((r) => r.sku.code)).toEqual(["MUG", "SHIRT"]);
      expect((await listInventoryPositions(t.db, supply, { category: "HOME" })).total).toBe(4);
      const problems = await listInventoryPositions(t.db, supply, { problem: "any" });
      expect(problems.rows.map((r) => `${r.sku.code}@${r.node.code}`)).toEqual(["MUG@ST-A", "MUG@ST-B", "SHIRT@ST-A"]);
    });

    it("paginates and clamps a page past the end", async () => {
      const p3 = await listInventoryPositions(t.db, supply, { pageSize: 3, page: 3 });
      expect(p3).toMatchObject({ total: 7, pages: 3, page: 3 });
      expect(p3.rows).toHaveLength(1);
      expect((await listInventoryPositions(t.db, supply, { pageSize: 3, page: 99 })).page).toBe(3);
    });

    it("shows a store associate only their own store, and refuses another store", async () => {
      const associate = userActor("STORE_ASSOCIATE", storeA.id, storeA.code);
      const page = await listInventoryPositions(t.db, associate, {});
      expect(page.rows.map((r) => r.node.code)).toEqual(["ST-A", "ST-A"]);
      await expect(listInventoryPositions(t.db, associate, { node: "ST-B" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listInventoryPositions(t.db, associate, { node: "DC-1" })).rejects.toBeInstanceOf(ForbiddenError);
      const options = await getInventoryFilterOptions(t.db, associate);
      expect(options.nodes.map((n) => n.code)).toEqual(["ST-A"]);
    });

    it("refuses roles without inventory.view", async () => {
      await expect(listInventoryPositions(t.db, userActor("AGENT"), {})).rejects.toBeInstanceOf(ForbiddenError);
    });
  });

  describe("summary", () => {
    it("adds up the network, its stock problems and the supply in transit", async () => {
      const s = await getInventorySummary(t.db, supply);
      expect(s).toMatchObject({
        positions: 7,
        onHand: 140,
        reserved: 17,
        safetyStock: 14,
        atp: 112,
        outOfStockPositions: 2,
        belowSafetyPositions: 2,
        // Every SKU can still be promised somewhere; the backordered line (3 units) is at risk.
        stockouts: { skus: 0, openUnits: 0, dailyDemand: 0 },
        linesAtRisk: { lines: 1, backordered: 1, orders: 1, units: 3 },
        inbound: { shipments: 3, units: 43, nextEta: D0.toISOString() },
      });
      // Weeks start on Monday: 1 and 3 Dec 2026 fall in the week of 30 Nov, 10 Dec in that of 7 Dec.
      expect(s.inTransitByWeek).toEqual([
        { week: "2026-11-30", units: 13, shipments: 2 },
        { week: "2026-12-07", units: 30, shipments: 1 },
      ]);
    });

    it("covers only a store associate's own store", async () => {
      const s = await getInventorySummary(t.db, userActor("STORE_ASSOCIATE", storeA.id, storeA.code));
      expect(s).toMatchObject({ positions: 2, onHand: 7, reserved: 4, atp: 0, outOfStockPositions: 1, belowSafetyPositions: 2, linesAtRisk: null, inbound: { shipments: 2, units: 13 } });
    });
  });

  describe("SKU detail", () => {
    it("shows the SKU at every node sorted by ATP, its inbound shipments and network totals", async () => {
      const d = await getSkuInventory(t.db, supply, { sku: "SHIRT" });
      expect(d.sku).toMatchObject({ code: "SHIRT", name: "Blue shirt", category: { code: "TOPS" } });
      expect(d.positions.map((p) => [p.node.code, p.atp])).toEqual([
        ["DC-1", 85],
        ["ST-B", 3],
        ["ST-A", 0],
      ]);
      expect(d.inbound.map((i) => [i.toNode.code, i.qty, i.eta])).toEqual([
        ["ST-A", 3, D0.toISOString()],
        ["ST-A", 10, D1.toISOString()],
      ]);
      expect(d.inbound[1].fromNode?.code).toBe("DC-1");
      expect(d.totals).toEqual({ onHand: 110, reserved: 15, safetyStock: 8, inTransit: 13, atp: 88, onDemand: 5, nodesWithAtp: 2 });
      expect(d.scopedToStore).toBe(false);

      const asc = await getSkuInventory(t.db, supply, { sku: "SHIRT", sort: "atp-asc" });
      expect(asc.positions.map((p) => p.node.code)).toEqual(["ST-A", "ST-B", "DC-1"]);
    });

    it("limits a store associate to their store's position and inbound", async () => {
      const d = await getSkuInventory(t.db, userActor("STORE_ASSOCIATE", storeB.id, storeB.code), { sku: "SHIRT" });
      expect(d.positions.map((p) => p.node.code)).toEqual(["ST-B"]);
      expect(d.inbound).toEqual([]);
      expect(d.totals.atp).toBe(3);
      expect(d.scopedToStore).toBe(true);
    });

    it("answers not found for an unknown SKU", async () => {
      await expect(getSkuInventory(t.db, supply, { sku: "NOPE" })).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});
