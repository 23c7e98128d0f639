// Reads back what the dispatcher recorded in a sent message's payload (see dispatch-outbox.ts), and the
// outbox columns the admin's list and message page share.

export interface DeliveryInfo {
  transport: string;
  reference: string | null;
}

export function deliveryInfo(payload: unknown): DeliveryInfo | null {
  const d = payload && typeof payload === "object" ? (payload as { _delivery?: { transport?: unknown; reference?: unknown } })._delivery : undefined;
  if (!d || typeof d.transport !== "string") return null;
  return { transport: d.transport, reference: typeof d.reference === "string" ? d.reference : null };
}

/** The columns the outbox list and the message page read (the payload carries the delivery note). */
export const OUTBOX_ROW_SELECT = {
  id: true,
  channel: true,
  topic: true,
  status: true,
  attempts: true,
  lastError: true,
  recipient: true,
  subject: true,
  createdAt: true,
  sentAt: true,
  nextAttemptAt: true,
  payload: true,
  order: { select: { id: true, number: true } },
} as const;
