// The store queue's shape and constants, free of server imports so client components (the live
// view) can use them as well as the query.
import type { DeliveryMode, FulfillmentStatus } from "@/generated/prisma/enums";

/** Cards per section: the counts at the top stay exact when a section has more. */
export const STORE_QUEUE_SECTION_LIMIT = 50;
/** A pickup waiting longer than this is flagged as uncollected (the customer may need a reminder). */
export const UNCOLLECTED_AFTER_DAYS = 3;

export type StoreQueueSectionKey = "toPick" | "picking" | "packed" | "readyForPickup";
export const STORE_QUEUE_SECTIONS: readonly StoreQueueSectionKey[] = ["toPick", "picking", "packed", "readyForPickup"];

export interface StoreQueueCard {
  id: string;
  number: string;
  orderNumber: string;
  customerFirstName: string;
  status: FulfillmentStatus;
  mode: DeliveryMode;
  promisedDate: string | null;
  /** When the card entered its current section's wait: release for work, ready time for pickups. */
  since: string;
  ageMinutes: number;
  /** A pickup ready for longer than UNCOLLECTED_AFTER_DAYS. */
  uncollected: boolean;
  lines: Array<{ sku: string; name: string; qty: number }>;
}

export interface StoreQueue {
  store: { id: string; code: string; name: string; city: string; timeZone: string; dailyCapacity: number };
  /** Server time of the read, so the client shows ages and the local clock consistently. */
  generatedAt: string;
  counts: Record<StoreQueueSectionKey, number> & { uncollected: number };
  sections: Record<StoreQueueSectionKey, StoreQueueCard[]>;
}
