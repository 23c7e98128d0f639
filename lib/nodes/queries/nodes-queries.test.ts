// What an admin sees on the nodes pages: filters, and today's load in the node's own time zone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { buildNode, buildReleasedWork } from "../testing";
import { listNodes } from "./list-nodes";
import { getNode } from "./get-node";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await buildNode(t.db, { code: "DC-LYS", name: "Lyon DC", type: "DC", city: "Saint-Priest", canShip: true, canPickup: false, canShipFromStore: false, canReturn: true, dailyCapacity: 5000 });
  await buildNode(t.db, { code: "ST-PAR-01", name: "Paris Rivoli", city: "Paris" });
  await buildNode(t.db, { code: "ST-LIL-01", name: "Lille Centre", city: "Lille", canPickup: false, active: false });
});
afterAll(async () => {
  await t.close();
});

describe("listNodes", () => {
  it("lists every node, DCs first, with capabilities as names", async () => {
    const { items, total } = await listNodes(t.db, null, {});
    expect(total).toBe(3);
    expect(items.map((n) => n.code)).toEqual(["DC-LYS", "ST-LIL-01", "ST-PAR-01"]);
    expect(items[0].capabilities).toEqual(["ship", "returns"]);
    expect(items[2].capabilities).toEqual(["pickup", "shipFromStore", "returns"]);
  });

  it("filters by type, capability and text (code, name or city, any case)", async () => {
    expect((await listNodes(t.db, null, { type: "DC" })).items.map((n) => n.code)).toEqual(["DC-LYS"]);
    expect((await listNodes(t.db, null, { capability: "pickup" })).items.map((n) => n.code)).toEqual(["ST-PAR-01"]);
    expect((await listNodes(t.db, null, { q: "lille" })).items.map((n) => n.code)).toEqual(["ST-LIL-01"]);
    expect((await listNodes(t.db, null, { q: "priest" })).items.map((n) => n.code)).toEqual(["DC-LYS"]);
    expect((await listNodes(t.db, null, { type: "STORE", capability: "ship" })).total).toBe(0);
  });

  it("treats empty filter values from the URL as no filter and refuses unknown ones", async () => {
    expect((await listNodes(t.db, null, { type: "", capability: "", q: "" })).total).toBe(3);
    await expect(listNodes(t.db, null, { type: "WAREHOUSE" as never })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("getNode", () => {
  it("shows address, hours and today's released units against capacity, counted from local midnight", async () => {
    const node = await buildNode(t.db, { code: "ST-LYO-01", dailyCapacity: 40, timeZone: "Europe/Paris" });
    // 2026-03-10 in Paris (UTC+1) runs from 2026-03-09T23:00Z to 2026-03-10T23:00Z.
    const now = new Date("2026-03-10T12:00:00Z");
    await buildReleasedWork(t.db, { nodeId: node.id, qty: 6, releasedAt: new Date("2026-03-09T23:30:00Z") });
    await buildReleasedWork(t.db, { nodeId: node.id, qty: 4, releasedAt: new Date("2026-03-10T22:59:00Z") });
    await buildReleasedWork(t.db, { nodeId: node.id, qty: 50, releasedAt: new Date("2026-03-09T22:59:00Z") }); // yesterday, local
    await buildReleasedWork(t.db, { nodeId: node.id, qty: 7, releasedAt: new Date("2026-03-10T10:00:00Z"), status: "CANCELLED" });

    const detail = await getNode(t.db, null, { code: "ST-LYO-01", now });
    expect(detail.today.start.toISOString()).toBe("2026-03-09T23:00:00.000Z");
    expect(detail.today.releasedUnits).toBe(10);
    expect(detail.today.loadRatio).toBeCloseTo(0.25);
    expect(detail.openingHours.mon).toEqual([["09:00", "19:00"]]);
    expect(detail.openingHours.sun).toEqual([]);
    expect(detail.city).toBe("Paris");
    expect(detail.version).toBe(1);
  });

  it("reports an unknown code as not found", async () => {
    await expect(getNode(t.db, null, { code: "NOPE" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
