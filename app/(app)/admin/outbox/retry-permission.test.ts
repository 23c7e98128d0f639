// Retrying a message re-sends it to a customer or a channel system: that needs its own permission
// ("outbox.retry"), not the right to look at the outbox. Checked with a table in which a role may
// view the outbox but not retry, so the test says which permission the action and command ask for.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { can, type Action, type UserActor } from "@/lib/auth";
import { setDb, withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError } from "@/lib/errors";
import { buildOutboxMessage } from "@/lib/notifications/testing";

vi.mock("@/lib/auth/permissions", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/permissions")>();
  // Supply chain may watch deliveries here, as a future table might allow, without the right to retry.
  const PERMISSIONS: Record<string, readonly string[]> = { ...real.PERMISSIONS, "outbox.view": ["ADMIN", "SUPPLY_CHAIN"] };
  return { ...real, PERMISSIONS, can: (role: string, action: Action) => PERMISSIONS[action].includes(role) };
});

let current: UserActor;
// Only the session is faked: requireActor returns the test's actor and asks the (altered) table.
vi.mock("@/lib/auth/session", () => ({
  requireActor: async (action: Action) => {
    if (!can(current.role, action)) throw new ForbiddenError();
    return current;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { retryOutboxMessageAction } = await import("./actions");
const { retryOutboxMessage } = await import("@/lib/notifications");

const actor = (role: UserActor["role"]): UserActor => ({ kind: "user", id: `u-${role}`, name: `The ${role}`, email: `${role}@test`, role, storeId: null, storeCode: null });

describe("retrying an outbox message needs outbox.retry", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    setDb(t.db, async () => {});
  });
  afterAll(async () => {
    await t?.close();
  });

  it("refuses a role that may view the outbox but not retry, in the action and in the command, and nothing changes", async () => {
    expect(can("SUPPLY_CHAIN", "outbox.view")).toBe(true);
    const msg = await buildOutboxMessage(t.db, { status: "FAILED", attempts: 5, lastError: "boom" });
    current = actor("SUPPLY_CHAIN");
    expect(await retryOutboxMessageAction({ id: msg.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await expect(withTx((tx) => retryOutboxMessage(tx, actor("SUPPLY_CHAIN"), { id: msg.id }))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } })).toMatchObject({ status: "FAILED", attempts: 5 });
  });

  it("lets a role with outbox.retry (admin) retry", async () => {
    const msg = await buildOutboxMessage(t.db, { status: "FAILED", attempts: 5, lastError: "boom" });
    current = actor("ADMIN");
    expect(await retryOutboxMessageAction({ id: msg.id })).toEqual({ ok: true, data: { id: msg.id } });
  });
});
