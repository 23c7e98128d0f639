// The DC console's query: a DC's open work a page at a time, counts per stage, today's shipments
// in the DC's own day, and no answer at all for store associates. Real database (in-memory PGlite).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { buildFulfillmentOrder, buildNode, buildOrder, buildSku, userActor } from "../testing/builders";
import { getDcConsole } from "./dc-console";

// 11:00 in Paris: the DC's day started at 23:00 UTC the evening before.
const NOW = new Date("2026-11-20T10:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const SUPPLY = userActor("SUPPLY_CHAIN");

describe("DC console", () => {
  let t: TestDb;
  let open: string[];

  beforeAll(async () => {
    t = await createTestDb();
    const db = t.db;
    const nord = await buildNode(db, { code: "DC-NORD", name: "Nord DC", type: "DC" });
    await buildNode(db, { code: "DC-SUD", name: "Sud DC", type: "DC" });
    const store = await buildNode(db, { code: "ST-PAR-01" });
    const mug = await buildSku(db, { code: "MUG" });
    const at = async (nodeId: string, status: Parameters<typeof buildFulfillmentOrder>[2]["status"], extra: Partial<Parameters<typeof buildFulfillmentOrder>[2]> = {}) => {
      const order = await buildOrder(db, { lines: [{ skuId: mug.id, qty: 2 }] });
      return (await buildFulfillmentOrder(db, order, { nodeId, status, releasedAt: hoursAgo(5), ...extra })).id;
    };
    open = [await at(nord.id, "RELEASED"), await at(nord.id, "RELEASED"), await at(nord.id, "PICKING"), await at(nord.id, "RELEASED")];
    await at(nord.id, "SHIPPED", { shippedAt: hoursAgo(1) });
    // 23:00 in Paris yesterday: not today's.
    await at(nord.id, "SHIPPED", { shippedAt: hoursAgo(12) });
    await at(nord.id, "CANCELLED");
    await at(store.id, "RELEASED");
  });

  afterAll(async () => {
    await t?.close();
  });

  it("shows the first DC's open work a page at a time, with its counts per stage and today's shipments", async () => {
    const first = await getDcConsole(t.db, SUPPLY, { limit: 3 }, { now: NOW });
    expect(first.dc).toMatchObject({ code: "DC-NORD", name: "Nord DC" });
    expect(first.dcs.map((d) => d.code)).toEqual(["DC-NORD", "DC-SUD"]);
    expect(first.counts).toEqual({ RELEASED: 3, PICKING: 1, PACKED: 0, SHIPPED: 2, IN_TRANSIT_TO_STORE: 0 });
    expect(first.shippedToday).toBe(1);
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toBe(first.items[2].id);
    const second = await getDcConsole(t.db, SUPPLY, { node: "DC-NORD", limit: 3, cursor: first.nextCursor! }, { now: NOW });
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((w) => w.id).sort()).toEqual([...open].sort());
  });

  it("filters by stage, shipped work awaiting delivery included", async () => {
    const shipped = await getDcConsole(t.db, SUPPLY, { node: "DC-NORD", status: "SHIPPED" }, { now: NOW });
    expect(shipped.items.map((w) => w.status)).toEqual(["SHIPPED", "SHIPPED"]);
    expect(shipped.items[0].nextSteps).toEqual(["MARK_DELIVERED"]);
    expect((await getDcConsole(t.db, SUPPLY, { node: "DC-SUD" }, { now: NOW })).items).toEqual([]);
  });

  it("knows only DCs, and tells a store associate nothing", async () => {
    await expect(getDcConsole(t.db, SUPPLY, { node: "ST-PAR-01" })).rejects.toThrow(NotFoundError);
    await expect(getDcConsole(t.db, SUPPLY, { node: "DC-NOPE" })).rejects.toThrow(NotFoundError);
    const associate = userActor("STORE_ASSOCIATE", "node-x", "ST-PAR-01");
    await expect(getDcConsole(t.db, associate, { node: "DC-NORD" })).rejects.toThrow(ForbiddenError);
    await expect(getDcConsole(t.db, associate, { node: "DC-NOPE" })).rejects.toThrow(ForbiddenError);
  });
});
