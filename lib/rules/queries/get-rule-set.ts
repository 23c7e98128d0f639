// One rule-set version with its definition checked against its kind's schema, and the published
// version of a kind (what the engine applies now).
import { z } from "zod";
import { RuleKind, type RuleSetStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { RULE_SCHEMAS } from "../schemas";

export interface RuleSetDetail {
  id: string;
  kind: RuleKind;
  version: number;
  status: RuleSetStatus;
  name: string;
  /** The stored JSON as is. */
  definition: unknown;
  /** False when the stored JSON no longer satisfies the kind's schema (shown raw, with a warning). */
  valid: boolean;
  author: string | null;
  publishedBy: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  lockVersion: number;
  publishNote: string | null;
  /** The earlier version this one republished (a rollback), or null. */
  rollbackOf: number | null;
}

const SELECT = {
  id: true,
  kind: true,
  version: true,
  status: true,
  name: true,
  definition: true,
  createdAt: true,
  publishedAt: true,
  lockVersion: true,
  publishNote: true,
  rollbackOf: true,
  createdBy: { select: { name: true } },
  publishedBy: { select: { name: true } },
} as const;

type Row = { kind: RuleKind; definition: unknown; createdBy: { name: string } | null; publishedBy: { name: string } | null } & Omit<RuleSetDetail, "valid" | "author" | "publishedBy" | "definition" | "kind">;

function toDetail({ createdBy, publishedBy, ...row }: Row): RuleSetDetail {
  return { ...row, valid: RULE_SCHEMAS[row.kind].safeParse(row.definition).success, author: createdBy?.name ?? null, publishedBy: publishedBy?.name ?? null };
}

export const getRuleSetSchema = z.object({ id: z.string().min(1).max(64) });

export async function getRuleSet(db: Db | Tx, _actor: Actor | null, input: z.input<typeof getRuleSetSchema>): Promise<RuleSetDetail> {
  const { id } = parseInput(getRuleSetSchema, input);
  const row = await db.ruleSet.findUnique({ where: { id }, select: SELECT });
  if (!row) throw new NotFoundError("ruleSet", id);
  return toDetail(row);
}

export const getPublishedRuleSetSchema = z.object({ kind: z.enum(RuleKind) });

/** The published version of a kind, or null when none was ever published (the defaults apply). */
export async function getPublishedRuleSet(
  db: Db | Tx,
  _actor: Actor | null,
  input: z.input<typeof getPublishedRuleSetSchema>,
): Promise<RuleSetDetail | null> {
  const { kind } = parseInput(getPublishedRuleSetSchema, input);
  const row = await db.ruleSet.findFirst({ where: { kind, status: "PUBLISHED" }, orderBy: { version: "desc" }, select: SELECT });
  return row ? toDetail(row) : null;
}
