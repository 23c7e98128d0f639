// An admin edits a draft's name and definition. The definition must satisfy its kind's schema;
// each problem comes back as a field error on "definition.<path>". Optimistic lock on lockVersion.
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ConflictError, fieldIssue, NotFoundError, RuleViolation, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { definitionFieldIssues } from "../definition-errors";
import { RULE_SCHEMAS, updateRuleDraftSchema, type UpdateRuleDraftInput } from "../schemas";

export { updateRuleDraftSchema };
export type { UpdateRuleDraftInput };

/** Validates a definition for a kind, including that excluded nodes exist. */
export async function checkDefinition(tx: Tx, kind: keyof typeof RULE_SCHEMAS, definition: unknown): Promise<Prisma.InputJsonValue> {
  const parsed = RULE_SCHEMAS[kind].safeParse(definition);
  if (!parsed.success) throw new ValidationError(definitionFieldIssues(parsed.error));
  if (kind === "SOURCING") {
    const codes = (parsed.data as { excludedNodes: string[] }).excludedNodes;
    if (codes.length) {
      const found = await tx.node.findMany({ where: { code: { in: codes } }, select: { code: true } });
      if (found.length !== new Set(codes).size) {
        throw new ValidationError({ "definition.excludedNodes": fieldIssue("EXCLUDED_NODES_UNKNOWN") });
      }
    }
  }
  return parsed.data as Prisma.InputJsonValue;
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
