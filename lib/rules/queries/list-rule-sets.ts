// Every version of every rule kind (without definitions), for the rules overview and history.
import { z } from "zod";
import { RuleKind, type RuleSetStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";

export const listRuleSetsSchema = z.object({
  kind: z.preprocess((v) => (v === "" ? undefined : v), z.enum(RuleKind).optional()),
});
export type ListRuleSetsInput = z.input<typeof listRuleSetsSchema>;

export interface RuleSetSummary {
  id: string;
  kind: RuleKind;
  version: number;
  status: RuleSetStatus;
  name: string;
  author: string | null;
  publishedBy: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  publishNote: string | null;
  rollbackOf: number | null;
}

export async function listRuleSets(db: Db | Tx, _actor: Actor | null, input: ListRuleSetsInput = {}): Promise<RuleSetSummary[]> {
  const { kind } = parseInput(listRuleSetsSchema, input);
  const rows = await db.ruleSet.findMany({
    where: kind ? { kind } : {},
    orderBy: [{ kind: "asc" }, { version: "desc" }],
    select: {
      id: true,
      kind: true,
      version: true,
      status: true,
      name: true,
      createdAt: true,
      publishedAt: true,
      publishNote: true,
      rollbackOf: true,
      createdBy: { select: { name: true } },
      publishedBy: { select: { name: true } },
    },
  });
  return rows.map(({ createdBy, publishedBy, ...r }) => ({ ...r, author: createdBy?.name ?? null, publishedBy: publishedBy?.name ?? null }));
}
