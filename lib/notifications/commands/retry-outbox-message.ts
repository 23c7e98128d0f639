// An admin puts a message the dispatcher gave up on (FAILED) back in the queue, with a fresh set of
// attempts, e.g. after fixing the SMTP settings or a channel's webhook URL.
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError, RuleViolation } from "@/lib/errors";
import { parseInput } from "@/lib/http";

export const retryOutboxMessageSchema = z.object({ id: z.string().min(1) });
export type RetryOutboxMessageInput = z.input<typeof retryOutboxMessageSchema>;

export async function retryOutboxMessage(tx: Tx, actor: Actor, input: RetryOutboxMessageInput): Promise<{ id: string }> {
  authorize(actor, "outbox.retry");
  const { id } = parseInput(retryOutboxMessageSchema, input);
  const message = await tx.outboxMessage.findUnique({
    where: { id },
    select: { id: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, topic: true, recipient: true },
  });
  if (!message) throw new NotFoundError("outboxMessage", id);
  if (message.status !== "FAILED") {
    throw new RuleViolation("OUTBOX_NOT_FAILED");
  }
  const now = new Date();
  // Conditional on FAILED so two admins clicking at once queue it once.
  const { count } = await tx.outboxMessage.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: now, lastError: null },
  });
  if (count === 0) throw new ConflictError();
  await recordAudit(tx, actor, {
    entityType: "OutboxMessage",
    entityId: id,
    action: "outbox.retry",
    before: { status: message.status, attempts: message.attempts, lastError: message.lastError, nextAttemptAt: message.nextAttemptAt },
    after: { status: "PENDING", attempts: 0, lastError: null, nextAttemptAt: now },
  });
  return { id };
}
