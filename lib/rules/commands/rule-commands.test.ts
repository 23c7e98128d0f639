// Drafting, editing and publishing rule sets: validation, locking, archiving and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx } from "@/lib/db";
import { ConflictError, RuleViolation, ValidationError } from "@/lib/errors";
import { isErrorCode } from "@/lib/i18n";
import { actorFor, buildNode, buildUser } from "@/lib/nodes/testing";
import { DEFAULT_RULES } from "../schemas";
import { listRuleSets } from "../queries/list-rule-sets";
import { getPublishedRuleSet, getRuleSet } from "../queries/get-rule-set";
import { createRuleDraft } from "./create-rule-draft";
import { updateRuleDraft } from "./update-rule-draft";
import { publishRuleSet } from "./publish-rule-set";

let t: TestDb;
let admin: ReturnType<typeof actorFor>;
beforeAll(async () => {
  t = await createTestDb();
  admin = actorFor(await buildUser(t.db, { role: "ADMIN", name: "Ada Admin" }));
  await buildNode(t.db, { code: "ST-PAR-01" });
});
afterAll(async () => {
  await t.close();
});

const tx = <T,>(fn: Parameters<typeof withTx<T>>[0]) => withTx(fn, { db: t.db });

describe("rule drafts", () => {
  it("starts the first draft of a kind from the defaults, then publishes it", async () => {
    const draft = await tx((x) => createRuleDraft(x, admin, { kind: "HOLDS" }));
    expect(draft.version).toBe(1);
    const detail = await getRuleSet(t.db, null, { id: draft.id });
    expect(detail).toMatchObject({ status: "DRAFT", author: "Ada Admin", valid: true, lockVersion: 1 });
    expect(detail.definition).toEqual(DEFAULT_RULES.HOLDS);

    await tx((x) => publishRuleSet(x, admin, { id: draft.id, lockVersion: 1 }, new Date("2026-03-01T09:00:00Z")));
    const published = await getPublishedRuleSet(t.db, null, { kind: "HOLDS" });
    expect(published).toMatchObject({ id: draft.id, status: "PUBLISHED", publishedBy: "Ada Admin", publishedAt: new Date("2026-03-01T09:00:00Z") });
    const actions = (await t.db.auditEvent.findMany({ where: { entityId: draft.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["rules.draft.create", "rules.publish"]);
  });

  it("copies the published version into a new draft, edits it and publishing archives the old one", async () => {
    const v2 = await tx((x) => createRuleDraft(x, admin, { kind: "HOLDS" }));
    expect(v2.version).toBe(2);
    const edited = { ...DEFAULT_RULES.HOLDS, highValueMinor: 99_900, maxUnitsPerSku: 4 };
    const saved = await tx((x) => updateRuleDraft(x, admin, { id: v2.id, lockVersion: 1, name: "Stricter holds", definition: edited }));
    expect(saved.lockVersion).toBe(2);

    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: v2.id, action: "rules.draft.update" } });
    expect(audit).toMatchObject({ actorId: admin.id, actorName: "Ada Admin" });
    expect(audit.before).toMatchObject({ definition: { highValueMinor: 150_000 } });
    expect(audit.after).toMatchObject({ name: "Stricter holds", definition: { highValueMinor: 99_900, maxUnitsPerSku: 4 } });

    await tx((x) => publishRuleSet(x, admin, { id: v2.id, lockVersion: 2 }));
    const history = await listRuleSets(t.db, null, { kind: "HOLDS" });
    expect(history.map((r) => [r.version, r.status])).toEqual([
      [2, "PUBLISHED"],
      [1, "ARCHIVED"],
    ]);
    expect((await getPublishedRuleSet(t.db, null, { kind: "HOLDS" }))?.definition).toEqual(edited);
  });

  it("allows only one draft per kind", async () => {
    await tx((x) => createRuleDraft(x, admin, { kind: "RETURNS" }));
    const error = await tx((x) => createRuleDraft(x, admin, { kind: "RETURNS" })).catch((e) => e);
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error).toMatchObject({ code: "DRAFT_EXISTS", params: { version: 1 }, message: "Version 1 of these rules is already a draft." });
    expect((await listRuleSets(t.db, null, { kind: "RETURNS" })).length).toBe(1);
  });

  const refusals: Array<[string, (d: typeof DEFAULT_RULES.SOURCING) => unknown, string]> = [
    ["a negative cost", (d) => ({ ...d, costs: { ...d.costs, perKm: -1 } }), "definition.costs.perKm"],
    ["a fractional shipment limit", (d) => ({ ...d, maxShipments: 1.5 }), "definition.maxShipments"],
    ["a missing value", (d) => ({ ...d, shipFromStoreMaxKm: null }), "definition.shipFromStoreMaxKm"],
    ["an unknown excluded node", (d) => ({ ...d, excludedNodes: ["ST-PAR-01", "NOPE"] }), "definition.excludedNodes"],
    ["an unknown category", (d) => ({ ...d, categoryExclusions: [{ category: "NOPE", nodes: [], nodeTypes: ["STORE"] }] }), "definition.categoryExclusions.0.category"],
    ["a category exclusion that names no node", (d) => ({ ...d, categoryExclusions: [{ category: "NOPE", nodes: [], nodeTypes: [] }] }), "definition.categoryExclusions.0.nodes"],
    ["a priority for an unknown node", (d) => ({ ...d, nodePriorities: { NOPE: 3 } }), "definition.nodePriorities"],
    ["an unknown ship-from-store node", (d) => ({ ...d, shipFromStoreNodes: ["ST-NOPE-01"] }), "definition.shipFromStoreNodes"],
    ["negative protected units", (d) => ({ ...d, storeProtectionUnits: -1 }), "definition.storeProtectionUnits"],
  ];
  for (const [what, change, field] of refusals) {
    it(`refuses ${what} with an error on ${field} and keeps the draft unchanged`, async () => {
      await t.db.ruleSet.deleteMany({ where: { kind: "SOURCING", status: "DRAFT" } });
      const draft = await tx((x) => createRuleDraft(x, admin, { kind: "SOURCING" }));
      const error = await tx((x) => updateRuleDraft(x, admin, { id: draft.id, lockVersion: 1, name: "Changed", definition: change(DEFAULT_RULES.SOURCING) })).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fields ?? {})).toContain(field);
      // Each problem is a code the catalogues say in every language.
      expect(Object.values((error as ValidationError).fields ?? {}).every((issue) => isErrorCode(issue.code))).toBe(true);
      const after = await getRuleSet(t.db, null, { id: draft.id });
      expect(after).toMatchObject({ name: "Sourcing rules", lockVersion: 1, definition: DEFAULT_RULES.SOURCING });
      expect(await t.db.auditEvent.count({ where: { entityId: draft.id, action: "rules.draft.update" } })).toBe(0);
    });
  }

  it("accepts excluded nodes that exist", async () => {
    const draft = (await listRuleSets(t.db, null, { kind: "SOURCING" })).find((r) => r.status === "DRAFT")!;
    const definition = { ...DEFAULT_RULES.SOURCING, excludedNodes: ["ST-PAR-01"] };
    await tx((x) => updateRuleDraft(x, admin, { id: draft.id, lockVersion: 1, name: "Without Rivoli", definition }));
    expect((await getRuleSet(t.db, null, { id: draft.id })).definition).toEqual(definition);
  });

  it("gives the second admin a ConflictError when the draft changed since they opened it", async () => {
    const draft = (await listRuleSets(t.db, null, { kind: "RETURNS" })).find((r) => r.status === "DRAFT")!;
    await tx((x) => updateRuleDraft(x, admin, { id: draft.id, lockVersion: 1, name: "First", definition: DEFAULT_RULES.RETURNS }));
    const error = await tx((x) => updateRuleDraft(x, admin, { id: draft.id, lockVersion: 1, name: "Second", definition: DEFAULT_RULES.RETURNS })).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const stale = await tx((x) => publishRuleSet(x, admin, { id: draft.id, lockVersion: 1 })).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(await getRuleSet(t.db, null, { id: draft.id })).toMatchObject({ name: "First", status: "DRAFT", lockVersion: 2 });
  });

  it("refuses to edit or republish a published version", async () => {
    const published = (await getPublishedRuleSet(t.db, null, { kind: "HOLDS" }))!;
    const edit = await tx((x) => updateRuleDraft(x, admin, { id: published.id, lockVersion: published.lockVersion, name: "x", definition: DEFAULT_RULES.HOLDS })).catch((e) => e);
    expect(edit).toBeInstanceOf(RuleViolation);
    expect((edit as RuleViolation).code).toBe("NOT_DRAFT");
    const again = await tx((x) => publishRuleSet(x, admin, { id: published.id, lockVersion: published.lockVersion })).catch((e) => e);
    expect(again).toBeInstanceOf(RuleViolation);
  });

  it("refuses restockable reasons that are not accepted reasons", async () => {
    const draft = (await listRuleSets(t.db, null, { kind: "RETURNS" })).find((r) => r.status === "DRAFT")!;
    const definition = { ...DEFAULT_RULES.RETURNS, reasons: ["CHANGED_MIND"], restockableReasons: ["CHANGED_MIND", "DAMAGED"] };
    const error = await tx((x) => updateRuleDraft(x, admin, { id: draft.id, lockVersion: 2, name: "x", definition })).catch((e) => e);
    expect((error as ValidationError).fields).toEqual({ "definition.restockableReasons": { code: "RESTOCKABLE_REASON_UNKNOWN" } });
  });
});
