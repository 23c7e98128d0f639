// Writes one AuditEvent row (who changed what, before/after) inside the caller's transaction, so a
// change and its trace are committed or rolled back together. Used for everything that is not an
// order: nodes, users, rules, stock, API keys.
import { Prisma } from "@/generated/prisma/client";
import { actorColumns, type Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Plain JSON for a Json column: Dates become ISO strings, undefined becomes SQL NULL. */
function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === undefined || value === null) return Prisma.DbNull;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<{ id: string }> {
  return tx.auditEvent.create({
    data: {
      ...actorColumns(actor),
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      reason: entry.reason ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
    select: { id: true },
  });
}
