// The positions screen as a manager uses it: every figure against a hand-computed fixture (on demand
// at the node, recent daily demand, days of cover, at risk), sorting by each figure both ways,
// filters that the count follows, the streamed export's batches, and the summary's stock-outs
// weighted by demand and order lines at risk. Real database (in-memory PGlite).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildCategory, buildInbound, buildNode, buildOrder, buildPosition, buildSku, userActor } from "@/lib/fulfillment/testing/builders";
import { listInventoryPositions, streamInventoryPositions, type PositionRow } from "./list-positions";
import { getInventorySummary } from "./inventory-summary";

const NOW = new Date("2026-12-02T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const D0 = new Date("2026-12-04T08:00:00Z");
const D2 = new Date("2026-12-10T08:00:00Z");
const supply = userActor("SUPPLY_CHAIN");
const key = (r: PositionRow) => `${r.sku.code}@${r.node.code}`;

describe("inventory positions screen", () => {
  let t: TestDb;
  const list = (input: Parameters<typeof listInventoryPositions>[2]) => listInventoryPositions(t.db, supply, input, { now: NOW });

  beforeAll(async () => {
    t = await createTestDb();
    const db = t.db;
    const dc = await buildNode(db, { code: "DC-1", type: "DC", name: "DC North" });
    const storeA = await buildNode(db, { code: "ST-A", name: "Store A" });
    const storeB = await buildNode(db, { code: "ST-B", name: "Store B" });
    await db.node.update({ where: { id: storeB.id }, data: { country: "BE" } });
    const tops = await buildCategory(db, "TOPS", "Tops");
    const home = await buildCategory(db, "HOME", "Home");
    const shirt = await buildSku(db, { code: "SHIRT", name: "Blue shirt", categoryId: tops.id });
    const mug = await buildSku(db, { code: "MUG", name: "Coffee mug", categoryId: home.id });
    const lamp = await buildSku(db, { code: "LAMP", name: "Desk lamp", categoryId: home.id });
    const vase = await buildSku(db, { code: "VASE", name: "Vase", categoryId: home.id });

    await buildPosition(db, dc.id, shirt.id, { onHand: 100, reserved: 10, safetyStock: 5 }); // ATP 85
    await buildPosition(db, storeA.id, shirt.id, { onHand: 4, reserved: 4, safetyStock: 1 }); // ATP 0, out of stock
    await buildPosition(db, storeB.id, shirt.id, { onHand: 6, reserved: 1, safetyStock: 2 }); // ATP 3
    await buildPosition(db, dc.id, mug.id, { onHand: 20 }); // ATP 20
    await buildPosition(db, storeA.id, mug.id, { onHand: 3, safetyStock: 5 }); // ATP 0, below safety
    await buildPosition(db, storeB.id, mug.id, { onHand: 0, targetStock: 3 }); // ATP 0, out of stock
    await buildPosition(db, dc.id, lamp.id, { onHand: 7, reserved: 2, safetyStock: 1 }); // ATP 4
    await buildPosition(db, dc.id, vase.id, { onHand: 2, reserved: 2, safetyStock: 0, targetStock: 5 }); // ATP 0 everywhere

    await buildInbound(db, storeA.id, [{ skuId: shirt.id, qty: 10 }], { eta: D0, type: "TRANSFER", fromNodeId: dc.id });
    await buildInbound(db, dc.id, [{ skuId: mug.id, qty: 30 }], { eta: D2 });

    // Reserved for open orders at the node that serves them: 1 SHIRT at DC-1, 1 at ST-B; a cancelled
    // order's reservation is not demand.
    await buildOrder(db, { status: "RELEASED", lines: [{ skuId: shirt.id, qty: 1, status: "RELEASED", reservations: [{ nodeId: dc.id, qty: 1 }] }] });
    await buildOrder(db, { status: "RELEASED", lines: [{ skuId: shirt.id, qty: 1, status: "RELEASED", reservations: [{ nodeId: storeB.id, qty: 1 }] }] });
    await buildOrder(db, { status: "CANCELLED", lines: [{ skuId: shirt.id, qty: 5, status: "CANCELLED", reservations: [{ nodeId: storeA.id, qty: 5 }] }] });
    // Waiting for stock: 4 VASE backordered (no ATP anywhere), 2 VASE on hold, 3 MUG backordered
    // (MUG has ATP at DC-1 but the line is backordered all the same).
    await buildOrder(db, { status: "BACKORDERED", lines: [{ skuId: vase.id, qty: 4, status: "BACKORDERED" }] });
    await buildOrder(db, { status: "ON_HOLD", lines: [{ skuId: vase.id, qty: 2, status: "CREATED" }, { skuId: mug.id, qty: 3, status: "BACKORDERED" }] });

    // Units out to customers over the 28-day window before NOW (the default alert rules).
    const move = (nodeId: string, skuId: string, kind: string, qty: number, at: Date) =>
      db.$executeRaw`INSERT INTO "StockMovement" ("nodeId", "skuId", kind, qty, "onHandAfter", "occurredAt") VALUES (${nodeId}, ${skuId}, ${kind}::"StockMovementKind", ${qty}, 0, ${at})`;
    await move(storeB.id, shirt.id, "SALE", -3, daysAgo(2)); // ST-B SHIRT: 28 units / 28 days = 1/day, ATP 3 -> 3 days
    await move(storeB.id, shirt.id, "SHIPMENT", -25, daysAgo(10));
    await move(dc.id, shirt.id, "SHIPMENT", -56, daysAgo(5)); // DC SHIRT: 2/day, ATP 85 -> 42.5 days
    await move(dc.id, mug.id, "SHIPMENT", -14, daysAgo(40)); // outside the window
    await move(dc.id, mug.id, "RECEIPT", 10, daysAgo(1)); // not demand
    await move(dc.id, lamp.id, "SALE", -7, daysAgo(1)); // DC LAMP: 0.25/day, ATP 4 -> 16 days
    await move(storeA.id, mug.id, "SALE", -28, daysAgo(3)); // ST-A MUG: 1/day, ATP 0 -> 0 days
    await move(dc.id, vase.id, "SHIPMENT", -14, daysAgo(7)); // DC VASE: 0.5/day, ATP 0 -> 0 days
  });

  afterAll(async () => {
    await t?.close();
  });

  it("shows each position's on demand at that node, recent daily demand, days of cover and at risk", async () => {
    const page = await list({});
    expect(page).toMatchObject({ total: 8, horizonDays: 7, demandWindowDays: 28 });
    const by = Object.fromEntries(page.rows.map((r) => [key(r), r]));
    expect(by["SHIRT@DC-1"]).toMatchObject({ atp: 85, onDemand: 1, dailyDemand: 2, daysOfCover: 42.5, atRisk: false });
    expect(by["SHIRT@ST-B"]).toMatchObject({ atp: 3, onDemand: 1, dailyDemand: 1, daysOfCover: 3, atRisk: true, node: { country: "BE" } });
    expect(by["SHIRT@ST-A"]).toMatchObject({ atp: 0, onDemand: 0, inTransit: 10, nextEta: D0.toISOString(), daysOfCover: null, atRisk: false });
    expect(by["MUG@DC-1"]).toMatchObject({ inTransit: 30, dailyDemand: 0, daysOfCover: null });
    expect(by["MUG@ST-A"]).toMatchObject({ daysOfCover: 0, atRisk: true, belowSafety: true });
    expect(by["LAMP@DC-1"]).toMatchObject({ dailyDemand: 0.25, daysOfCover: 16 });
  });

  it("sorts by every figure, both ways, ties by SKU", async () => {
    const order = async (sort: string, dir: "asc" | "desc") => (await list({ sort: sort as never, dir })).rows.map(key);
    expect(await order("daysOfCover", "asc")).toEqual(["MUG@ST-A", "VASE@DC-1", "SHIRT@ST-B", "LAMP@DC-1", "SHIRT@DC-1", "MUG@DC-1", "MUG@ST-B", "SHIRT@ST-A"]);
    // Highest cover first: no recent demand is cover without end.
    expect(await order("daysOfCover", "desc")).toEqual(["SHIRT@ST-A", "MUG@DC-1", "MUG@ST-B", "SHIRT@DC-1", "LAMP@DC-1", "SHIRT@ST-B", "VASE@DC-1", "MUG@ST-A"]);
    expect((await order("inTransit", "desc")).slice(0, 2)).toEqual(["MUG@DC-1", "SHIRT@ST-A"]);
    expect((await order("inTransit", "asc")).slice(-2)).toEqual(["SHIRT@ST-A", "MUG@DC-1"]);
    expect((await order("onDemand", "desc")).slice(0, 2)).toEqual(["SHIRT@DC-1", "SHIRT@ST-B"]);
    expect((await order("nextEta", "asc")).slice(0, 2)).toEqual(["SHIRT@ST-A", "MUG@DC-1"]);
    expect((await order("nextEta", "desc")).slice(0, 2)).toEqual(["MUG@DC-1", "SHIRT@ST-A"]);
    expect(await order("atp", "desc")).toEqual(["SHIRT@DC-1", "MUG@DC-1", "LAMP@DC-1", "SHIRT@ST-B", "VASE@DC-1", "SHIRT@ST-A", "MUG@ST-A", "MUG@ST-B"]);
    expect((await order("onHand", "asc")).slice(0, 2)).toEqual(["MUG@ST-B", "VASE@DC-1"]);
    // A page cut from a sort on a stored figure is the same page as the full sort's.
    const p2 = await list({ sort: "atp", dir: "asc", pageSize: 3, page: 2 });
    expect(p2.rows.map(key)).toEqual(["VASE@DC-1", "SHIRT@ST-B", "LAMP@DC-1"]);
    const p2Cover = await list({ sort: "daysOfCover", dir: "asc", pageSize: 3, page: 2 });
    expect(p2Cover).toMatchObject({ total: 8, pages: 3, page: 2 });
    expect(p2Cover.rows.map(key)).toEqual(["LAMP@DC-1", "SHIRT@DC-1", "MUG@DC-1"]);
  });

  it("pages a sort by a computed figure exactly as the whole sorted list, across positions with and without the figure", async () => {
    for (const sort of ["inTransit", "nextEta", "onDemand", "daysOfCover"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        const whole = (await list({ sort, dir })).rows.map(key);
        const paged: string[] = [];
        for (let page = 1; page <= 3; page++) paged.push(...(await list({ sort, dir, page, pageSize: 3 })).rows.map(key));
        expect(paged, `${sort} ${dir}`).toEqual(whole);
      }
    }
    expect((await list({ sort: "inTransit", dir: "asc", page: 2, pageSize: 3 })).rows.map(key)).toEqual(["SHIRT@DC-1", "SHIRT@ST-B", "VASE@DC-1"]);
  });

  it("filters by node type, region, category, problem and ATP range, and the count follows each", async () => {
    const keys = async (input: Parameters<typeof list>[0]) => {
      const page = await list(input);
      expect(page.total).toBe(page.rows.length);
      return page.rows.map(key);
    };
    expect(await keys({ nodeType: "DC" })).toEqual(["LAMP@DC-1", "MUG@DC-1", "SHIRT@DC-1", "VASE@DC-1"]);
    expect(await keys({ region: "be" })).toEqual(["MUG@ST-B", "SHIRT@ST-B"]);
    expect(await keys({ problem: "atRisk" })).toEqual(["MUG@ST-A", "SHIRT@ST-B", "VASE@DC-1"]);
    expect(await keys({ problem: "outOfStock" })).toEqual(["MUG@ST-B", "SHIRT@ST-A", "VASE@DC-1"]);
    expect(await keys({ problem: "belowSafety" })).toEqual(["MUG@ST-A", "SHIRT@ST-A"]);
    expect(await keys({ problem: "any" })).toEqual(["MUG@ST-A", "MUG@ST-B", "SHIRT@ST-A", "SHIRT@ST-B", "VASE@DC-1"]);
    expect(await keys({ atpMin: 1, atpMax: 20 })).toEqual(["LAMP@DC-1", "MUG@DC-1", "SHIRT@ST-B"]);
    expect(await keys({ node: "ST-A", problem: "any" })).toEqual(["MUG@ST-A", "SHIRT@ST-A"]);
    expect(await keys({ category: "HOME", nodeType: "STORE", problem: "atRisk" })).toEqual(["MUG@ST-A"]);
    // The count of a paged, filtered list is the filtered count, not the page's nor the network's.
    expect(await list({ problem: "any", pageSize: 2 })).toMatchObject({ total: 5, pages: 3 });
    expect(await list({ node: "ST-A", pageSize: 1 })).toMatchObject({ total: 2, pages: 2 });
  });

  it("streams every matching position in batches, in SKU then node order", async () => {
    const batches: string[][] = [];
    for await (const batch of streamInventoryPositions(t.db, supply, { sort: "atp", dir: "desc", page: 2 }, { now: NOW, batchSize: 3 })) batches.push(batch.map(key));
    expect(batches).toEqual([
      ["LAMP@DC-1", "MUG@DC-1", "MUG@ST-A"],
      ["MUG@ST-B", "SHIRT@DC-1", "SHIRT@ST-A"],
      ["SHIRT@ST-B", "VASE@DC-1"],
    ]);
    // A filter on a figure keeps only the matching rows of each batch.
    const atRisk: string[] = [];
    for await (const batch of streamInventoryPositions(t.db, supply, { problem: "atRisk" }, { now: NOW, batchSize: 3 })) atRisk.push(...batch.map(key));
    expect(atRisk).toEqual(["MUG@ST-A", "SHIRT@ST-B", "VASE@DC-1"]);
  });

  it("sums up stock-outs weighted by the demand they miss and the order lines at risk", async () => {
    const s = await getInventorySummary(t.db, supply, { now: NOW });
    // VASE is the one SKU with no ATP anywhere: 4 backordered + 2 on hold units wanted, 0.5 sold a day.
    expect(s.stockouts).toEqual({ skus: 1, openUnits: 6, dailyDemand: 0.5 });
    // Lines at risk: the VASE backorder and hold (no ATP anywhere) and the backordered MUG line.
    expect(s.linesAtRisk).toEqual({ lines: 3, backordered: 2, orders: 2, units: 9 });
    expect(s).toMatchObject({ atRiskPositions: 3, horizonDays: 7, outOfStockPositions: 3 });
    expect(s.byNode).toEqual([
      { code: "DC-1", name: "DC North", type: "DC", onHand: 129, atp: 109 },
      { code: "ST-A", name: "Store A", type: "STORE", onHand: 7, atp: 0 },
      { code: "ST-B", name: "Store B", type: "STORE", onHand: 6, atp: 3 },
    ]);
  });

  it("weighs a store associate's stock-outs by their store's sales only", async () => {
    const storeB = await t.db.node.findUniqueOrThrow({ where: { code: "ST-B" } });
    const s = await getInventorySummary(t.db, userActor("STORE_ASSOCIATE", storeB.id, storeB.code), { now: NOW });
    // At ST-B, MUG has no ATP but no recent sales; SHIRT can still be promised.
    expect(s.stockouts).toEqual({ skus: 0, openUnits: 0, dailyDemand: 0 });
    expect(s).toMatchObject({ linesAtRisk: null, atRiskPositions: 1, positions: 2 });
  });
});
