// The rules an admin publishes are the rules the next order is sourced by, the order records which
// versions sourced and held it, and a rollback brings the earlier behaviour back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { actorFor, buildUser } from "@/lib/nodes/testing";
import { createRuleDraft, publishRuleSet, rollbackRuleSet, updateRuleDraft, DEFAULT_RULES } from "@/lib/rules";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "../testing";
import { captureOrder, captureOrderSchema } from "./capture-order";

let t: TestDb;
let admin: ReturnType<typeof actorFor>;
const NOW = new Date("2026-11-25T09:00:00Z");

beforeAll(async () => {
  t = await createTestDb();
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 50, "DC-LYS|TSHIRT-M": 50 } });
  admin = actorFor(await buildUser(t.db, { role: "ADMIN", name: "Ada Admin" }));
});
afterAll(() => t?.close());

const tx = <T,>(fn: Parameters<typeof withTx<T>>[0]) => withTx(fn, { db: t.db });

async function orderOne() {
  const { number } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }] }), { now: NOW, db: t.db });
  return t.db.order.findUniqueOrThrow({
    where: { number },
    select: { sourcingRuleSetId: true, holdRuleSetId: true, fulfillmentOrders: { select: { node: { select: { code: true } } } }, sourcingDecisions: { select: { ruleSetId: true, stock: true } } },
  });
}

async function publishSourcing(change: (d: typeof DEFAULT_RULES.SOURCING) => typeof DEFAULT_RULES.SOURCING, note: string) {
  const draft = await tx((x) => createRuleDraft(x, admin, { kind: "SOURCING" }));
  const current = (await t.db.ruleSet.findUniqueOrThrow({ where: { id: draft.id } })).definition as typeof DEFAULT_RULES.SOURCING;
  await tx((x) => updateRuleDraft(x, admin, { id: draft.id, lockVersion: 1, name: note, definition: change(current) }));
  await tx((x) => publishRuleSet(x, admin, { id: draft.id, lockVersion: 2, note }));
  return draft;
}

describe("rules in force", () => {
  it("sources the next order by the published version, records it, and a rollback restores the earlier behaviour", async () => {
    // Version 1: the defaults, published. A Paris customer is served by the Paris DC.
    const holds = await tx((x) => createRuleDraft(x, admin, { kind: "HOLDS" }));
    await tx((x) => publishRuleSet(x, admin, { id: holds.id, lockVersion: 1 }));
    const v1 = await publishSourcing((d) => d, "Defaults");
    const first = await orderOne();
    expect(first.fulfillmentOrders.map((f) => f.node.code)).toEqual(["DC-PAR"]);
    expect(first).toMatchObject({ sourcingRuleSetId: v1.id, holdRuleSetId: holds.id });
    expect(first.sourcingDecisions[0].ruleSetId).toBe(v1.id);
    // The decision keeps the stock the order saw, before any rule filtered it.
    expect(first.sourcingDecisions[0].stock).toMatchObject({ available: expect.arrayContaining([["DC-PAR", "TSHIRT-M", 50], ["DC-LYS", "TSHIRT-M", 50]]) });

    // Version 2 makes the Paris DC dearer per shipment than the Lyon DC's extra distance.
    const v2 = await publishSourcing((d) => ({ ...d, nodePriorities: { "DC-PAR": 10 } }), "Relieve the Paris DC");
    const second = await orderOne();
    expect(second.fulfillmentOrders.map((f) => f.node.code)).toEqual(["DC-LYS"]);
    expect(second.sourcingRuleSetId).toBe(v2.id);

    // Rolling back to version 1 publishes its definition as version 3, with who and why.
    const rollback = await tx((x) => rollbackRuleSet(x, admin, { id: v1.id, reason: "Paris DC caught up" }));
    expect(rollback).toMatchObject({ version: 3, rollbackOf: 1 });
    const v3 = await t.db.ruleSet.findUniqueOrThrow({ where: { id: rollback.id } });
    const v1Row = await t.db.ruleSet.findUniqueOrThrow({ where: { id: v1.id } });
    expect(v3).toMatchObject({ status: "PUBLISHED", publishNote: "Paris DC caught up", rollbackOf: 1, publishedById: admin.id });
    expect(v3.definition).toEqual(v1Row.definition);
    expect((await t.db.ruleSet.findUniqueOrThrow({ where: { id: v2.id } })).status).toBe("ARCHIVED");
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: rollback.id, action: "rules.rollback" } });
    expect(audit).toMatchObject({ actorName: "Ada Admin", reason: "Paris DC caught up" });
    expect(audit.before).toMatchObject({ publishedVersions: [2], definition: { nodePriorities: { "DC-PAR": 10 } } });

    const third = await orderOne();
    expect(third.fulfillmentOrders.map((f) => f.node.code)).toEqual(["DC-PAR"]);
    expect(third.sourcingRuleSetId).toBe(rollback.id);
  });

  it("rolls back only to an archived version, with a reason, changing nothing otherwise", async () => {
    const published = await t.db.ruleSet.findFirstOrThrow({ where: { kind: "SOURCING", status: "PUBLISHED" } });
    const again = await tx((x) => rollbackRuleSet(x, admin, { id: published.id, reason: "Again" })).catch((e) => e);
    expect(again).toMatchObject({ code: "NOT_ARCHIVED" });
    const archived = await t.db.ruleSet.findFirstOrThrow({ where: { kind: "SOURCING", status: "ARCHIVED" } });
    const noReason = await tx((x) => rollbackRuleSet(x, admin, { id: archived.id, reason: " " })).catch((e) => e);
    expect(noReason).toBeInstanceOf(ValidationError);
    expect(Object.keys((noReason as ValidationError).fields ?? {})).toEqual(["reason"]);
    expect(await t.db.ruleSet.count({ where: { kind: "SOURCING" } })).toBe(3);
  });
});
