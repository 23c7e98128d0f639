// Reads back what the dispatcher recorded in a sent message's payload (see dispatch-outbox.ts).

export interface DeliveryInfo {
  transport: string;
  reference: string | null;
}

export function deliveryInfo(payload: unknown): DeliveryInfo | null {
  const d = payload && typeof payload === "object" ? (payload as { _delivery?: { transport?: unknown; reference?: unknown } })._delivery : undefined;
  if (!d || typeof d.transport !== "string") return null;
  return { transport: d.transport, reference: typeof d.reference === "string" ? d.reference : null };
}
