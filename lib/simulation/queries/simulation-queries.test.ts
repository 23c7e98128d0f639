// Reading simulations: the runs newest first (all, or one draft's), a run with its progress and
// summary, the orders that changed most, one order's two plans, and the latest run of a draft.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { actorFor, buildNode, buildUser } from "@/lib/nodes/testing";
import { createRuleDraft, DEFAULT_RULES, updateRuleDraft } from "@/lib/rules";
import type { Explanation } from "@/lib/sourcing";
import { startSimulation } from "../commands/start-simulation";
import { SimulationNotFoundError } from "../errors";
import type { SimulationSummary } from "../summary";
import { getLatestSimulation } from "./get-latest-simulation";
import { getSimulation } from "./get-simulation";
import { getSimulationResult } from "./get-simulation-result";
import { listSimulationResults } from "./list-simulation-results";
import { listSimulations } from "./list-simulations";

let t: TestDb;
let admin: ReturnType<typeof actorFor>;
let draftId: string;
let otherDraftId: string;
const runs: string[] = [];
const DAY = 86_400_000;
const tx = <T,>(fn: Parameters<typeof withTx<T>>[0]) => withTx(fn, { db: t.db });

const side = { costMinor: 0, shipments: 0, splitOrders: 0, splitRate: 0, units: 0, storeUnits: 0, shipFromStoreShare: 0, distanceKm: 0, unfilledUnits: 0, avgPromiseDays: null };
const SUMMARY: SimulationSummary = {
  orders: 3,
  changed: 2,
  baseline: { ...side, costMinor: 3000 },
  draft: { ...side, costMinor: 2500 },
  deltaCostMinor: -500,
  deltaCostPercent: -16.7,
  byDay: [],
  deltaHistogram: [],
  stockSources: { SNAPSHOT: 1, LEDGER: 1, CURRENT: 1 },
  durationMs: 10,
};

const explanation = (node: string, rejected: Explanation["lines"][number]["rejected"]): Explanation => ({
  method: "EXACT",
  optimal: true,
  lowerBound: 7.6,
  gap: 0,
  evaluations: 3,
  cost: { shipmentCount: 1, shipmentFixed: 6, distanceKm: 100, distance: 0.4, handling: 1.2, unfilledUnits: 0, unfilled: 0, total: 7.6 },
  lines: [{ line: "line-1", sku: "TSHIRT-M", qty: 1, mode: "SHIP", to: "customer", allocated: [{ node, qty: 1 }], unfilled: 0, candidateCount: 2, candidates: [], rejected }],
  alternatives: [],
});

async function result(runId: string, orderNumber: string, deltaMinor: number, changed = deltaMinor !== 0) {
  await t.db.simulationResult.create({
    data: {
      runId,
      orderId: `order-${orderNumber}`,
      orderNumber,
      placedAt: new Date("2026-11-20T10:00:00Z"),
      stockSource: "SNAPSHOT",
      baselineCostMinor: 1000,
      draftCostMinor: 1000 + deltaMinor,
      deltaMinor,
      baselineShipments: 1,
      draftShipments: changed ? 2 : 1,
      baselineUnfilled: 0,
      draftUnfilled: 0,
      baselineKm: 100,
      draftKm: 50,
      baselineStoreUnits: 0,
      draftStoreUnits: 1,
      changed,
      baselinePlan: { plan: { orderId: `order-${orderNumber}`, shipments: [{ node: "DC-LYO", to: "customer", lines: [{ line: "line-1", qty: 1 }] }], unfilled: [], cost: 7.6 }, explanation: explanation("DC-LYO", { total: 1, byReason: { TOO_FAR: 1 }, examples: [{ node: "ST-PAR-01", reason: "TOO_FAR", distanceKm: 420 }] }) } as unknown as Prisma.InputJsonValue,
      draftPlan: { plan: { orderId: `order-${orderNumber}`, shipments: [{ node: "ST-PAR-01", to: "customer", lines: [{ line: "line-1", qty: 1 }] }], unfilled: [], cost: 5 }, explanation: explanation("ST-PAR-01", { total: 0, byReason: {}, examples: [] }) } as unknown as Prisma.InputJsonValue,
    },
  });
}

beforeAll(async () => {
  t = await createTestDb();
  admin = actorFor(await buildUser(t.db, { role: "ADMIN", name: "Ada Admin" }));
  await buildNode(t.db, { code: "ST-PAR-01", name: "Paris Rivoli" });
  await buildNode(t.db, { code: "DC-LYO", name: "Lyon DC", type: "DC" });
  const d = await tx((x) => createRuleDraft(x, admin, { kind: "SOURCING" }));
  const saved = await tx((x) => updateRuleDraft(x, admin, { id: d.id, lockVersion: 1, name: "Ship more from stores", definition: { ...DEFAULT_RULES.SOURCING, shipFromStoreMaxKm: 400 } }));
  draftId = d.id;
  const now = Date.now();
  // Three runs of the draft, a minute apart (the first DONE, the second RUNNING), then a run of another draft.
  for (let i = 0; i < 3; i++) {
    const { id } = await tx((x) => startSimulation(x, admin, { ruleSetId: d.id, lockVersion: saved.lockVersion, from: new Date(now - (7 + i) * DAY), to: new Date(now) }));
    await t.db.simulationRun.update({ where: { id }, data: { createdAt: new Date(now - (3 - i) * 60_000) } });
    runs.push(id);
  }
  await t.db.simulationRun.update({ where: { id: runs[0] }, data: { status: "DONE", total: 3, done: 3, summary: SUMMARY as unknown as Prisma.InputJsonValue, finishedAt: new Date() } });
  await t.db.simulationRun.update({ where: { id: runs[1] }, data: { status: "RUNNING", total: 200, done: 50 } });
  otherDraftId = (await tx((x) => createRuleDraft(x, admin, { kind: "HOLDS" }))).id;
  await t.db.simulationRun.create({ data: { ruleSetId: otherDraftId, ruleSetLockVersion: 1, draft: {}, baseline: {}, periodFrom: new Date(now - DAY), periodTo: new Date(now), createdByName: "Bob" } });
  for (const [n, delta] of [["A-1", 300], ["A-2", -900], ["A-3", 0], ["A-4", -300], ["A-5", 50]] as const) await result(runs[0], n, delta);
});
afterAll(async () => {
  await t.close();
});

describe("listSimulations", () => {
  it("lists every run newest first, or one draft's, with the draft's version and the figures of finished runs", async () => {
    const all = await listSimulations(t.db, admin);
    expect(all).toHaveLength(4);
    expect(all.slice(1).map((r) => r.id)).toEqual([runs[2], runs[1], runs[0]]);
    const mine = await listSimulations(t.db, admin, { ruleSetId: draftId });
    expect(mine.map((r) => r.id)).toEqual([runs[2], runs[1], runs[0]]);
    expect(mine[2]).toMatchObject({ status: "DONE", draftVersion: 1, draftName: "Ship more from stores", draftUnchanged: true, orders: 3, changed: 2, deltaCostMinor: -500, createdByName: "Ada Admin" });
    expect(mine[1]).toMatchObject({ status: "RUNNING", orders: null, deltaCostMinor: null });
    expect((await listSimulations(t.db, admin, { ruleSetId: draftId, status: "DONE" })).map((r) => r.id)).toEqual([runs[0]]);
  });

  it("says when the draft was edited after the run", async () => {
    await t.db.ruleSet.update({ where: { id: draftId }, data: { lockVersion: { increment: 1 } } });
    try {
      expect((await listSimulations(t.db, admin, { ruleSetId: draftId })).every((r) => !r.draftUnchanged)).toBe(true);
    } finally {
      await t.db.ruleSet.update({ where: { id: draftId }, data: { lockVersion: { decrement: 1 } } });
    }
  });
});

describe("getSimulation", () => {
  it("gives a running run's progress, and a finished run's summary", async () => {
    expect(await getSimulation(t.db, admin, { id: runs[1] })).toMatchObject({ status: "RUNNING", done: 50, total: 200, progress: 0.25, summary: null });
    expect(await getSimulation(t.db, admin, { id: runs[2] })).toMatchObject({ status: "QUEUED", progress: 0 });
    const done = await getSimulation(t.db, admin, { id: runs[0] });
    expect(done).toMatchObject({ status: "DONE", progress: 1, summary: { deltaCostMinor: -500, orders: 3 } });
    expect(done.draft).toMatchObject({ shipFromStoreMaxKm: 400 });
    await expect(getSimulation(t.db, admin, { id: "missing" })).rejects.toBeInstanceOf(SimulationNotFoundError);
  });
});

describe("listSimulationResults", () => {
  it("puts the largest changes first, whatever their sign, changed orders only by default", async () => {
    const page = await listSimulationResults(t.db, admin, { id: runs[0] });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => [r.orderNumber, r.deltaMinor])).toEqual([
      ["A-2", -900],
      ["A-1", 300],
      ["A-4", -300],
      ["A-5", 50],
    ]);
    expect(page.rows[0]).toMatchObject({ baselineCostMinor: 1000, draftCostMinor: 100, baselineKm: 100, draftKm: 50, changed: true });
  });

  it("pages, and shows unchanged orders too when asked", async () => {
    const all = await listSimulationResults(t.db, admin, { id: runs[0], changedOnly: false, page: 2, pageSize: 2 });
    expect(all).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(all.rows.map((r) => r.orderNumber)).toEqual(["A-4", "A-5"]);
    expect((await listSimulationResults(t.db, admin, { id: runs[0], changedOnly: false, page: 3, pageSize: 2 })).rows.map((r) => r.orderNumber)).toEqual(["A-3"]);
    expect(await listSimulationResults(t.db, admin, { id: runs[1] })).toMatchObject({ total: 0, rows: [] });
    await expect(listSimulationResults(t.db, admin, { id: "missing" })).rejects.toBeInstanceOf(SimulationNotFoundError);
  });
});

describe("getSimulationResult", () => {
  it("gives both plans with their explanations and the nodes' names", async () => {
    const r = await getSimulationResult(t.db, admin, { id: runs[0], orderId: "order-A-2" });
    expect(r).toMatchObject({ orderNumber: "A-2", deltaMinor: -900, changed: true, run: { id: runs[0], status: "DONE", draftVersion: 1, baselineVersion: null } });
    expect(r.baseline).toMatchObject({ costMinor: 1000, shipments: 1, km: 100, planShipments: [{ node: "DC-LYO", to: "customer" }] });
    expect(r.draft).toMatchObject({ costMinor: 100, shipments: 2, storeUnits: 1, planShipments: [{ node: "ST-PAR-01", to: "customer" }] });
    expect(r.baseline.explanation?.lines[0].rejected.byReason).toEqual({ TOO_FAR: 1 });
    expect(r.nodeNames).toEqual({ "DC-LYO": "Lyon DC", "ST-PAR-01": "Paris Rivoli" });
  });

  it("refuses an order outside the run", async () => {
    await expect(getSimulationResult(t.db, admin, { id: runs[1], orderId: "order-A-2" })).rejects.toMatchObject({ code: "SIMULATION_RESULT_NOT_FOUND" });
  });
});

describe("getLatestSimulation", () => {
  it("gives the newest run of a draft whatever its status, and null for a draft never simulated", async () => {
    expect(await getLatestSimulation(t.db, admin, { ruleSetId: draftId })).toMatchObject({ id: runs[2], status: "QUEUED", summary: null, total: 0, done: 0 });
    await t.db.simulationRun.update({ where: { id: runs[2] }, data: { createdAt: new Date(Date.now() - 3_600_000) } });
    const latest = await getLatestSimulation(t.db, admin, { ruleSetId: draftId });
    expect(latest).toMatchObject({ id: runs[1], status: "RUNNING", done: 50, total: 200 });
    expect(Object.keys(latest!).sort()).toEqual(["done", "id", "periodFrom", "periodTo", "ruleSetLockVersion", "status", "summary", "total"]);
    const fresh = (await tx((x) => createRuleDraft(x, admin, { kind: "PICKUP" }))).id;
    expect(await getLatestSimulation(t.db, admin, { ruleSetId: fresh })).toBeNull();
  });
});
