// The background runner: it claims the oldest queued run, or a running one whose worker went
// silent, never one another runner holds, and a run whose replay crashes is not retried for ever.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { actorFor, buildUser } from "@/lib/nodes/testing";
import { createRuleDraft } from "@/lib/rules";
import { withTx } from "@/lib/db";
import { claimNextSimulationRun, runnerTick, STALE_AFTER_MS } from "./start-runner";

let t: TestDb;
let ruleSetId: string;

beforeAll(async () => {
  t = await createTestDb();
  const admin = actorFor(await buildUser(t.db, { role: "ADMIN" }));
  ruleSetId = (await withTx((tx) => createRuleDraft(tx, admin, { kind: "SOURCING" }), { db: t.db })).id;
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.simulationRun.deleteMany();
});

async function run(data: { status?: "QUEUED" | "RUNNING" | "DONE" | "CANCELLED" | "FAILED"; createdAt?: Date; heartbeatAt?: Date | null } = {}) {
  const now = Date.now();
  return (
    await t.db.simulationRun.create({
      data: { ruleSetId, ruleSetLockVersion: 1, draft: {}, baseline: {}, periodFrom: new Date(now - 86_400_000), periodTo: new Date(now), createdByName: "Ada", ...data },
    })
  ).id;
}

/** A replay that only marks the run done, as the real one ends. */
const fakeExecute = vi.fn(async (db: Db, id: string) => {
  await db.simulationRun.update({ where: { id }, data: { status: "DONE", finishedAt: new Date() } });
});

describe("claimNextSimulationRun", () => {
  it("claims the oldest queued run and not twice", async () => {
    const now = new Date();
    const newer = await run({ createdAt: new Date(now.getTime() - 1_000) });
    const older = await run({ createdAt: new Date(now.getTime() - 5_000) });
    expect(await claimNextSimulationRun(t.db, { now })).toBe(older);
    expect((await t.db.simulationRun.findUniqueOrThrow({ where: { id: older } })).heartbeatAt).toEqual(now);
    // Held by its heartbeat: the next claim takes the other one, then nothing.
    expect(await claimNextSimulationRun(t.db, { now })).toBe(newer);
    expect(await claimNextSimulationRun(t.db, { now })).toBeNull();
  });

  it("picks a running run up again once its heartbeat is stale, not before", async () => {
    const now = new Date();
    const alive = await run({ status: "RUNNING", heartbeatAt: new Date(now.getTime() - 10_000) });
    const stale = await run({ status: "RUNNING", heartbeatAt: new Date(now.getTime() - STALE_AFTER_MS - 1_000) });
    await run({ status: "DONE" });
    await run({ status: "CANCELLED" });
    await run({ status: "FAILED" });
    expect(await claimNextSimulationRun(t.db, { now })).toBe(stale);
    expect(await claimNextSimulationRun(t.db, { now })).toBeNull();
    expect((await t.db.simulationRun.findUniqueOrThrow({ where: { id: alive } })).heartbeatAt).toEqual(new Date(now.getTime() - 10_000));
  });
});

describe("runnerTick", () => {
  it("runs a queued run once, then has nothing to do", async () => {
    fakeExecute.mockClear();
    const id = await run();
    expect(await runnerTick(t.db, fakeExecute)).toBe(id);
    expect(fakeExecute).toHaveBeenCalledTimes(1);
    expect(fakeExecute.mock.calls[0][0]).toBe(t.db);
    expect(fakeExecute.mock.calls[0][1]).toBe(id);
    expect(await runnerTick(t.db, fakeExecute)).toBeNull();
    expect(fakeExecute).toHaveBeenCalledTimes(1);
  });

  it("runs a stale running run again", async () => {
    fakeExecute.mockClear();
    const id = await run({ status: "RUNNING", heartbeatAt: new Date(Date.now() - 5 * 60_000) });
    expect(await runnerTick(t.db, fakeExecute)).toBe(id);
    expect((await t.db.simulationRun.findUniqueOrThrow({ where: { id } })).status).toBe("DONE");
  });

  it("marks a run FAILED when its replay throws, so it is not claimed again", async () => {
    const id = await run();
    const boom = vi.fn(async () => {
      throw new Error("worker crashed");
    });
    await expect(runnerTick(t.db, boom)).rejects.toThrow("worker crashed");
    expect(await t.db.simulationRun.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", error: "INTERNAL" });
    expect(await claimNextSimulationRun(t.db, { now: new Date(Date.now() + 10 * 60_000) })).toBeNull();
  });
});
