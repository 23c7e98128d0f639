// Rolls a rule kind back to an earlier version: its definition is published again as a new version
// (the history only grows), with who did it and why; the version in force is archived. A draft in
// progress stays a draft.
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { rollbackRuleSetSchema, type RollbackRuleSetInput } from "../schemas";
import { checkDefinition } from "./update-rule-draft";

export { rollbackRuleSetSchema };
export type { RollbackRuleSetInput };

export async function rollbackRuleSet(tx: Tx, actor: Actor, input: RollbackRuleSetInput, now: Date = new Date()): Promise<{ id: string; version: number; rollbackOf: number }> {
  const data = parseInput(rollbackRuleSetSchema, input);
  const target = await tx.ruleSet.findUnique({ where: { id: data.id }, select: { id: true, kind: true, version: true, status: true, name: true, definition: true } });
  if (!target) throw new NotFoundError("ruleSet", data.id);
  if (target.status !== "ARCHIVED") throw new RuleViolation("NOT_ARCHIVED");
  // The earlier definition must still fit today's schema and network (a node may have gone).
  const definition: Prisma.InputJsonValue = await checkDefinition(tx, target.kind, target.definition);

  // Lock the kind's published row so two rollbacks (or a rollback and a publish) do not both win.
  const current = await tx.$queryRaw<Array<{ id: string; version: number; definition: unknown }>>`
    SELECT id, version, definition FROM "RuleSet" WHERE kind = ${target.kind}::"RuleKind" AND status = 'PUBLISHED' FOR UPDATE`;
  if (current.length) {
    await tx.ruleSet.updateMany({ where: { id: { in: current.map((c) => c.id) } }, data: { status: "ARCHIVED", lockVersion: { increment: 1 } } });
  }
  const last = await tx.ruleSet.aggregate({ where: { kind: target.kind }, _max: { version: true } });
  const version = (last._max.version ?? 0) + 1;
  const userId = actor.kind === "user" ? actor.id : null;
  const created = await tx.ruleSet.create({
    data: {
      kind: target.kind,
      version,
      status: "PUBLISHED",
      name: target.name,
      definition,
      createdById: userId,
      publishedById: userId,
      publishedAt: now,
      publishNote: data.reason,
      rollbackOf: target.version,
    },
    select: { id: true, version: true },
  });
  await recordAudit(tx, actor, {
    entityType: "RuleSet",
    entityId: created.id,
    action: "rules.rollback",
    reason: data.reason,
    before: { kind: target.kind, publishedVersions: current.map((c) => c.version), definition: current[0]?.definition ?? null },
    after: { kind: target.kind, version, rollbackOf: target.version, status: "PUBLISHED", definition },
  });
  return { id: created.id, version: created.version, rollbackOf: target.version };
}
