// One outbox message as an admin reads it: the text the customer receives (or the webhook body),
// its delivery history and the order it is about.
import { z } from "zod";
import type { OutboxChannel, OutboxStatus } from "@/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { deliveryInfo, OUTBOX_ROW_SELECT, type DeliveryInfo } from "./delivery-info";

export const getOutboxMessageSchema = z.object({ id: z.string().min(1) });
export type GetOutboxMessageInput = z.input<typeof getOutboxMessageSchema>;

export interface OutboxMessageDetail {
  id: string;
  channel: OutboxChannel;
  topic: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  recipient: string;
  subject: string | null;
  order: { id: string; number: string } | null;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
  delivery: DeliveryInfo | null;
  /** Language of an e-mail, as rendered. */
  locale: string | null;
  /** Plain-text body of an e-mail. */
  text: string | null;
  /** HTML body of an e-mail (shown in a sandboxed frame). */
  html: string | null;
  /** The JSON of a webhook, or of an e-mail written without a rendered text (e.g. by an old seed). */
  body: unknown;
}

export async function getOutboxMessage(db: Db | Tx, actor: Actor | null, input: GetOutboxMessageInput): Promise<OutboxMessageDetail> {
  if (actor) authorize(actor, "outbox.view");
  const { id } = parseInput(getOutboxMessageSchema, input);
  const row = await db.outboxMessage.findUnique({
    where: { id },
    select: OUTBOX_ROW_SELECT,
  });
  if (!row) throw new NotFoundError("outboxMessage", id);
  const { payload, ...rest } = row;
  const p = (payload && typeof payload === "object" && !Array.isArray(payload) ? payload : {}) as Record<string, unknown>;
  const { _delivery: _ignored, ...body } = p;
  const isEmail = row.channel === "EMAIL";
  const text = isEmail && typeof p.text === "string" ? p.text : null;
  return {
    ...rest,
    delivery: deliveryInfo(payload),
    locale: isEmail && typeof p.locale === "string" ? p.locale : null,
    text,
    html: isEmail && typeof p.html === "string" ? p.html : null,
    body: text === null ? body : null,
  };
}
