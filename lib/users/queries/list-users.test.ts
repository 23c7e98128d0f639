// The admin's users list: filters and what each row shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildNode, buildUser } from "@/lib/nodes/testing";
import { listUsers } from "./list-users";
import { getUser } from "./get-user";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  const store = await buildNode(t.db, { code: "ST-PAR-01", name: "Paris Rivoli" });
  await buildUser(t.db, { name: "Alice Agent", email: "alice@oms.test", role: "AGENT" });
  await buildUser(t.db, { name: "Sam Store", email: "sam@oms.test", role: "STORE_ASSOCIATE", storeId: store.id, lastLoginAt: new Date("2026-03-01T10:00:00Z") });
  await buildUser(t.db, { name: "Olga Old", email: "olga@oms.test", role: "AGENT", active: false });
});
afterAll(async () => {
  await t.close();
});

describe("listUsers", () => {
  it("lists active users first, by name, with their store and last sign-in", async () => {
    const { items, total } = await listUsers(t.db, null, {});
    expect(total).toBe(3);
    expect(items.map((u) => u.name)).toEqual(["Alice Agent", "Sam Store", "Olga Old"]);
    expect(items[1]).toMatchObject({ role: "STORE_ASSOCIATE", store: { code: "ST-PAR-01" }, lastLoginAt: new Date("2026-03-01T10:00:00Z") });
    expect(items[0]).not.toHaveProperty("passwordHash");
  });

  it("filters by role, status and name or e-mail", async () => {
    expect((await listUsers(t.db, null, { role: "AGENT" })).items.map((u) => u.name)).toEqual(["Alice Agent", "Olga Old"]);
    expect((await listUsers(t.db, null, { status: "inactive" })).items.map((u) => u.name)).toEqual(["Olga Old"]);
    expect((await listUsers(t.db, null, { q: "SAM@" })).items.map((u) => u.name)).toEqual(["Sam Store"]);
    expect((await listUsers(t.db, null, { q: "", role: "", status: "" })).total).toBe(3);
  });

  it("reads one user without the password hash", async () => {
    const { items } = await listUsers(t.db, null, { q: "sam" });
    const user = await getUser(t.db, null, { id: items[0].id });
    expect(user).toMatchObject({ email: "sam@oms.test", store: { code: "ST-PAR-01" }, version: 1 });
    expect(user).not.toHaveProperty("passwordHash");
  });
});
