import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { can, type Action, type UserActor } from "@/lib/auth";
import { ForbiddenError } from "@/lib/errors";
import { buildFulfillmentOrder, buildNode, buildOrder, buildSku } from "@/lib/fulfillment/testing/builders";

// The session is the only thing faked: requireActor returns the actor a test chooses, and still
// asks the real permission table.
let current: UserActor;
vi.mock("@/lib/auth/session", () => ({
  requireActor: async (action: Action) => {
    if (!can(current.role, action)) throw new ForbiddenError();
    return current;
  },
}));

const { GET } = await import("./route");

const actor = (role: UserActor["role"], storeId: string | null = null, storeCode: string | null = null): UserActor => ({
  kind: "user",
  id: `u-${role}`,
  name: role,
  email: `${role}@test`,
  role,
  storeId,
  storeCode,
});

describe("GET /api/store/queue", () => {
  let t: TestDb;
  let paris: { id: string; code: string };
  let lyon: { id: string; code: string };

  beforeAll(async () => {
    t = await createTestDb();
    setDb(t.db, async () => {});
    paris = await buildNode(t.db, { code: "ST-PAR-01" });
    lyon = await buildNode(t.db, { code: "ST-LYS-01" });
    const sku = await buildSku(t.db);
    const order = await buildOrder(t.db, { lines: [{ skuId: sku.id, qty: 1 }] });
    await buildFulfillmentOrder(t.db, order, { nodeId: paris.id, status: "RELEASED" });
  });
  beforeEach(() => {
    current = actor("STORE_ASSOCIATE", paris.id, paris.code);
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (query = "") => GET(new Request(`http://localhost/api/store/queue${query}`), undefined);

  it("answers a store associate with their own store's queue", async () => {
    const res = await get();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.store.code).toBe("ST-PAR-01");
    expect(body.counts.toPick).toBe(1);
    expect(body.sections.toPick[0].lines).toHaveLength(1);
    expect((await get("?store=ST-PAR-01")).status).toBe(200);
  });

  it("answers 403 for another store's code", async () => {
    const res = await get(`?store=${lyon.code}`);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("OTHER_STORE");
  });

  it("answers 403 for a role without store.queue.view", async () => {
    current = actor("AGENT");
    expect((await get()).status).toBe(403);
    current = actor("SUPPLY_CHAIN");
    expect((await get()).status).toBe(403);
  });

  it("lets an admin choose a store and rejects a malformed code with 422", async () => {
    current = actor("ADMIN");
    const res = await get(`?store=${lyon.code}`);
    expect(res.status).toBe(200);
    expect((await res.json()).store.code).toBe("ST-LYS-01");
    expect((await get("?store=bad%20code!")).status).toBe(422);
  });
});
