// On the PostgreSQL server, runners in several processes share the queue: two running at once must
// execute each queued run exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTx, type Db } from "@/lib/db";
import { SERVER_URL } from "@/lib/db/server-tests";
import { createServerTestDb, type ServerTestDb } from "@/lib/db/testing";
import { actorFor, buildUser } from "@/lib/nodes/testing";
import { createRuleDraft } from "@/lib/rules";
import { runnerTick } from "./start-runner";

describe.skipIf(!SERVER_URL)("the simulation runner on the PostgreSQL server", () => {
  let server: ServerTestDb;
  beforeAll(async () => {
    server = await createServerTestDb(SERVER_URL!, { poolSize: 10 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("two runners in parallel execute each of 12 queued runs exactly once", async () => {
    const db = server.db;
    const admin = actorFor(await buildUser(db, { role: "ADMIN" }));
    const ruleSetId = (await withTx((tx) => createRuleDraft(tx, admin, { kind: "SOURCING" }), { db })).id;
    const now = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const row = await db.simulationRun.create({
        data: { ruleSetId, ruleSetLockVersion: 1, draft: {}, baseline: {}, periodFrom: new Date(now - 86_400_000), periodTo: new Date(now), createdByName: "Ada", createdAt: new Date(now - 60_000 + i) },
      });
      ids.push(row.id);
    }
    const calls = new Map<string, string[]>();
    // A replay that takes a little while, long enough for the other runner to try the same run.
    const executeAs = (runner: string) => async (d: Db, id: string) => {
      calls.set(id, [...(calls.get(id) ?? []), runner]);
      await d.simulationRun.update({ where: { id }, data: { status: "RUNNING" } });
      await new Promise((r) => setTimeout(r, 15));
      await d.simulationRun.update({ where: { id }, data: { status: "DONE", finishedAt: new Date() } });
    };
    const loop = async (runner: string) => {
      let ran = 0;
      while (await runnerTick(db, executeAs(runner))) ran++;
      return ran;
    };
    const [a, b] = await Promise.all([loop("a"), loop("b")]);

    expect(a + b).toBe(12);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    for (const id of ids) expect(calls.get(id), id).toHaveLength(1);
    expect(await db.simulationRun.count({ where: { status: "DONE" } })).toBe(12);
  });
});
