// Starts a new draft of a rule kind from its published version (or the defaults when none was
// published). One draft per kind at a time, so two admins never edit rival drafts unknowingly.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { RuleKind } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { RuleViolation } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { DEFAULT_RULES } from "../schemas";

export const createRuleDraftSchema = z.object({ kind: z.enum(RuleKind) });
export type CreateRuleDraftInput = z.input<typeof createRuleDraftSchema>;

export async function createRuleDraft(tx: Tx, actor: Actor, input: CreateRuleDraftInput): Promise<{ id: string; version: number }> {
  const { kind } = parseInput(createRuleDraftSchema, input);
  const existing = await tx.ruleSet.findFirst({ where: { kind, status: "DRAFT" }, select: { id: true, version: true } });
  if (existing) throw new RuleViolation("DRAFT_EXISTS", { version: existing.version });

  const published = await tx.ruleSet.findFirst({
    where: { kind, status: "PUBLISHED" },
    orderBy: { version: "desc" },
    select: { id: true, version: true, name: true, definition: true },
  });
  const last = await tx.ruleSet.aggregate({ where: { kind }, _max: { version: true } });
  const version = (last._max.version ?? 0) + 1;
  const definition = (published?.definition ?? DEFAULT_RULES[kind]) as Prisma.InputJsonValue;
  const name = published?.name ?? `${kind.charAt(0)}${kind.slice(1).toLowerCase()} rules`;
  // A unique (kind, version) index turns a concurrent create of the same version into an error
  // rather than two drafts; report it as the conflict it is.
  let draft: { id: string; version: number };
  try {
    draft = await tx.ruleSet.create({
      data: { kind, version, status: "DRAFT", name, definition, createdById: actor.kind === "user" ? actor.id : null },
      select: { id: true, version: true },
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new RuleViolation("DRAFT_EXISTS", { version });
    throw e;
  }
  await recordAudit(tx, actor, {
    entityType: "RuleSet",
    entityId: draft.id,
    action: "rules.draft.create",
    after: { kind, version, name, status: "DRAFT", basedOnVersion: published?.version ?? null, definition },
  });
  return draft;
}
