// The inventory CSV export: every position matching the screen's filters (not just a page), with
// its figures, streamed as a CSV attachment; a store associate gets their own store only and is
// refused another; roles without inventory.view are refused (403), visitors asked to sign in (401).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { parseCsv } from "@/lib/csv";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildWorld } from "@/lib/orders/testing";
import { GET } from "./route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-LYS|LAMP": 10, "DC-PAR|LAMP": 0, "ST-PAR-01|TSHIRT-M": 5, "ST-PAR-01|LAMP": 2, "ST-LYO-01|JEANS-32": 3 } });
  await createRoleUsers(t.db, { storeId: "node-ST-PAR-01" });
});
afterAll(() => t.close());

const as = (who: keyof typeof TEST_USERS | null) => {
  session.userId = who ? TEST_USERS[who].id : null;
};
const get = (query = "") => GET(new Request(`http://test/api/inventory/export${query}`), undefined);
const rows = async (res: Response) => parseCsv(await res.text()).map((r) => r.fields);

describe("GET /api/inventory/export", () => {
  it("streams every matching position with its figures as a CSV attachment, whatever the page size", async () => {
    as("SUPPLY_CHAIN");
    const res = await get("?pageSize=1&page=2");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="inventory-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...body] = await rows(res);
    expect(header).toEqual(["sku", "sku_name", "category", "node", "node_name", "node_type", "region", "on_hand", "reserved", "safety_stock", "atp", "in_transit", "next_eta", "on_demand", "daily_demand", "days_of_cover", "status"]);
    const positions = await t.db.inventoryPosition.count();
    expect(body).toHaveLength(positions);
    const lamp = body.find((r) => r[0] === "LAMP" && r[3] === "DC-LYS");
    expect(lamp).toEqual(["LAMP", "Desk lamp", "CAT", "DC-LYS", "Lyon DC", "DC", "FR", "10", "0", "0", "10", "0", "", "0", "0", "", "OK"]);
  });

  it("follows the filters", async () => {
    as("ADMIN");
    const body = (await rows(await get("?q=lamp&nodeType=STORE&atpMin=1"))).slice(1);
    expect(body.map((r) => `${r[0]}@${r[3]}`)).toEqual(["LAMP@ST-PAR-01"]);
    const none = await rows(await get("?q=nothing-like-this"));
    expect(none).toHaveLength(1);
  });

  it("gives a store associate their own store only, and refuses another store", async () => {
    as("STORE_ASSOCIATE");
    const body = (await rows(await get())).slice(1);
    expect(new Set(body.map((r) => r[3]))).toEqual(new Set(["ST-PAR-01"]));
    expect((await get("?node=ST-LYO-01")).status).toBe(403);
  });

  it("refuses a call-centre agent (403), asks a visitor to sign in (401), and answers 422 for a bad filter", async () => {
    as("AGENT");
    expect((await get()).status).toBe(403);
    as(null);
    expect((await get()).status).toBe(401);
    as("SUPPLY_CHAIN");
    const bad = await get("?problem=lost");
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields.problem).toBeTruthy();
  });
});
