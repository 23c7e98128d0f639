// GET /api/v1/nodes: the active network for a channel's store locator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { apiRequest, createTestApiKeys, TEST_KEYS } from "@/lib/api/testing";
import { buildWorld } from "@/lib/orders/testing";
import { GET } from "./route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db);
  await t.db.node.update({ where: { code: "ST-PAR-02" }, data: { active: false } });
  await createTestApiKeys(t.db);
});
afterAll(async () => {
  await t?.close();
});

const get = (query = "", key?: string | null) => GET(apiRequest(`/api/v1/nodes${query}`, { key }), undefined);

describe("GET /api/v1/nodes", () => {
  it("lists active DCs then stores with capabilities and coordinates", async () => {
    const res = await get();
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items.map((n: { code: string }) => n.code)).toEqual(["DC-LYS", "DC-PAR", "ST-LYO-01", "ST-PAR-01"]);
    expect(items.find((n: { code: string }) => n.code === "ST-PAR-01")).toMatchObject({
      code: "ST-PAR-01",
      type: "STORE",
      name: "Paris Rivoli",
      canShip: true,
      canPickup: true,
      lat: 48.86,
      lng: 2.347,
      city: "Paris",
      address: { line1: "1 rue Test", city: "Paris", postalCode: "75001", country: "FR" },
      timeZone: "Europe/Paris",
      openingHours: expect.objectContaining({ mon: [["08:00", "20:00"]] }),
    });
    expect(items.find((n: { code: string }) => n.code === "DC-PAR")).toMatchObject({ type: "DC", canPickup: false });
  });

  it("filters by type", async () => {
    const { items } = await (await get("?type=STORE", TEST_KEYS.MOBILE)).json();
    expect(items.every((n: { type: string }) => n.type === "STORE")).toBe(true);
    expect(items).toHaveLength(2);
  });

  it("refuses an unknown type with 422 and a missing key with 401", async () => {
    const bad = await get("?type=WAREHOUSE");
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toHaveProperty("type");
    const anon = await get("", null);
    expect(anon.status).toBe(401);
    expect((await anon.json()).error.code).toBe("UNAUTHENTICATED");
  });
});
