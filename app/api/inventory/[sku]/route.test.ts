// One SKU's live drill-down route: positions and stock history for the roles that may view stock
// (a store associate: their own store only); an agent is refused (403), an unknown SKU is 404.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildNode, buildPosition, buildSku } from "@/lib/fulfillment/testing/builders";
import type { SkuHistory, SkuInventory } from "@/lib/inventory";
import { GET } from "./route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  const store = await buildNode(t.db, { code: "ST-A" });
  const dc = await buildNode(t.db, { code: "DC-1", type: "DC" });
  const sku = await buildSku(t.db, { code: "MUG" });
  await buildPosition(t.db, dc.id, sku.id, { onHand: 12 });
  await buildPosition(t.db, store.id, sku.id, { onHand: 3 });
  await createRoleUsers(t.db, { storeId: store.id });
});
afterAll(() => t.close());

const as = (id: string | null) => {
  session.userId = id;
};
const get = (sku: string, query = "") => GET(new Request(`http://test/api/inventory/${sku}${query}`), { params: Promise.resolve({ sku }) });
type Body = { inventory: SkuInventory; history: SkuHistory };

describe("GET /api/inventory/[sku]", () => {
  it("answers a supply-chain manager with every node's position and today's stock history", async () => {
    as(TEST_USERS.SUPPLY_CHAIN.id);
    const res = await get("MUG");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(body.inventory.positions.map((p) => [p.node.code, p.onHand])).toEqual([
      ["DC-1", 12],
      ["ST-A", 3],
    ]);
    expect(body.history.series).toHaveLength(90);
    expect(body.history.series.at(-1)).toMatchObject({ onHand: 15, reserved: 0, inTransit: 0 });
    expect(body.history.movements.map((m) => [m.node.code, m.kind, m.qty])).toEqual(expect.arrayContaining([["DC-1", "OPENING", 12], ["ST-A", "OPENING", 3]]));
    const dcOnly = (await (await get("MUG", "?node=DC-1")).json()) as Body;
    expect(dcOnly.history.series.at(-1)?.onHand).toBe(12);
  });

  it("keeps a store associate to their store and refuses another node", async () => {
    as(TEST_USERS.STORE_ASSOCIATE.id);
    const body = (await (await get("MUG")).json()) as Body;
    expect(body.inventory.positions.map((p) => p.node.code)).toEqual(["ST-A"]);
    expect(body.history).toMatchObject({ node: "ST-A" });
    expect((await get("MUG", "?node=DC-1")).status).toBe(403);
  });

  it("refuses a call-centre agent (403), asks a visitor to sign in (401), and answers 404 and 422", async () => {
    as(TEST_USERS.AGENT.id);
    expect((await get("MUG")).status).toBe(403);
    as(null);
    expect((await get("MUG")).status).toBe(401);
    as(TEST_USERS.ADMIN.id);
    expect((await get("NOPE")).status).toBe(404);
    expect((await get("MUG", "?cursor=bogus")).status).toBe(422);
  });
});
