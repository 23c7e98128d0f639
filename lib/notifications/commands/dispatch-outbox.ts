// Sends due outbox messages after commit. Each pass claims a small batch (PENDING and due) in one
// short statement with FOR UPDATE SKIP LOCKED, pushing its nextAttemptAt forward by a lease so no
// other dispatcher sees it as due; then sends each message outside any transaction and records the
// outcome only if the lease is still ours. Two dispatchers therefore never send the same message,
// unless a send outlives its lease (a crash mid-send): delivery is at-least-once, and transports pass
// the message id downstream (Message-ID, Idempotency-Key) so receivers can drop the duplicate.
import { Prisma } from "@/generated/prisma/client";
import type { OutboxChannel } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db";
import { jobLogger } from "@/lib/log";
import type { DeliveryReceipt, OutboxDelivery, Transport } from "../transports/types";

export interface DispatchOutboxOptions {
  transport: Transport;
  /** The clock, for tests; defaults to the current time at each step. */
  now?: Date;
  batchSize?: number;
  /** Attempts before a message is given up as FAILED (an admin can retry it). */
  maxAttempts?: number;
  /** Batches per call, so one pass cannot run for ever behind a flood of messages. */
  maxBatches?: number;
  /** How long a claimed message stays invisible to other dispatchers; longer than any send. */
  leaseMs?: number;
  /**
   * Asked before each send: true when the dispatcher is stopping (graceful shutdown). The message
   * being sent is finished; the batch's other claimed messages are handed back at once.
   */
  shouldStop?: () => boolean;
}

export interface DispatchOutboxResult {
  sent: number;
  retried: number;
  failed: number;
}

/** Delay before the next try after the n-th failed attempt: 1 min, 5 min, 30 min, 2 h, 6 h, then 12 h. */
export const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000] as const;
export const DEFAULT_MAX_ATTEMPTS = 5;
export const LAST_ERROR_MAX = 1_000;

export function backoffMs(failedAttempts: number): number {
  return BACKOFF_MS[Math.min(Math.max(failedAttempts, 1), BACKOFF_MS.length) - 1];
}

interface ClaimedRow {
  id: string;
  channel: OutboxChannel;
  topic: string;
  orderId: string | null;
  recipient: string;
  subject: string | null;
  payload: unknown;
  attempts: number;
  nextAttemptAt: Date;
}

async function claimDue(db: Db, now: Date, lease: Date, limit: number): Promise<ClaimedRow[]> {
  // One statement is one short transaction: the row locks last only while the lease is written.
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMessage" SET "nextAttemptAt" = ${lease}
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, channel::text AS channel, topic, "orderId", recipient, subject, payload, attempts, "nextAttemptAt"`;
}

function errorText(e: unknown): string {
  const text = e instanceof Error ? `${e.name === "Error" ? "" : `${e.name}: `}${e.message}` : String(e);
  return text.length > LAST_ERROR_MAX ? `${text.slice(0, LAST_ERROR_MAX - 1)}…` : text;
}

function withReceipt(payload: unknown, receipt: DeliveryReceipt, at: Date): Prisma.InputJsonValue {
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) return payload as Prisma.InputJsonValue;
  // Underscored so it cannot clash with a webhook body's own keys.
  return { ...(payload as Record<string, unknown>), _delivery: { ...receipt, at: at.toISOString() } } as Prisma.InputJsonValue;
}

export async function dispatchOutbox(db: Db, options: DispatchOutboxOptions): Promise<DispatchOutboxResult> {
  const batchSize = options.batchSize ?? 20;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const maxBatches = options.maxBatches ?? 10;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const clock = () => options.now ?? new Date();
  const result: DispatchOutboxResult = { sent: 0, retried: 0, failed: 0 };

  for (let batch = 0; batch < maxBatches; batch++) {
    const now = clock();
    if (options.shouldStop?.()) break;
    const claimed = await claimDue(db, now, new Date(now.getTime() + leaseMs), batchSize);
    for (const [k, row] of claimed.entries()) {
      if (options.shouldStop?.()) {
        // Due again at once for the next dispatcher, rather than after the lease.
        await db.outboxMessage.updateMany({ where: { id: { in: claimed.slice(k).map((r) => r.id) }, status: "PENDING", nextAttemptAt: row.nextAttemptAt }, data: { nextAttemptAt: clock() } });
        return result;
      }
      const ours = { id: row.id, status: "PENDING" as const, nextAttemptAt: row.nextAttemptAt };
      const message: OutboxDelivery = {
        id: row.id,
        channel: row.channel,
        topic: row.topic,
        orderId: row.orderId,
        recipient: row.recipient,
        subject: row.subject,
        payload: row.payload,
        attempts: row.attempts,
      };
      let receipt: DeliveryReceipt;
      try {
        receipt = await options.transport.send(message);
      } catch (e) {
        const attempts = row.attempts + 1;
        const at = clock();
        const giveUp = attempts >= maxAttempts;
        const { count } = await db.outboxMessage.updateMany({
          where: ours,
          data: {
            attempts,
            lastError: errorText(e),
            ...(giveUp ? { status: "FAILED", nextAttemptAt: at } : { nextAttemptAt: new Date(at.getTime() + backoffMs(attempts)) }),
          },
        });
        if (count) result[giveUp ? "failed" : "retried"]++;
        continue;
      }
      const at = clock();
      const { count } = await db.outboxMessage.updateMany({
        where: ours,
        data: { status: "SENT", sentAt: at, lastError: null, payload: withReceipt(row.payload, receipt, at) },
      });
      if (count) result.sent++;
      else jobLogger("outbox").warn({ outboxMessageId: row.id }, "message sent after its lease ran out; another dispatcher may send it again (the receiver drops it by its Idempotency-Key)");
    }
    if (claimed.length < batchSize) break;
  }
  return result;
}
