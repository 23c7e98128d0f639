// What a rule form needs besides the version itself: the active nodes (suggested codes, examples in
// the help texts), the categories (sourcing exclusions), and the version in force that publishing
// would replace.
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import type { RuleKind } from "@/generated/prisma/enums";
import { DEFAULT_RULES } from "../schemas";

export interface RuleEditingContext {
  nodes: Array<{ code: string; type: "DC" | "STORE" }>;
  categories: Array<{ code: string; name: string }>;
  published: { id: string; version: number; definition: unknown } | null;
  defaults: unknown;
}

export async function getRuleEditingContext(db: Db | Tx, _actor: Actor | null, input: { kind: RuleKind }): Promise<RuleEditingContext> {
  const [nodes, categories, published] = await Promise.all([
    db.node.findMany({ where: { active: true }, select: { code: true, type: true }, orderBy: [{ type: "asc" }, { code: "asc" }] }),
    input.kind === "SOURCING" ? db.category.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }) : [],
    db.ruleSet.findFirst({ where: { kind: input.kind, status: "PUBLISHED" }, orderBy: { version: "desc" }, select: { id: true, version: true, definition: true } }),
  ]);
  return { nodes, categories, published, defaults: DEFAULT_RULES[input.kind] };
}
