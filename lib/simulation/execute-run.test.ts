// What-if simulation runs on a real (in-memory) database: the published rules against themselves
// change nothing, a draft that excludes a node moves the orders it served and the figures say so,
// a run writes nothing but its own rows, and a cancelled run stops with what it had.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlFor } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildOrder, buildWorld } from "@/lib/orders/testing";
import { DEFAULT_RULES, type SourcingRules } from "@/lib/rules/client";
import { executeSimulationRun } from "./execute-run";
import type { SimulationSummary } from "./summary";

let t: TestDb;
let ruleSetId: string;
const PUBLISHED: SourcingRules = DEFAULT_RULES.SOURCING;
const PERIOD = { from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + 86_400_000) };
const TABLES = ["Order", "OrderLine", "FulfillmentOrder", "Reservation", "InventoryPosition", "StockMovement", "SourcingDecision", "AuditEvent"];

beforeAll(async () => {
  t = await createTestDb();
  // Stock only in the two DCs: Paris customers are served from Paris while it is allowed.
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 50, "DC-PAR|LAMP": 50, "DC-LYS|TSHIRT-M": 50, "DC-LYS|LAMP": 50, "ST-LYO-01|LAMP": 5 } });
  // The opening stock is older than the orders.
  await sqlFor(t.db).query(`UPDATE "StockMovement" SET "occurredAt" = $1::timestamp`, [new Date(Date.now() - 10 * 86_400_000).toISOString()]);
  const customer = { id: "cust-1", email: "lea.martin@example.test" };
  const placedAt = new Date(Date.now() - 3_600_000);
  for (let i = 0; i < 6; i++) {
    const order = await buildOrder(t.db, {
      customer,
      number: `ORD-SIM-${i + 1}`,
      placedAt: new Date(placedAt.getTime() + i * 60_000),
      lines: [{ skuId: "sku-TSHIRT-M", qty: 1 + (i % 2) }, ...(i % 3 === 0 ? [{ skuId: "sku-LAMP", qty: 1 }] : [])],
    });
    // Customers in Paris.
    await t.db.order.update({ where: { id: order.id }, data: { shipLat: 48.85 + i / 1000, shipLng: 2.35 } });
  }
  // A pickup order at the Lyon store (its destination is the store).
  await buildOrder(t.db, { customer, number: "ORD-SIM-PICKUP", placedAt: new Date(placedAt.getTime() + 10 * 60_000), lines: [{ skuId: "sku-LAMP", qty: 1, mode: "PICKUP", pickupNodeId: "node-ST-LYO-01" }] });
  // An order without lines is not replayed.
  await buildOrder(t.db, { customer, number: "ORD-SIM-EMPTY", placedAt: new Date(placedAt.getTime() + 11 * 60_000), lines: [] });
  ruleSetId = (await t.db.ruleSet.create({ data: { kind: "SOURCING", version: 2, status: "DRAFT", name: "Draft", definition: PUBLISHED } })).id;
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function queueRun(draft: unknown, baseline: unknown = PUBLISHED): Promise<string> {
  const run = await t.db.simulationRun.create({
    data: { ruleSetId, ruleSetLockVersion: 1, draft: draft as object, baseline: baseline as object, periodFrom: PERIOD.from, periodTo: PERIOD.to, createdByName: "Ada Admin" },
  });
  return run.id;
}

async function checksums(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await sqlFor(t.db).query<{ n: number; sum: string | null }>(`SELECT count(*)::int AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS sum FROM "${table}" x`);
    out[table] = `${row.n}:${row.sum}`;
  }
  return out;
}

describe("executeSimulationRun", () => {
  it("reports no difference for the published rules against themselves, and writes no other row", async () => {
    const before = await checksums();
    // The same rules with their keys in another order are the same rules.
    const reordered = Object.fromEntries(Object.entries(PUBLISHED).reverse());
    const id = await queueRun(reordered);
    const result = await executeSimulationRun(t.db, id, { workers: 0, chunkSize: 3 });
    expect(result).toEqual({ status: "DONE", done: 7 });

    const run = await t.db.simulationRun.findUniqueOrThrow({ where: { id } });
    const summary = run.summary as unknown as SimulationSummary;
    expect(run).toMatchObject({ status: "DONE", total: 7, done: 7, error: null });
    expect(run.startedAt).not.toBeNull();
    expect(run.finishedAt).not.toBeNull();
    expect(summary).toMatchObject({ orders: 7, changed: 0, deltaCostMinor: 0, deltaCostPercent: 0, stockSources: { SNAPSHOT: 0, LEDGER: 7, CURRENT: 0 } });
    expect(summary.draft).toEqual(summary.baseline);
    expect(summary.baseline.costMinor).toBeGreaterThan(0);
    expect(summary.baseline.unfilledUnits).toBe(0);
    expect(summary.deltaHistogram).toEqual([{ fromMinor: 0, toMinor: 1, orders: 7 }]);
    expect(summary.byDay.reduce((s, d) => s + d.orders, 0)).toBe(7);

    const results = await t.db.simulationResult.findMany({ where: { runId: id } });
    expect(results).toHaveLength(7);
    expect(results.every((r) => !r.changed && r.deltaMinor === 0 && r.baselineCostMinor === r.draftCostMinor)).toBe(true);
    expect(results.map((r) => r.orderNumber)).not.toContain("ORD-SIM-EMPTY");
    const pickup = results.find((r) => r.orderNumber === "ORD-SIM-PICKUP")!;
    expect((pickup.baselinePlan as { plan: { shipments: Array<{ node: string; to: string }> } }).plan.shipments).toEqual([
      expect.objectContaining({ node: "ST-LYO-01", to: "ST-LYO-01" }),
    ]);
    expect(await checksums()).toEqual(before);
  });

  it("moves the orders of an excluded node elsewhere and says what it costs", async () => {
    const before = await checksums();
    const id = await queueRun({ ...PUBLISHED, excludedNodes: ["DC-PAR"] });
    await executeSimulationRun(t.db, id, { workers: 0 });
    const results = await t.db.simulationResult.findMany({ where: { runId: id }, orderBy: { orderNumber: "asc" } });
    const paris = results.filter((r) => r.orderNumber !== "ORD-SIM-PICKUP");
    const nodesOf = (plan: unknown) => (plan as { plan: { shipments: Array<{ node: string }> } }).plan.shipments.map((s) => s.node);
    for (const r of paris) {
      expect(nodesOf(r.baselinePlan)).toEqual(["DC-PAR"]);
      expect(nodesOf(r.draftPlan)).toEqual(["DC-LYS"]);
      expect(r.changed).toBe(true);
      expect(r.draftKm).toBeGreaterThan(r.baselineKm + 300);
      expect(r.deltaMinor).toBe(r.draftCostMinor - r.baselineCostMinor);
      expect(r.deltaMinor).toBeGreaterThan(0);
      // The plans that differ keep their explanations for the side-by-side.
      expect((r.draftPlan as { explanation: { lines: unknown[] } }).explanation.lines.length).toBeGreaterThan(0);
    }
    const pickup = results.find((r) => r.orderNumber === "ORD-SIM-PICKUP")!;
    expect(pickup.changed).toBe(false);

    const summary = (await t.db.simulationRun.findUniqueOrThrow({ where: { id } })).summary as unknown as SimulationSummary;
    expect(summary.changed).toBe(6);
    expect(summary.deltaCostMinor).toBe(paris.reduce((s, r) => s + r.deltaMinor, 0));
    expect(summary.deltaCostMinor).toBeGreaterThan(0);
    expect(summary.draft.distanceKm).toBeGreaterThan(summary.baseline.distanceKm);
    expect(summary.draft.costMinor - summary.baseline.costMinor).toBe(summary.deltaCostMinor);
    expect(summary.deltaHistogram.reduce((s, b) => s + b.orders, 0)).toBe(7);
    expect(await checksums()).toEqual(before);
  });

  it("stops a cancelled run after the chunk in hand and keeps its results", async () => {
    const id = await queueRun({ ...PUBLISHED, excludedNodes: ["DC-PAR"] });
    let chunks = 0;
    const result = await executeSimulationRun(t.db, id, {
      workers: 0,
      chunkSize: 2,
      onChunk: async () => {
        chunks++;
        if (chunks === 1) await t.db.simulationRun.update({ where: { id }, data: { cancelRequested: true } });
      },
    });
    expect(result.status).toBe("CANCELLED");
    const run = await t.db.simulationRun.findUniqueOrThrow({ where: { id } });
    const kept = await t.db.simulationResult.count({ where: { runId: id } });
    expect(run.status).toBe("CANCELLED");
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(7);
    expect(run.done).toBe(kept);
    expect((run.summary as unknown as SimulationSummary).orders).toBe(kept);
    // A finished run is left as it is.
    expect(await executeSimulationRun(t.db, id, { workers: 0 })).toEqual({ status: "CANCELLED", done: kept });
  });

  it("fails with a code on rules it cannot read", async () => {
    const id = await queueRun({ costs: "cheap" });
    expect(await executeSimulationRun(t.db, id, { workers: 0 })).toEqual({ status: "FAILED", done: 0 });
    expect(await t.db.simulationRun.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", error: "SIMULATION_DRAFT_INVALID" });
  });

  it("solves in worker threads with the same results as in this thread", async () => {
    const draft = { ...PUBLISHED, excludedNodes: ["DC-PAR"] };
    const inThread = await queueRun(draft);
    const inWorkers = await queueRun(draft);
    await executeSimulationRun(t.db, inThread, { workers: 0 });
    let workers = -1;
    await executeSimulationRun(t.db, inWorkers, { workers: 2, onChunk: (c) => void (workers = c.workers) });
    expect(workers).toBe(2);
    const pick = (runId: string) =>
      t.db.simulationResult.findMany({ where: { runId }, orderBy: { orderId: "asc" }, select: { orderId: true, deltaMinor: true, changed: true, baselinePlan: true, draftPlan: true } });
    expect(await pick(inWorkers)).toEqual(await pick(inThread));
  }, 60_000);
});
