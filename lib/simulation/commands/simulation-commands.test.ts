// Starting and cancelling simulations: the period is checked field by field, only a sourcing draft
// at the version the admin saw can be simulated, both definitions are copied, and every change is
// in the audit trail.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { NotFoundError, RuleViolation, ValidationError } from "@/lib/errors";
import { errorText, isErrorCode } from "@/lib/i18n";
import { actorFor, buildUser } from "@/lib/nodes/testing";
import { createRuleDraft, DEFAULT_RULES, publishRuleSet, updateRuleDraft } from "@/lib/rules";
import { SimulationNotFoundError } from "../errors";
import { cancelSimulation } from "./cancel-simulation";
import { startSimulation, startSimulationSchema } from "./start-simulation";

let t: TestDb;
let admin: ReturnType<typeof actorFor>;
let draft: { id: string; lockVersion: number; version: number };
const DAY = 86_400_000;
const tx = <T,>(fn: Parameters<typeof withTx<T>>[0]) => withTx(fn, { db: t.db });

beforeAll(async () => {
  t = await createTestDb();
  admin = actorFor(await buildUser(t.db, { role: "ADMIN", name: "Ada Admin" }));
  // v1 published with the defaults, v2 a draft that ships further from stores.
  const v1 = await tx((x) => createRuleDraft(x, admin, { kind: "SOURCING" }));
  await tx((x) => publishRuleSet(x, admin, { id: v1.id, lockVersion: 1 }));
  const v2 = await tx((x) => createRuleDraft(x, admin, { kind: "SOURCING" }));
  const saved = await tx((x) => updateRuleDraft(x, admin, { id: v2.id, lockVersion: 1, name: "Ship more from stores", definition: { ...DEFAULT_RULES.SOURCING, shipFromStoreMaxKm: 400 } }));
  draft = { id: v2.id, lockVersion: saved.lockVersion, version: v2.version };
});
afterAll(async () => {
  await t.close();
});

const period = (daysAgo: number, days: number) => {
  const to = new Date(Date.now() - daysAgo * DAY);
  return { from: new Date(to.getTime() - days * DAY), to };
};

/** The field issues of a refused input, as codes. */
async function fieldCodes(input: Parameters<typeof startSimulation>[2]): Promise<Record<string, string>> {
  const refused = await tx((x) => startSimulation(x, admin, input)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(refused).toBeInstanceOf(ValidationError);
  return Object.fromEntries(Object.entries((refused as ValidationError).fields ?? {}).map(([k, v]) => [k, v.code]));
}

describe("startSimulation", () => {
  it("queues a run with the draft and the published definitions copied, and audits it", async () => {
    const { from, to } = period(0, 7);
    const { id } = await tx((x) => startSimulation(x, admin, { ruleSetId: draft.id, lockVersion: draft.lockVersion, from, to }));
    const run = await t.db.simulationRun.findUniqueOrThrow({ where: { id } });
    expect(run).toMatchObject({ status: "QUEUED", ruleSetId: draft.id, ruleSetLockVersion: draft.lockVersion, baselineVersion: 1, periodFrom: from, periodTo: to, total: 0, done: 0, createdById: admin.id, createdByName: "Ada Admin", cancelRequested: false });
    expect(run.draft).toMatchObject({ shipFromStoreMaxKm: 400 });
    expect(run.baseline).toMatchObject({ shipFromStoreMaxKm: DEFAULT_RULES.SOURCING.shipFromStoreMaxKm });

    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ entityType: "SimulationRun", action: "simulation.start", actorId: admin.id, actorName: "Ada Admin" });
    expect(audit.after).toMatchObject({ ruleSetId: draft.id, draftVersion: draft.version, baselineVersion: 1, status: "QUEUED" });
  });

  it("accepts ISO strings, as the form sends them", async () => {
    const { from, to } = period(1, 30);
    const { id } = await tx((x) => startSimulation(x, admin, { ruleSetId: draft.id, lockVersion: draft.lockVersion, from: from.toISOString(), to: to.toISOString() }));
    expect((await t.db.simulationRun.findUniqueOrThrow({ where: { id } })).periodFrom).toEqual(from);
  });

  it("refuses a bad period field by field", async () => {
    const base = { ruleSetId: draft.id, lockVersion: draft.lockVersion };
    const now = Date.now();
    expect(await fieldCodes({ ...base, from: "", to: new Date(now) })).toEqual({ from: "REQUIRED" });
    expect(await fieldCodes({ ...base, from: new Date(now - DAY), to: "not a date" })).toEqual({ to: "INVALID_DATE" });
    expect(await fieldCodes({ ...base, from: new Date(now), to: new Date(now - DAY) })).toEqual({ to: "SIMULATION_PERIOD_REVERSED" });
    expect(await fieldCodes({ ...base, from: new Date(now), to: new Date(now) })).toEqual({ to: "SIMULATION_PERIOD_REVERSED" });
    expect(await fieldCodes({ ...base, from: new Date(now - DAY), to: new Date(now + 2 * DAY) })).toEqual({ to: "SIMULATION_PERIOD_FUTURE" });
    expect(await fieldCodes({ ...base, from: new Date(now - 401 * DAY), to: new Date(now) })).toEqual({ from: "SIMULATION_PERIOD_TOO_LONG" });
    expect(await fieldCodes({ ruleSetId: "", lockVersion: -1, from: new Date(now - DAY), to: new Date(now) })).toEqual({ ruleSetId: "REQUIRED", lockVersion: "TOO_SMALL" });
    // 400 days exactly, ending tomorrow, is the longest period allowed.
    const to = new Date(now + DAY - 60_000);
    expect(startSimulationSchema.safeParse({ ...base, from: new Date(to.getTime() - 400 * DAY), to }).success).toBe(true);
    expect(await t.db.simulationRun.count({ where: { ruleSetId: draft.id, periodFrom: { lt: new Date(now - 100 * DAY) } } })).toBe(0);
  });

  it("says every refusal in English and French", () => {
    for (const code of ["SIMULATION_PERIOD_REVERSED", "SIMULATION_PERIOD_FUTURE", "SIMULATION_PERIOD_TOO_LONG", "SIMULATION_NOT_SOURCING", "SIMULATION_NOT_DRAFT", "SIMULATION_DRAFT_CHANGED", "SIMULATION_DRAFT_INVALID", "SIMULATION_NOT_FOUND", "SIMULATION_FINISHED"]) {
      expect(isErrorCode(code), code).toBe(true);
      expect(errorText("en", { code: code as never, params: { maxDays: 400, id: "x" } })).not.toBe(errorText("fr", { code: code as never, params: { maxDays: 400, id: "x" } }));
    }
    expect(errorText("fr", { code: "SIMULATION_PERIOD_TOO_LONG", params: { maxDays: 400 } })).toContain("400");
  });

  it("refuses a draft changed since it was read, a published version and another kind", async () => {
    const { from, to } = period(0, 7);
    const before = await t.db.simulationRun.count();
    await expect(tx((x) => startSimulation(x, admin, { ruleSetId: draft.id, lockVersion: draft.lockVersion - 1, from, to }))).rejects.toMatchObject({ code: "SIMULATION_DRAFT_CHANGED" });
    const published = await t.db.ruleSet.findFirstOrThrow({ where: { kind: "SOURCING", status: "PUBLISHED" } });
    await expect(tx((x) => startSimulation(x, admin, { ruleSetId: published.id, lockVersion: published.lockVersion, from, to }))).rejects.toMatchObject({ code: "SIMULATION_NOT_DRAFT" });
    const holds = await tx((x) => createRuleDraft(x, admin, { kind: "HOLDS" }));
    const refused = tx((x) => startSimulation(x, admin, { ruleSetId: holds.id, lockVersion: 1, from, to }));
    await expect(refused).rejects.toBeInstanceOf(RuleViolation);
    await expect(refused).rejects.toMatchObject({ code: "SIMULATION_NOT_SOURCING" });
    await expect(tx((x) => startSimulation(x, admin, { ruleSetId: "nope", lockVersion: 1, from, to }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await t.db.simulationRun.count()).toBe(before);
    expect(await t.db.auditEvent.count({ where: { action: "simulation.start" } })).toBe(before);
  });

  it("compares with the defaults when nothing is published", async () => {
    const fresh = await createTestDb();
    try {
      const ada = actorFor(await buildUser(fresh.db, { role: "ADMIN" }));
      const d = await withTx((x) => createRuleDraft(x, ada, { kind: "SOURCING" }), { db: fresh.db });
      const { from, to } = period(0, 7);
      const { id } = await withTx((x) => startSimulation(x, ada, { ruleSetId: d.id, lockVersion: 1, from, to }), { db: fresh.db });
      const run = await fresh.db.simulationRun.findUniqueOrThrow({ where: { id } });
      expect(run.baselineVersion).toBeNull();
      expect(run.baseline).toEqual(DEFAULT_RULES.SOURCING);
    } finally {
      await fresh.close();
    }
  });
});

describe("cancelSimulation", () => {
  let runId: string;
  beforeEach(async () => {
    const { from, to } = period(0, 7);
    runId = (await tx((x) => startSimulation(x, admin, { ruleSetId: draft.id, lockVersion: draft.lockVersion, from, to }))).id;
  });

  it("cancels a queued run at once, and audits it", async () => {
    const at = new Date("2026-12-01T10:00:00Z");
    expect(await tx((x) => cancelSimulation(x, admin, { id: runId }, at))).toEqual({ id: runId, status: "CANCELLED" });
    expect(await t.db.simulationRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ status: "CANCELLED", cancelRequested: true, finishedAt: at });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: runId, action: "simulation.cancel" } });
    expect(audit).toMatchObject({ actorId: admin.id, before: { status: "QUEUED", cancelRequested: false }, after: { status: "CANCELLED", cancelRequested: true } });
  });

  it("asks a running run to stop, leaving its status to the runner", async () => {
    await t.db.simulationRun.update({ where: { id: runId }, data: { status: "RUNNING", total: 100, done: 40 } });
    expect(await tx((x) => cancelSimulation(x, admin, { id: runId }))).toEqual({ id: runId, status: "RUNNING" });
    expect(await t.db.simulationRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ status: "RUNNING", cancelRequested: true, done: 40, finishedAt: null });
    expect(await t.db.auditEvent.count({ where: { entityId: runId, action: "simulation.cancel" } })).toBe(1);
  });

  it("refuses a finished run and an unknown one, changing nothing", async () => {
    for (const status of ["DONE", "CANCELLED", "FAILED"] as const) {
      await t.db.simulationRun.update({ where: { id: runId }, data: { status, cancelRequested: false } });
      await expect(tx((x) => cancelSimulation(x, admin, { id: runId }))).rejects.toMatchObject({ code: "SIMULATION_FINISHED" });
      expect(await t.db.simulationRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ status, cancelRequested: false });
    }
    await expect(tx((x) => cancelSimulation(x, admin, { id: "missing" }))).rejects.toBeInstanceOf(SimulationNotFoundError);
    expect(await t.db.auditEvent.count({ where: { entityId: runId, action: "simulation.cancel" } })).toBe(0);
  });
});
