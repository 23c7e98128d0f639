// The store queue's shape and constants, free of server imports so client components (the live
// view) can use them as well as the query.
import type { DeliveryMode, FulfillmentStatus } from "@/generated/prisma/enums";
import type { WorkSourcingReason } from "./work-reason-shape";

/** Cards per section: the counts at the top stay exact when a section has more. */
export const STORE_QUEUE_SECTION_LIMIT = 50;
/**
 * Default days after which a waiting pickup is overdue (the customer may need a reminder); the
 * published PICKUP rules decide (reminderAfterDays), this is their default.
 */
export const UNCOLLECTED_AFTER_DAYS = 3;

/**
 * The store's tabs, in the order work flows: released work to pick, picking under way, picked
 * work to pack (or, for its own pickups, to make ready), packed work for the carrier or the
 * shelf, transfers arriving for pickups here, pickups waiting, and pickups waiting too long.
 */
export type StoreQueueSectionKey = "toPick" | "picking" | "toPack" | "toShip" | "arriving" | "readyForPickup" | "overdue";
export const STORE_QUEUE_SECTIONS: readonly StoreQueueSectionKey[] = ["toPick", "picking", "toPack", "toShip", "arriving", "readyForPickup", "overdue"];

export interface StoreQueueCard {
  id: string;
  number: string;
  orderNumber: string;
  customerFirstName: string;
  status: FulfillmentStatus;
  /** Bumped by every change: the work screen sends it back so a stale tablet gets a conflict. */
  version: number;
  mode: DeliveryMode;
  /** Pickup store's code when it is not this store (a transfer), else null. */
  pickupStoreCode: string | null;
  /** When a ready pickup is cancelled if nobody collects it. */
  pickupExpiresAt: string | null;
  promisedDate: string | null;
  /** When the card entered its current section's wait: release for work, ready time for pickups. */
  since: string;
  ageMinutes: number;
  /** A pickup ready for longer than the reminder days of the PICKUP rules. */
  uncollected: boolean;
  lines: Array<{ sku: string; name: string; qty: number; pickedQty: number }>;
  /** Why the units came to this store (from the order's sourcing explanation); absent when none was recorded. */
  sourcingReason?: WorkSourcingReason;
}

export interface StoreQueue {
  store: { id: string; code: string; name: string; city: string; timeZone: string; dailyCapacity: number };
  /** Server time of the read, so the client shows ages and the local clock consistently. */
  generatedAt: string;
  counts: Record<StoreQueueSectionKey, number>;
  sections: Record<StoreQueueSectionKey, StoreQueueCard[]>;
  /** The PICKUP rules in force: overdue after this many days, cancelled after windowDays. */
  pickupRules: { reminderAfterDays: number; windowDays: number };
}
