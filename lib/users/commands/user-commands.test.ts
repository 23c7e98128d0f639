// Creating users, changing their role and store, deactivating and reactivating them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx } from "@/lib/db";
import { ConflictError, NotFoundError, RuleViolation, ValidationError } from "@/lib/errors";
import { actorFor, buildNode, buildUser } from "@/lib/nodes/testing";
import { createUser, type CreateUserInput } from "./create-user";
import { changeUserAccess } from "./change-user-access";
import { setUserActive } from "./set-user-active";

let t: TestDb;
let admin: ReturnType<typeof actorFor>;
let storeId: string;
let dcId: string;
beforeAll(async () => {
  t = await createTestDb();
  admin = actorFor(await buildUser(t.db, { role: "ADMIN", name: "Ada Admin" }));
  storeId = (await buildNode(t.db, { code: "ST-PAR-01" })).id;
  dcId = (await buildNode(t.db, { code: "DC-LYS", type: "DC" })).id;
});
afterAll(async () => {
  await t.close();
});

const tx = <T,>(fn: Parameters<typeof withTx<T>>[0]) => withTx(fn, { db: t.db });
const fieldsOf = (e: unknown) => Object.keys((e as ValidationError).fields ?? {});

describe("createUser", () => {
  const valid: CreateUserInput = { name: "Sam Store", email: "Sam@Oms.Test", role: "STORE_ASSOCIATE", storeId: "", password: "correct horse" };

  it("creates the user with a hashed password and audits it without the password", async () => {
    const { id } = await tx((x) => createUser(x, admin, { ...valid, storeId }));
    const user = await t.db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ name: "Sam Store", email: "sam@oms.test", role: "STORE_ASSOCIATE", storeId, active: true, version: 1 });
    expect(user.passwordHash).not.toContain("correct horse");
    expect(await verifyPassword("correct horse", user.passwordHash)).toBe(true);

    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: id } });
    expect(audit).toMatchObject({ action: "user.create", actorId: admin.id, actorName: "Ada Admin", before: null });
    expect(audit.after).toMatchObject({ email: "sam@oms.test", role: "STORE_ASSOCIATE", storeId });
    const serialized = JSON.stringify(audit);
    expect(serialized).not.toContain("correct horse");
    expect(serialized).not.toContain(user.passwordHash);
    expect(serialized).not.toMatch(/password/i);
  });

  const refusals: Array<[string, Partial<CreateUserInput>, string]> = [
    ["a short password", { password: "123456789" }, "password"],
    ["a malformed e-mail", { email: "not-an-email" }, "email"],
    ["an empty name", { name: " " }, "name"],
    ["a store associate without a store", { storeId: "" }, "storeId"],
    ["a store for another role", { role: "AGENT", storeId: "__store__" }, "storeId"],
    ["an unknown role", { role: "OWNER" as never }, "role"],
    ["a DC as the associate's store", { storeId: "__dc__" }, "storeId"],
    ["an unknown store", { storeId: "no-such-node" }, "storeId"],
  ];
  for (const [what, over, field] of refusals) {
    it(`refuses ${what} (error on ${field}) and creates nothing`, async () => {
      const before = await t.db.user.count();
      const audits = await t.db.auditEvent.count();
      const storeValue = over.storeId === "__store__" ? storeId : over.storeId === "__dc__" ? dcId : over.storeId;
      const input = { ...valid, email: `new-${field}-${before}@oms.test`, storeId, ...over, ...(over.storeId !== undefined ? { storeId: storeValue } : {}) };
      const error = await tx((x) => createUser(x, admin, input)).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(fieldsOf(error)).toContain(field);
      expect(await t.db.user.count()).toBe(before);
      expect(await t.db.auditEvent.count()).toBe(audits);
    });
  }

  it("refuses an e-mail that is already used, whatever its case", async () => {
    await buildUser(t.db, { email: "taken@oms.test" });
    const before = await t.db.user.count();
    const error = await tx((x) => createUser(x, admin, { ...valid, role: "AGENT", storeId: null, email: "TAKEN@oms.test" })).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ email: { code: "EMAIL_TAKEN" } });
    expect(await t.db.user.count()).toBe(before);
  });
});

describe("changeUserAccess", () => {
  it("moves an agent to a store, bumps the version and audits before/after", async () => {
    const user = await buildUser(t.db, { role: "AGENT" });
    const result = await tx((x) => changeUserAccess(x, admin, { userId: user.id, version: 1, role: "STORE_ASSOCIATE", storeId }));
    expect(result.version).toBe(2);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "STORE_ASSOCIATE", storeId, version: 2 });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: user.id } });
    expect(audit).toMatchObject({ action: "user.access.change", actorId: admin.id });
    expect(audit.before).toMatchObject({ role: "AGENT", storeId: null, version: 1 });
    expect(audit.after).toMatchObject({ role: "STORE_ASSOCIATE", storeId, version: 2 });
    expect(JSON.stringify(audit)).not.toMatch(/password/i);
  });

  it("refuses a store for a non-associate and an associate without one, changing nothing", async () => {
    const user = await buildUser(t.db, { role: "AGENT" });
    for (const input of [
      { role: "SUPPLY_CHAIN" as const, storeId },
      { role: "STORE_ASSOCIATE" as const, storeId: null },
    ]) {
      const error = await tx((x) => changeUserAccess(x, admin, { userId: user.id, version: 1, ...input })).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(fieldsOf(error)).toEqual(["storeId"]);
    }
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "AGENT", version: 1 });
    expect(await t.db.auditEvent.count({ where: { entityId: user.id } })).toBe(0);
  });

  it("refuses a stale version with a ConflictError", async () => {
    const user = await buildUser(t.db, { role: "AGENT" });
    await tx((x) => changeUserAccess(x, admin, { userId: user.id, version: 1, role: "SUPPLY_CHAIN" }));
    const error = await tx((x) => changeUserAccess(x, admin, { userId: user.id, version: 1, role: "ADMIN" })).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "SUPPLY_CHAIN", version: 2 });
  });

  it("refuses to let an admin remove their own admin role", async () => {
    const me = await buildUser(t.db, { role: "ADMIN" });
    const error = await tx((x) => changeUserAccess(x, actorFor(me), { userId: me.id, version: 1, role: "AGENT" })).catch((e) => e);
    expect(error).toBeInstanceOf(RuleViolation);
    expect((error as RuleViolation).code).toBe("SELF_DEMOTION");
    expect(await t.db.user.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({ role: "ADMIN", version: 1 });
  });

  it("reports an unknown user as not found", async () => {
    await expect(tx((x) => changeUserAccess(x, admin, { userId: "nope", version: 1, role: "AGENT" }))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("setUserActive", () => {
  it("deactivates then reactivates a user, auditing each with the reason", async () => {
    const user = await buildUser(t.db);
    await tx((x) => setUserActive(x, admin, { userId: user.id, version: 1, active: false, reason: "Left the company" }));
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ active: false, version: 2 });
    await tx((x) => setUserActive(x, admin, { userId: user.id, version: 2, active: true }));
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ active: true, version: 3 });

    const audits = await t.db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["user.deactivate", "user.reactivate"]);
    expect(audits[0]).toMatchObject({ reason: "Left the company", actorId: admin.id, before: expect.objectContaining({ active: true }), after: expect.objectContaining({ active: false }) });
  });

  it("refuses to let an admin deactivate themself", async () => {
    const me = await buildUser(t.db, { role: "ADMIN" });
    const error = await tx((x) => setUserActive(x, actorFor(me), { userId: me.id, version: 1, active: false })).catch((e) => e);
    expect(error).toBeInstanceOf(RuleViolation);
    expect((error as RuleViolation).code).toBe("SELF_DEACTIVATION");
    expect(await t.db.user.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({ active: true, version: 1 });
    expect(await t.db.auditEvent.count({ where: { entityId: me.id } })).toBe(0);
  });

  it("refuses a stale version with a ConflictError and changes nothing", async () => {
    const user = await buildUser(t.db);
    await tx((x) => setUserActive(x, admin, { userId: user.id, version: 1, active: false }));
    const error = await tx((x) => setUserActive(x, admin, { userId: user.id, version: 1, active: true })).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ active: false, version: 2 });
  });
});
