// The rules in force: the PUBLISHED version of each kind, validated; the defaults when none is.
import type { RuleKind } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import { DEFAULT_RULES, parseRuleDefinition, type RuleDefinitions } from "./schemas";

export interface ActiveRules<K extends RuleKind> {
  definition: RuleDefinitions[K];
  ruleSetId: string | null;
  version: number | null;
}

export async function getPublishedRules<K extends RuleKind>(db: Db | Tx, kind: K): Promise<ActiveRules<K>> {
  const row = await db.ruleSet.findFirst({ where: { kind, status: "PUBLISHED" }, orderBy: { version: "desc" }, select: { id: true, version: true, definition: true } });
  if (!row) return { definition: DEFAULT_RULES[kind], ruleSetId: null, version: null };
  return { definition: parseRuleDefinition(kind, row.definition), ruleSetId: row.id, version: row.version };
}
