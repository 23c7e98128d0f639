// A run's JSON for its polling page: administrators and supply-chain managers (rules.view) read it;
// call-centre agents and store associates are refused (403), a visitor is asked to sign in (401).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));

import { setDb, withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { actorFor } from "@/lib/nodes/testing";
import { createRuleDraft } from "@/lib/rules";
import { startSimulation, type SimulationDetail } from "@/lib/simulation";
import { GET } from "./route";

let t: TestDb;
let runId: string;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await createRoleUsers(t.db);
  const admin = actorFor(TEST_USERS.ADMIN);
  const draft = await withTx((tx) => createRuleDraft(tx, admin, { kind: "SOURCING" }), { db: t.db });
  runId = (await withTx((tx) => startSimulation(tx, admin, { ruleSetId: draft.id, lockVersion: 1, from: new Date(Date.now() - 86_400_000), to: new Date() }), { db: t.db })).id;
  await t.db.simulationRun.update({ where: { id: runId }, data: { status: "RUNNING", total: 80, done: 20 } });
});
afterAll(() => t.close());

const get = (id: string, userId: string | null) => {
  session.userId = userId;
  return GET(new Request(`http://test/api/simulations/${id}`), { params: Promise.resolve({ id }) });
};

describe("GET /api/simulations/[id]", () => {
  it("answers an administrator and a supply-chain manager with the run's progress, never cached", async () => {
    for (const user of [TEST_USERS.ADMIN, TEST_USERS.SUPPLY_CHAIN]) {
      const res = await get(runId, user.id);
      expect(res.status).toBe(200);
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      expect((await res.json()) as SimulationDetail).toMatchObject({ id: runId, status: "RUNNING", done: 20, total: 80, progress: 0.25 });
    }
  });

  it("answers 404 for an unknown run", async () => {
    expect((await get("missing", TEST_USERS.ADMIN.id)).status).toBe(404);
  });

  it("refuses a store associate and a call-centre agent (403), and asks a visitor to sign in (401)", async () => {
    expect((await get(runId, TEST_USERS.STORE_ASSOCIATE.id)).status).toBe(403);
    expect((await get(runId, TEST_USERS.AGENT.id)).status).toBe(403);
    expect((await get(runId, null)).status).toBe(401);
  });
});
