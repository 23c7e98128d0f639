// What the DC console reads about one distribution centre: a page of its open fulfilment orders,
// how many wait at each stage, and the DCs to choose from. Client-safe (no server imports): the
// console's live view polls the same shape the page renders first.
import type { FulfillmentStatus } from "@/generated/prisma/enums";
import type { FulfillmentWork } from "./work-shape";
import type { WorkSourcingReason } from "./work-reason-shape";

/**
 * The stages the console counts and filters by, in the order work flows through a DC: to pick,
 * being picked, packed for the carrier, shipped and awaiting the carrier's delivery, and pickups
 * on their way to a store.
 */
export const DC_CONSOLE_STATUSES = ["RELEASED", "PICKING", "PACKED", "SHIPPED", "IN_TRANSIT_TO_STORE"] as const satisfies readonly FulfillmentStatus[];
export type DcConsoleStatus = (typeof DC_CONSOLE_STATUSES)[number];

/** Rows per page of the console's table. */
export const DC_CONSOLE_PAGE_SIZE = 25;

export interface DcOption {
  code: string;
  name: string;
  city: string;
}

export interface DcConsole {
  dc: { id: string; code: string; name: string; city: string; timeZone: string };
  /** Every active DC, for the picker. */
  dcs: DcOption[];
  generatedAt: string;
  /** Fulfilment orders at this DC per stage (all of them, not only this page). */
  counts: Record<DcConsoleStatus, number>;
  /** Fulfilment orders this DC shipped since its own local midnight. */
  shippedToday: number;
  /** The stage the list is filtered by; null for all open work. */
  status: DcConsoleStatus | null;
  /** This page, oldest first. */
  items: FulfillmentWork[];
  /** The `cursor` of the next page; null on the last one. */
  nextCursor: string | null;
  /** Why each item's units came to this DC, by fulfilment order id (from the sourcing explanation). */
  reasons?: Record<string, WorkSourcingReason>;
}

/** Units a fulfilment order delivers, confirmed as picked, and short-picked. */
export function workUnits(work: Pick<FulfillmentWork, "lines">): { units: number; picked: number; short: number } {
  let units = 0;
  let picked = 0;
  let short = 0;
  for (const l of work.lines) {
    units += l.qty;
    picked += l.pickedQty;
    short += l.shortQty;
  }
  return { units, picked, short };
}
