// The API keys actions ask the permission table: only an admin creates or revokes a key.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { can, type Action, type UserActor } from "@/lib/auth";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError } from "@/lib/errors";

// Only the session is faked: requireActor returns the test's actor and still asks the real
// permission table.
let current: UserActor;
vi.mock("@/lib/auth/session", () => ({
  requireActor: async (action: Action) => {
    if (!can(current.role, action)) throw new ForbiddenError();
    return current;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createApiKeyAction, revokeApiKeyAction } = await import("./actions");

const actor = (role: UserActor["role"]): UserActor => ({ kind: "user", id: `u-${role}`, name: `The ${role}`, email: `${role}@test`, role, storeId: null, storeCode: null });
const OTHERS = ["AGENT", "STORE_ASSOCIATE", "SUPPLY_CHAIN"] as const;

describe("API keys actions", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    setDb(t.db, async () => {});
  });
  beforeEach(() => {
    current = actor("ADMIN");
  });
  afterAll(async () => {
    await t?.close();
  });

  it("refuses to create a key for every role but admin, and creates nothing", async () => {
    for (const role of OTHERS) {
      current = actor(role);
      expect(await createApiKeyAction({ name: "Web", scope: "CHANNEL", channel: "WEB" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    expect(await t.db.apiKey.count()).toBe(0);
  });

  it("lets an admin create a key, answered with its secret once, and revoke it; other roles cannot revoke", async () => {
    const created = await createApiKeyAction({ name: "Web", scope: "CHANNEL", channel: "WEB", nodeIds: [] });
    if (!created.ok) throw new Error(created.error.code);
    expect(created.data.key).toMatch(/^oms_ch_/);
    for (const role of OTHERS) {
      current = actor(role);
      expect(await revokeApiKeyAction({ id: created.data.id, reason: "Not yours" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    expect((await t.db.apiKey.findUniqueOrThrow({ where: { id: created.data.id } })).revokedAt).toBeNull();
    current = actor("ADMIN");
    expect(await revokeApiKeyAction({ id: created.data.id, reason: "Rotated" })).toMatchObject({ ok: true, data: { id: created.data.id } });
    expect(await t.db.apiKey.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ revokedById: "u-ADMIN" });
  });

  it("answers refused input field by field", async () => {
    expect(await createApiKeyAction({ name: "WMS", scope: "FULFILLMENT", nodeIds: [] })).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { nodeIds: { code: "API_KEY_NODES_REQUIRED" } } } });
    expect(await createApiKeyAction({ name: "Web", scope: "CHANNEL", channel: "" })).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { channel: { code: "API_KEY_CHANNEL_REQUIRED" } } } });
    expect(await revokeApiKeyAction({ id: "x" })).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { reason: { code: "REQUIRED" } } } });
  });
});
