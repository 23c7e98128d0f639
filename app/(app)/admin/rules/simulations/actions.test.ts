// The simulation server actions ask the real permission table: only an administrator may start or
// cancel a simulation; every other role gets a typed FORBIDDEN result and nothing changes.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { setDb, withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { createRuleDraft } from "@/lib/rules";
import { actorFor } from "@/lib/nodes/testing";
import { cancelSimulationAction, startSimulationAction } from "./actions";

let t: TestDb;
let ruleSetId: string;
const DAY = 86_400_000;
const period = () => ({ from: new Date(Date.now() - 7 * DAY).toISOString(), to: new Date().toISOString() });

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await createRoleUsers(t.db);
  ruleSetId = (await withTx((tx) => createRuleDraft(tx, actorFor(TEST_USERS.ADMIN), { kind: "SOURCING" }), { db: t.db })).id;
});
afterAll(() => t.close());

const as = (role: keyof typeof TEST_USERS | null) => {
  session.userId = role ? TEST_USERS[role].id : null;
};

describe("simulation actions", () => {
  it("let an administrator start a simulation and cancel it", async () => {
    as("ADMIN");
    const started = await startSimulationAction({ ruleSetId, lockVersion: 1, ...period() });
    expect(started).toEqual({ ok: true, data: { id: expect.any(String) } });
    const id = (started as { data: { id: string } }).data.id;
    expect(await cancelSimulationAction({ id })).toEqual({ ok: true, data: { id, status: "CANCELLED" } });
  });

  it("answer a refused period field by field", async () => {
    as("ADMIN");
    const to = new Date(Date.now() - DAY).toISOString();
    const result = await startSimulationAction({ ruleSetId, lockVersion: 1, from: new Date().toISOString(), to });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "VALIDATION_FAILED", fields: { to: { code: "SIMULATION_PERIOD_REVERSED" } } }) });
  });

  it("refuse every role but ADMIN, and a visitor", async () => {
    as("ADMIN");
    const queued = await startSimulationAction({ ruleSetId, lockVersion: 1, ...period() });
    const id = (queued as { data: { id: string } }).data.id;
    const before = await t.db.simulationRun.count();
    for (const role of ["AGENT", "STORE_ASSOCIATE", "SUPPLY_CHAIN"] as const) {
      as(role);
      expect(await startSimulationAction({ ruleSetId, lockVersion: 1, ...period() }), role).toEqual({ ok: false, error: expect.objectContaining({ code: "FORBIDDEN" }) });
      expect(await cancelSimulationAction({ id }), role).toEqual({ ok: false, error: expect.objectContaining({ code: "FORBIDDEN" }) });
    }
    as(null);
    expect(await startSimulationAction({ ruleSetId, lockVersion: 1, ...period() })).toEqual({ ok: false, error: expect.objectContaining({ code: "UNAUTHENTICATED" }) });
    expect(await cancelSimulationAction({ id })).toEqual({ ok: false, error: expect.objectContaining({ code: "UNAUTHENTICATED" }) });
    expect(await t.db.simulationRun.count()).toBe(before);
    expect((await t.db.simulationRun.findUniqueOrThrow({ where: { id } })).status).toBe("QUEUED");
  });
});
