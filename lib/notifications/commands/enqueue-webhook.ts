// Writes one webhook call for a channel system to the outbox inside the caller's transaction; the
// dispatcher POSTs it after commit (the recipient column holds the URL).
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";

export const enqueueWebhookSchema = z.object({
  topic: z.string().trim().min(1).max(100),
  orderId: z.string().min(1).optional(),
  url: z.url({ protocol: /^https?$/ }),
  payload: z.record(z.string(), z.unknown()),
});
export type EnqueueWebhookInput = z.input<typeof enqueueWebhookSchema>;

export async function enqueueWebhook(tx: Tx, input: EnqueueWebhookInput): Promise<{ id: string }> {
  const { topic, orderId, url, payload } = parseInput(enqueueWebhookSchema, input);
  return tx.outboxMessage.create({
    data: {
      channel: "WEBHOOK",
      topic,
      orderId: orderId ?? null,
      recipient: url,
      subject: null,
      payload: JSON.parse(JSON.stringify(payload)) as Prisma.InputJsonValue,
      status: "PENDING",
    },
    select: { id: true },
  });
}
