// The what-if simulation journey: a draft of the sourcing rules a retailer would try ("Ship more from
// stores": cheaper store handling, stores shipping up to 400 km), made through the real commands if
// the world has no sourcing draft yet, and one simulation of it over the last 7 days, run to the end
// here, so the demo opens on a finished run with orders to compare.
import { withTx, type Db } from "@/lib/db";
import { createRuleDraft, RULE_SCHEMAS, updateRuleDraft } from "@/lib/rules";
import { executeSimulationRun, startSimulation } from "@/lib/simulation";
import { DEMO_USERS } from "./demo-users";

export const SIMULATION_JOURNEY_DRAFT_NAME = "Ship more from stores";
const DAY_MS = 86_400_000;

export interface SimulationJourney {
  draftId: string;
  draftVersion: number;
  runId: string;
  status: string;
  orders: number;
}

export async function seedSimulationJourney(db: Db, now: Date): Promise<SimulationJourney> {
  const admin = DEMO_USERS.find((u) => u.role === "ADMIN")!;
  const actor = { kind: "user" as const, id: admin.id, name: admin.name, email: admin.email, role: admin.role, storeId: null, storeCode: null };

  let draft = await db.ruleSet.findFirst({ where: { kind: "SOURCING", status: "DRAFT" }, select: { id: true, version: true, lockVersion: true } });
  if (!draft) {
    const created = await withTx((tx) => createRuleDraft(tx, actor, { kind: "SOURCING" }), { db });
    const row = await db.ruleSet.findUniqueOrThrow({ where: { id: created.id }, select: { lockVersion: true, definition: true } });
    const current = RULE_SCHEMAS.SOURCING.parse(row.definition);
    const definition = {
      ...current,
      costs: { ...current.costs, handlingPerUnit: { ...current.costs.handlingPerUnit, STORE: Math.min(current.costs.handlingPerUnit.STORE, 0.5) } },
      shipFromStoreMaxKm: 400,
    };
    const saved = await withTx((tx) => updateRuleDraft(tx, actor, { id: created.id, lockVersion: row.lockVersion, name: SIMULATION_JOURNEY_DRAFT_NAME, definition }), { db });
    draft = { id: created.id, version: created.version, lockVersion: saved.lockVersion };
  }

  const { id: runId } = await withTx((tx) => startSimulation(tx, actor, { ruleSetId: draft.id, lockVersion: draft.lockVersion, from: new Date(now.getTime() - 7 * DAY_MS), to: now }), { db });
  const result = await executeSimulationRun(db, runId);
  const run = await db.simulationRun.findUniqueOrThrow({ where: { id: runId }, select: { total: true } });
  return { draftId: draft.id, draftVersion: draft.version, runId, status: result.status, orders: run.total };
}
