// Every admin server action asks the real permission table: only an administrator gets through.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/auth";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { actorFor, buildNode, buildUser, WEEKDAY_HOURS } from "@/lib/nodes/testing";

const session = vi.hoisted(() => ({ actor: null as UserActor | null }));

vi.mock("@/lib/auth/session", async () => {
  const { can } = await import("@/lib/auth/client");
  const { ForbiddenError, UnauthenticatedError } = await import("@/lib/errors");
  const requireActor = async (action: Parameters<typeof can>[1]) => {
    if (!session.actor) throw new UnauthenticatedError();
    if (!can(session.actor.role, action)) throw new ForbiddenError();
    return session.actor;
  };
  return { currentActor: async () => session.actor, requireActor, requirePageActor: requireActor };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { updateNodeAction } = await import("./nodes/actions");
const { createUserAction, changeUserAccessAction, setUserActiveAction } = await import("./users/actions");
const { createRuleDraftAction, updateRuleDraftAction, publishRuleSetAction, rollbackRuleSetAction } = await import("./rules/actions");
const { DEFAULT_RULES } = await import("@/lib/rules");

let t: TestDb;
const actors = {} as Record<"AGENT" | "STORE_ASSOCIATE" | "SUPPLY_CHAIN" | "ADMIN", UserActor>;
let storeCode: string;
let storeId: string;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  const store = await buildNode(t.db, { code: "ST-PAR-01" });
  storeCode = store.code;
  storeId = store.id;
  for (const role of ["AGENT", "SUPPLY_CHAIN", "ADMIN"] as const) actors[role] = actorFor(await buildUser(t.db, { role }));
  actors.STORE_ASSOCIATE = actorFor(await buildUser(t.db, { role: "STORE_ASSOCIATE", storeId }));
});
afterAll(async () => {
  await t.close();
});

/** The action answers a wrong role with a typed FORBIDDEN result: it never throws the refusal. */
async function expectForbidden(call: () => Promise<unknown>) {
  const outcome = await call().then(
    (r) => ({ returned: r }),
    (e: unknown) => ({ thrown: e }),
  );
  expect(outcome).toEqual({ returned: { ok: false, error: expect.objectContaining({ code: "FORBIDDEN" }) } });
}

const NON_ADMINS = ["AGENT", "STORE_ASSOCIATE", "SUPPLY_CHAIN"] as const;

describe("admin server actions refuse every role but ADMIN", () => {
  it("updateNodeAction", async () => {
    const input = () => ({
      code: storeCode,
      version: 1,
      name: "Paris Rivoli",
      canShip: false,
      canPickup: true,
      canShipFromStore: true,
      canReturn: true,
      dailyCapacity: 80,
      openingHours: JSON.parse(JSON.stringify(WEEKDAY_HOURS)),
      active: true,
    });
    for (const role of NON_ADMINS) {
      session.actor = actors[role];
      await expectForbidden(() => updateNodeAction(input()));
    }
    expect((await t.db.node.findUniqueOrThrow({ where: { code: storeCode } })).version).toBe(1);
    session.actor = actors.ADMIN;
    expect(await updateNodeAction(input())).toEqual({ ok: true, data: { code: storeCode, version: 2 } });
  });

  it("updateNodeAction returns field errors and conflicts as results", async () => {
    session.actor = actors.ADMIN;
    const stale = await updateNodeAction({ code: storeCode, version: 1, name: "x", canShip: false, canPickup: true, canShipFromStore: true, canReturn: true, dailyCapacity: 1, openingHours: JSON.parse(JSON.stringify(WEEKDAY_HOURS)), active: true });
    expect(stale).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    const invalid = await updateNodeAction({ code: storeCode, version: 2, name: "x", canShip: false, canPickup: true, canShipFromStore: true, canReturn: true, dailyCapacity: -3, openingHours: JSON.parse(JSON.stringify(WEEKDAY_HOURS)), active: true });
    expect(invalid).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED" } });
    // A negative capacity is too small, not "not a whole number".
    expect(invalid.ok ? null : invalid.error.fields).toEqual({ dailyCapacity: { code: "TOO_SMALL", params: { minimum: 0 } } });
  });

  it("answers a visitor without a session with a typed UNAUTHENTICATED result", async () => {
    session.actor = null;
    expect(await updateNodeAction({ code: storeCode })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await createUserAction({})).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await createRuleDraftAction({ kind: "HOLDS" })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });

  it("createUserAction, changeUserAccessAction, setUserActiveAction", async () => {
    const newUser = (n: string) => ({ name: "New", email: `new-${n}@oms.test`, role: "AGENT", storeId: "", password: "long enough pw" });
    const target = await buildUser(t.db, { role: "AGENT" });
    for (const role of NON_ADMINS) {
      session.actor = actors[role];
      await expectForbidden(() => createUserAction(newUser(role)));
      await expectForbidden(() => changeUserAccessAction({ userId: target.id, version: 1, role: "ADMIN" }));
      await expectForbidden(() => setUserActiveAction({ userId: target.id, version: 1, active: false }));
    }
    expect(await t.db.user.count({ where: { email: { startsWith: "new-" } } })).toBe(0);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "AGENT", active: true, version: 1 });

    session.actor = actors.ADMIN;
    expect(await createUserAction(newUser("admin"))).toMatchObject({ ok: true });
    expect(await changeUserAccessAction({ userId: target.id, version: 1, role: "STORE_ASSOCIATE", storeId })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await setUserActiveAction({ userId: target.id, version: 2, active: false })).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await setUserActiveAction({ userId: actors.ADMIN.id, version: 1, active: false })).toMatchObject({ ok: false, error: { code: "SELF_DEACTIVATION" } });
  });

  it("createRuleDraftAction, updateRuleDraftAction, publishRuleSetAction", async () => {
    for (const role of NON_ADMINS) {
      session.actor = actors[role];
      await expectForbidden(() => createRuleDraftAction({ kind: "HOLDS" }));
    }
    expect(await t.db.ruleSet.count()).toBe(0);

    session.actor = actors.ADMIN;
    const created = await createRuleDraftAction({ kind: "HOLDS" });
    if (!created.ok) throw new Error(created.error.message);
    const id = created.data.id;

    for (const role of NON_ADMINS) {
      session.actor = actors[role];
      await expectForbidden(() => updateRuleDraftAction({ id, lockVersion: 1, name: "x", definition: DEFAULT_RULES.HOLDS }));
      await expectForbidden(() => publishRuleSetAction({ id, lockVersion: 1 }));
    }
    expect(await t.db.ruleSet.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", lockVersion: 1 });

    session.actor = actors.ADMIN;
    expect(await updateRuleDraftAction({ id, lockVersion: 1, name: "Holds v1", definition: DEFAULT_RULES.HOLDS })).toMatchObject({ ok: true, data: { lockVersion: 2 } });
    expect(await publishRuleSetAction({ id, lockVersion: 2 })).toEqual({ ok: true, data: { id, version: 1 } });
  });

  it("rollbackRuleSetAction", async () => {
    session.actor = actors.ADMIN;
    const v2 = await createRuleDraftAction({ kind: "HOLDS" });
    if (!v2.ok) throw new Error(v2.error.message);
    expect(await publishRuleSetAction({ id: v2.data.id, lockVersion: 1, note: "Second version" })).toMatchObject({ ok: true });
    const v1 = await t.db.ruleSet.findFirstOrThrow({ where: { kind: "HOLDS", version: 1 } });
    for (const role of NON_ADMINS) {
      session.actor = actors[role];
      await expectForbidden(() => rollbackRuleSetAction({ id: v1.id, reason: "Back to the first" }));
    }
    expect(await t.db.ruleSet.count({ where: { kind: "HOLDS" } })).toBe(2);
    session.actor = actors.ADMIN;
    expect(await rollbackRuleSetAction({ id: v1.id, reason: "" })).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { reason: expect.anything() } } });
    expect(await rollbackRuleSetAction({ id: v1.id, reason: "Back to the first" })).toEqual({ ok: true, data: { id: expect.any(String), version: 3, rollbackOf: 1 } });
  });
});
