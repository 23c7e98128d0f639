// The network overview's internal JSON route: a supply-chain manager or an admin reads the live
// figures; store associates and call-centre agents are refused (403), a visitor is asked to sign in (401).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildNode, buildPosition, buildSku } from "@/lib/fulfillment/testing/builders";
import type { NetworkOverview } from "@/lib/inventory";
import { GET } from "./route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  const store = await buildNode(t.db, { code: "ST-A" });
  const dc = await buildNode(t.db, { code: "DC-1", type: "DC" });
  const sku = await buildSku(t.db, { code: "MUG", priceMinor: 450 });
  await buildPosition(t.db, dc.id, sku.id, { onHand: 12 });
  await buildPosition(t.db, store.id, sku.id, { onHand: 0, safetyStock: 2 });
  await createRoleUsers(t.db, { storeId: store.id });
});
afterAll(() => t.close());

const as = (id: string | null) => {
  session.userId = id;
};
const get = () => GET(new Request("http://test/api/overview"), undefined);

describe("GET /api/overview", () => {
  it("answers a supply-chain manager and an admin with the network's live figures, never cached", async () => {
    for (const user of [TEST_USERS.SUPPLY_CHAIN, TEST_USERS.ADMIN]) {
      as(user.id);
      const res = await get();
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const body = (await res.json()) as NetworkOverview;
      expect(body.totals).toMatchObject({ nodes: 2, positions: 2, units: 12, valueMinor: 5_400, outOfStock: 1, belowSafety: 1 });
      expect(Date.now() - Date.parse(body.generatedAt)).toBeLessThan(60_000);
    }
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
