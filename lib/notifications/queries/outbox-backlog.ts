// How far behind the outbox is: messages waiting to go out, and how long the oldest due one has
// waited. Read by the health check (dispatcher lag) and the metrics (outbox backlog).
import type { Db } from "@/lib/db";

export interface OutboxBacklog {
  /** PENDING messages, due now or later (a retry waits for its backoff). */
  pending: number;
  /** PENDING messages due now. */
  due: number;
  /** FAILED messages (given up; an admin can retry them). */
  failed: number;
  /** Seconds the oldest due message has waited past its due time; 0 when none is due. */
  oldestDueAgeSeconds: number;
}

export async function getOutboxBacklog(db: Db, now: Date = new Date()): Promise<OutboxBacklog> {
  const [row] = await db.$queryRaw<Array<{ pending: number; due: number; failed: number; oldest: Date | null }>>`
    SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
           count(*) FILTER (WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now})::int AS due,
           count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
           min("nextAttemptAt") FILTER (WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}) AS oldest
    FROM "OutboxMessage"
    WHERE status IN ('PENDING', 'FAILED')`;
  const oldest = row?.oldest ? new Date(row.oldest).getTime() : null;
  return {
    pending: row?.pending ?? 0,
    due: row?.due ?? 0,
    failed: row?.failed ?? 0,
    oldestDueAgeSeconds: oldest === null ? 0 : Math.max(0, Math.round((now.getTime() - oldest) / 1000)),
  };
}
