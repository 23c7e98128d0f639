// The alerts' internal JSON route: a supply-chain manager or an administrator reads every alert
// kind as it stands now (an order placed a moment ago shows on the next request); store associates
// and call-centre agents are refused (403), a visitor without a session is asked to sign in (401).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "@/lib/orders/testing";
import { captureOrder, captureOrderSchema, type CaptureOrderInput } from "@/lib/orders";
import type { Alerts } from "@/lib/analytics";
import { GET } from "./route";

let t: TestDb;

async function place(lines: CaptureOrderInput["lines"]): Promise<void> {
  await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines }), { db: t.db });
}

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  // T-shirts only at the Paris store, which may release 2 units a day; no TV anywhere.
  await buildWorld(t.db, { stock: { "ST-PAR-01|TSHIRT-M": 5 }, capacity: { "ST-PAR-01": 2 } });
  await createRoleUsers(t.db, { storeId: "node-ST-PAR-01" });
  await place([{ sku: "TV-55", qty: 1, mode: "SHIP" }]);
  await place([{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }]);
});
afterAll(() => t.close());

const as = (id: string | null) => {
  session.userId = id;
};
const get = () => GET(new Request("http://test/api/alerts"), undefined);

describe("GET /api/alerts", () => {
  it("answers a supply-chain manager with every alert kind, live", async () => {
    as(TEST_USERS.SUPPLY_CHAIN.id);
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const body = (await res.json()) as Alerts;
    expect(body.stockedOut.items).toEqual([expect.objectContaining({ skuCode: "TV-55", demand: 1, waitingLines: 1 })]);
    expect(body.overCapacity.total).toBe(0);

    // A second T-shirt released to the store today fills its capacity of 2: the next poll shows it.
    await place([{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }]);
    const after = (await (await get()).json()) as Alerts;
    expect(after.overCapacity.items).toEqual([expect.objectContaining({ nodeCode: "ST-PAR-01", releasedUnits: 2, dailyCapacity: 2, percent: 100 })]);
  });

  it("answers an administrator too", async () => {
    as(TEST_USERS.ADMIN.id);
    expect((await get()).status).toBe(200);
  });

  it("refuses a store associate and a call-centre agent (403), and asks a visitor to sign in (401)", async () => {
    as(TEST_USERS.STORE_ASSOCIATE.id);
    const refused = await get();
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("FORBIDDEN");
    as(TEST_USERS.AGENT.id);
    expect((await get()).status).toBe(403);
    as(null);
    expect((await get()).status).toBe(401);
  });
});
