// The inbound supply CSV export: every shipment matching the list's filters, across the list's
// pages, as a CSV attachment; a store associate's file holds only their store's shipments; roles
// without inventory.view are refused (403), visitors asked to sign in (401).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { parseCsv } from "@/lib/csv";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildInbound } from "@/lib/fulfillment/testing/builders";
import { buildWorld } from "@/lib/orders/testing";
import { GET } from "./route";

let t: TestDb;
const ETA = new Date("2030-01-01T10:00:00Z");

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-LYS|LAMP": 10 } });
  await createRoleUsers(t.db, { storeId: "node-ST-PAR-01" });
  // More purchase orders to the Lyon DC than one page of the list holds (200), and one transfer to Paris Rivoli.
  for (let i = 0; i < 205; i++) await buildInbound(t.db, "node-DC-LYS", [{ skuId: "sku-LAMP", qty: 2 }], { eta: new Date(ETA.getTime() + i * 60_000) });
  await buildInbound(t.db, "node-ST-PAR-01", [{ skuId: "sku-LAMP", qty: 3, receivedQty: 1 }], { eta: ETA, type: "TRANSFER", fromNodeId: "node-DC-LYS" });
}, 120_000);
afterAll(() => t.close());

const as = (who: keyof typeof TEST_USERS | null) => {
  session.userId = who ? TEST_USERS[who].id : null;
};
const get = (query = "") => GET(new Request(`http://test/api/inbound/export${query}`), undefined);
const rows = async (res: Response) => parseCsv(await res.text()).map((r) => r.fields);

describe("GET /api/inbound/export", () => {
  it("streams every matching shipment across the list's pages as a CSV attachment", async () => {
    as("SUPPLY_CHAIN");
    const res = await get("?status=OPEN");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="inbound-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...body] = await rows(res);
    expect(header).toEqual(["reference", "type", "status", "supplier", "from_node", "to_node", "eta", "shipped_at", "received_at", "lines", "units", "received_units", "late", "days_late"]);
    expect(body).toHaveLength(206);
    expect(new Set(body.map((r) => r[0])).size).toBe(206);
    const transfer = body.find((r) => r[1] === "TRANSFER")!;
    expect(transfer.slice(1, 7)).toEqual(["TRANSFER", "IN_TRANSIT", "", "DC-LYS", "ST-PAR-01", ETA.toISOString()]);
    expect(transfer.slice(9)).toEqual(["1", "3", "1", "false", "0"]);
  });

  it("follows the filters and a store associate's scope", async () => {
    as("ADMIN");
    expect((await rows(await get("?type=TRANSFER"))).slice(1).map((r) => r[5])).toEqual(["ST-PAR-01"]);
    as("STORE_ASSOCIATE");
    expect((await rows(await get())).slice(1).map((r) => r[5])).toEqual(["ST-PAR-01"]);
    expect((await get("?node=ST-LYO-01")).status).toBe(403);
  });

  it("refuses a call-centre agent (403) and asks a visitor to sign in (401)", async () => {
    as("AGENT");
    expect((await get()).status).toBe(403);
    as(null);
    expect((await get()).status).toBe(401);
  });
});
