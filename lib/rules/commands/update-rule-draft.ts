// An admin edits a draft's name and definition. The definition must satisfy its kind's schema;
// each problem comes back as a field error on "definition.<path>". Optimistic lock on lockVersion.
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ConflictError, fieldIssue, NotFoundError, RuleViolation, ValidationError, type FieldIssues } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { definitionFieldIssues } from "../definition-errors";
import { RULE_SCHEMAS, updateRuleDraftSchema, type SourcingRules, type UpdateRuleDraftInput } from "../schemas";

export { updateRuleDraftSchema };
export type { UpdateRuleDraftInput };

/** Validates a definition for a kind, including that excluded nodes exist. */
export async function checkDefinition(tx: Tx, kind: keyof typeof RULE_SCHEMAS, definition: unknown): Promise<Prisma.InputJsonValue> {
  const parsed = RULE_SCHEMAS[kind].safeParse(definition);
  if (!parsed.success) throw new ValidationError(definitionFieldIssues(parsed.error));
  if (kind === "SOURCING") await checkSourcingReferences(tx, parsed.data as SourcingRules);
  return parsed.data as Prisma.InputJsonValue;
}

/** Every node code and category a sourcing definition names exists; each unknown one is reported where it was typed. */
async function checkSourcingReferences(tx: Tx, rules: SourcingRules): Promise<void> {
  const lists: Array<[string, string[]]> = [
    ["definition.excludedNodes", rules.excludedNodes],
    ["definition.shipFromStoreNodes", rules.shipFromStoreNodes],
    ...rules.categoryExclusions.map((r, i): [string, string[]] => [`definition.categoryExclusions.${i}.nodes`, r.nodes]),
    ["definition.nodePriorities", Object.keys(rules.nodePriorities)],
  ];
  const named = [...new Set(lists.flatMap(([, codes]) => codes))];
  const categories = [...new Set(rules.categoryExclusions.map((r) => r.category))];
  const [nodes, known] = await Promise.all([
    named.length ? tx.node.findMany({ where: { code: { in: named } }, select: { code: true, type: true } }) : [],
    categories.length ? tx.category.findMany({ where: { code: { in: categories } }, select: { code: true } }) : [],
  ]);
  const type = new Map(nodes.map((n) => [n.code, n.type]));
  const issues: FieldIssues = {};
  for (const [path, codes] of lists) {
    const unknown = codes.filter((c) => !type.has(c));
    if (unknown.length) issues[path] = fieldIssue("EXCLUDED_NODES_UNKNOWN", { codes: unknown.join(", ") });
  }
  const notStores = rules.shipFromStoreNodes.filter((c) => type.has(c) && type.get(c) !== "STORE");
  if (notStores.length && !issues["definition.shipFromStoreNodes"]) issues["definition.shipFromStoreNodes"] = fieldIssue("SHIP_FROM_STORE_NOT_STORE", { codes: notStores.join(", ") });
  const knownCategories = new Set(known.map((c) => c.code));
  rules.categoryExclusions.forEach((r, i) => {
    if (!knownCategories.has(r.category)) issues[`definition.categoryExclusions.${i}.category`] = fieldIssue("CATEGORY_UNKNOWN", { category: r.category });
  });
  if (Object.keys(issues).length) throw new ValidationError(issues);
}

export async function updateRuleDraft(tx: Tx, actor: Actor, input: UpdateRuleDraftInput): Promise<{ id: string; lockVersion: number }> {
  const data = parseInput(updateRuleDraftSchema, input);
  const draft = await tx.ruleSet.findUnique({
    where: { id: data.id },
    select: { id: true, kind: true, status: true, name: true, definition: true, lockVersion: true },
  });
  if (!draft) throw new NotFoundError("ruleSet", data.id);
  if (draft.lockVersion !== data.lockVersion) throw new ConflictError();
  if (draft.status !== "DRAFT") throw new RuleViolation("NOT_DRAFT");
  const definition = await checkDefinition(tx, draft.kind, data.definition);

  const { count } = await tx.ruleSet.updateMany({
    where: { id: draft.id, lockVersion: data.lockVersion, status: "DRAFT" },
    data: { name: data.name, definition, lockVersion: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError();
  await recordAudit(tx, actor, {
    entityType: "RuleSet",
    entityId: draft.id,
    action: "rules.draft.update",
    before: { name: draft.name, definition: draft.definition, lockVersion: draft.lockVersion },
    after: { name: data.name, definition, lockVersion: draft.lockVersion + 1 },
  });
  return { id: draft.id, lockVersion: draft.lockVersion + 1 };
}
