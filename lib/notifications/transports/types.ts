// What the dispatcher hands a transport, and what a transport says back when it has delivered.
import type { OutboxChannel } from "@/generated/prisma/enums";

export interface OutboxDelivery {
  id: string;
  channel: OutboxChannel;
  topic: string;
  orderId: string | null;
  recipient: string;
  subject: string | null;
  payload: unknown;
  /** Failed attempts so far (0 on the first try). */
  attempts: number;
}

export interface DeliveryReceipt {
  /** "smtp", "webhook" or "local" (kept in the local outbox, nothing left the machine). */
  transport: string;
  /** The provider's id for the delivery (SMTP message id, HTTP status), when there is one. */
  reference?: string;
}

/** Sends one message; throws on failure (the dispatcher retries with backoff). */
export interface Transport {
  send(message: OutboxDelivery): Promise<DeliveryReceipt>;
}

/** The rendered e-mail kept in an EMAIL message's payload by enqueueCustomerMessage. */
export interface EmailPayload {
  locale?: string;
  text: string;
  html?: string;
}

export function emailPayload(payload: unknown): EmailPayload {
  const p = (payload ?? {}) as Partial<EmailPayload>;
  if (typeof p.text !== "string") throw new Error("The e-mail has no text body.");
  return { locale: p.locale, text: p.text, html: typeof p.html === "string" ? p.html : undefined };
}
