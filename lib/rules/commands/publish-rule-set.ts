// Publishes a draft: it becomes the version the engine applies, and the previously published
// version of the same kind is archived, in one transaction.
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError, RuleViolation } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { publishRuleSetSchema, type PublishRuleSetInput } from "../schemas";
import { checkDefinition } from "./update-rule-draft";

export { publishRuleSetSchema };
export type { PublishRuleSetInput };

export async function publishRuleSet(
  tx: Tx,
  actor: Actor,
  input: PublishRuleSetInput,
  now: Date = new Date(),
): Promise<{ id: string; version: number; archivedId: string | null }> {
  const data = parseInput(publishRuleSetSchema, input);
  const draft = await tx.ruleSet.findUnique({ where: { id: data.id }, select: { id: true, kind: true, version: true, status: true, definition: true, lockVersion: true } });
  if (!draft) throw new NotFoundError("ruleSet", data.id);
  if (draft.lockVersion !== data.lockVersion) throw new ConflictError();
  if (draft.status !== "DRAFT") throw new RuleViolation("NOT_DRAFT");
  // A definition saved before a schema change must still be valid at the moment it goes live.
  await checkDefinition(tx, draft.kind, draft.definition);

  const previous = await tx.ruleSet.findMany({ where: { kind: draft.kind, status: "PUBLISHED" }, select: { id: true, version: true, definition: true } });
  if (previous.length) {
    await tx.ruleSet.updateMany({ where: { id: { in: previous.map((p) => p.id) } }, data: { status: "ARCHIVED", lockVersion: { increment: 1 } } });
  }
  const { count } = await tx.ruleSet.updateMany({
    where: { id: draft.id, lockVersion: data.lockVersion, status: "DRAFT" },
    data: {
      status: "PUBLISHED",
      publishedAt: now,
      publishedById: actor.kind === "user" ? actor.id : null,
      publishNote: data.note || null,
      lockVersion: { increment: 1 },
    },
  });
  if (count === 0) throw new ConflictError();

  await recordAudit(tx, actor, {
    entityType: "RuleSet",
    entityId: draft.id,
    action: "rules.publish",
    reason: data.note || null,
    // What the OMS applied before and applies now: the audit trail shows the publish setting by setting.
    before: { kind: draft.kind, inForce: previous.map((p) => p.version), definition: previous[0]?.definition ?? null },
    after: { kind: draft.kind, inForce: [draft.version], definition: draft.definition },
  });
  return { id: draft.id, version: draft.version, archivedId: previous[0]?.id ?? null };
}
