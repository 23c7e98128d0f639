import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { can, type Action, type UserActor } from "@/lib/auth";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError } from "@/lib/errors";
import { buildOutboxMessage } from "@/lib/notifications/testing";

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

const { retryOutboxMessageAction } = await import("./actions");

const actor = (role: UserActor["role"]): UserActor => ({ kind: "user", id: `u-${role}`, name: `The ${role}`, email: `${role}@test`, role, storeId: null, storeCode: null });

describe("retryOutboxMessageAction", () => {
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

  it("refuses every role but admin, and changes nothing", async () => {
    const msg = await buildOutboxMessage(t.db, { status: "FAILED", attempts: 5, lastError: "boom" });
    for (const role of ["AGENT", "STORE_ASSOCIATE", "SUPPLY_CHAIN"] as const) {
      current = actor(role);
      expect(await retryOutboxMessageAction({ id: msg.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: "You are not allowed to do this." } });
    }
    expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } })).toMatchObject({ status: "FAILED", attempts: 5 });
  });

  it("lets an admin put a failed message back in the queue", async () => {
    const msg = await buildOutboxMessage(t.db, { status: "FAILED", attempts: 5, lastError: "boom" });
    expect(await retryOutboxMessageAction({ id: msg.id })).toEqual({ ok: true, data: { id: msg.id } });
    expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } })).toMatchObject({ status: "PENDING", attempts: 0, lastError: null });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityType: "OutboxMessage", entityId: msg.id } });
    expect(audit).toMatchObject({ action: "outbox.retry", actorType: "USER", actorId: "u-ADMIN", actorName: "The ADMIN" });
  });

  it("answers a bad input with field errors", async () => {
    expect(await retryOutboxMessageAction({})).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { id: { code: "REQUIRED" } } } });
  });
});
