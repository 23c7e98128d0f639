// Product search for the new-order form: only people who take orders may use it, a blank query is
// a 422, and matches come with the units the network can promise now.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildWorld } from "@/lib/orders/testing";
import { GET } from "./route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|LAMP": 10, "ST-PAR-01|LAMP": 3, "DC-LYS|JEANS-32": 4 }, safetyStock: { "ST-PAR-01|LAMP": 1 } });
  await t.db.inventoryPosition.updateMany({ where: { node: { code: "DC-PAR" }, sku: { code: "LAMP" } }, data: { reserved: 4 } });
  await createRoleUsers(t.db);
});
afterAll(() => t.close());

const as = (role: keyof typeof TEST_USERS | null) => {
  session.userId = role ? TEST_USERS[role].id : null;
};
const search = (qs: string) => GET(new Request(`http://test/api/catalog/search${qs}`), undefined);

describe("GET /api/catalog/search", () => {
  it("refuses a store associate and a supply-chain manager (403), and a visitor (401)", async () => {
    as("STORE_ASSOCIATE");
    expect((await search("?q=lamp")).status).toBe(403);
    as("SUPPLY_CHAIN");
    expect((await search("?q=lamp")).status).toBe(403);
    as(null);
    expect((await search("?q=lamp")).status).toBe(401);
  });

  it("answers 422 for a blank query or a silly limit", async () => {
    as("AGENT");
    const res = await search("?q=%20");
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields.q).toBeTruthy();
    expect((await search("?q=lamp&limit=500")).status).toBe(422);
  });

  it("finds SKUs by name or code, case-insensitively, with network ATP (on hand - reserved - safety)", async () => {
    as("AGENT");
    const byName = await (await search("?q=desk")).json();
    expect(byName.items).toEqual([expect.objectContaining({ sku: "LAMP", name: "Desk lamp", priceMinor: 3499, currency: "EUR", networkAtp: 6 + 2 })]);
    const byCode = await (await search("?q=jeans")).json();
    expect(byCode.items).toEqual([expect.objectContaining({ sku: "JEANS-32", networkAtp: 4 })]);
  });

  it("lists an exact code first and says nothing is found with an empty list", async () => {
    as("ADMIN");
    await t.db.sku.create({ data: { code: "LAMP-SHADE", name: "Lamp shade", productId: "prod", priceMinor: 999, weightGrams: 100 } });
    const body = await (await search("?q=LAMP")).json();
    expect(body.items.map((i: { sku: string }) => i.sku)).toEqual(["LAMP", "LAMP-SHADE"]);
    expect((await (await search("?q=zzz")).json()).items).toEqual([]);
  });
});
