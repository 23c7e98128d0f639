// Promised dates: when a fulfilment order will be ready at the pickup desk or delivered, from the
// node's opening hours (in its time zone), its cut-off, carrier transit by distance, and, for
// backorders, the ETA of the inbound supply. Pure functions: `now` is always given.
import { addLocalDays, weekdayOf, zonedParts, zonedTimeToUtc, type Weekday } from "@/lib/calendar/client";

export type OpeningHours = Partial<Record<Weekday, Array<[string, string]>>>;

/** A day the node is closed ([] hours) or keeps other hours than its weekday's, in its time zone. */
export interface PromiseHoliday {
  date: string; // YYYY-MM-DD, local
  hours: ReadonlyArray<readonly [string, string]>;
}

export interface PromiseNode {
  type: "DC" | "STORE";
  timeZone: string;
  openingHours: OpeningHours;
  /** Holidays override the weekday's hours on their date. */
  holidays?: ReadonlyArray<PromiseHoliday>;
}

/** Minutes a store needs to pick an in-store pickup order. */
export const PICKUP_PREP_MINUTES = 120;
/** Orders released after this local time leave the node the next working day. */
export const CUTOFF = { DC: "15:00", STORE: "16:00" } as const;
/** Parcel carriers do not deliver on Sundays. */
const DELIVERY_DAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat"];

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Carrier transit in working days by great-circle distance. */
export function transitDays(km: number): number {
  if (km <= 400) return 1;
  if (km <= 900) return 2;
  return 3;
}

const isoDay = (d: { year: number; month: number; day: number }) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

function openIntervals(node: PromiseNode, local: { year: number; month: number; day: number }): Array<[number, number]> {
  // Read leniently, like the weekday hours: stored JSON that is not a list means no holidays.
  const holidays = Array.isArray(node.holidays) ? node.holidays : [];
  const date = holidays.length ? isoDay(local) : null;
  const holiday = date ? holidays.find((h) => h.date === date && Array.isArray(h.hours)) : undefined;
  const hours: ReadonlyArray<readonly [string, string]> = holiday ? holiday.hours : (node.openingHours[weekdayOf(local)] ?? []);
  return hours.map(([a, b]) => [toMinutes(a), toMinutes(b)] as [number, number]).filter(([a, b]) => b > a);
}

/**
 * The first moment at or after `from` when the node is open with at least `needMinutes` before it
 * closes, plus those minutes: when work started then is done. Looks two weeks ahead at most.
 */
export function nextWorkDone(node: PromiseNode, from: Date, needMinutes: number, latestStart?: string): Date {
  const start = zonedParts(from, node.timeZone);
  for (let offset = 0; offset < 14; offset++) {
    const local = addLocalDays(start, offset);
    const nowMin = offset === 0 ? start.hour * 60 + start.minute : 0;
    for (const [open, close] of openIntervals(node, local)) {
      const begin = Math.max(open, nowMin);
      const limit = latestStart ? Math.min(close, toMinutes(latestStart)) : close - needMinutes;
      if (begin <= limit && begin + needMinutes <= close) {
        const done = begin + needMinutes;
        return zonedTimeToUtc(local.year, local.month, local.day, Math.floor(done / 60), done % 60, node.timeZone);
      }
    }
  }
  // A node with no opening hours at all: promise two weeks out rather than never.
  return new Date(from.getTime() + 14 * 86_400_000);
}

/** Adds working (delivery) days, in the destination's calendar approximated by the node's zone. */
function addDeliveryDays(from: Date, days: number, timeZone: string): Date {
  let local = zonedParts(from, timeZone) as { year: number; month: number; day: number };
  let left = days;
  while (left > 0) {
    local = addLocalDays(local, 1);
    if (DELIVERY_DAYS.includes(weekdayOf(local))) left--;
  }
  // Delivered by the end of the day: 18:00 local.
  return zonedTimeToUtc(local.year, local.month, local.day, 18, 0, timeZone);
}

/** When the node hands the parcel to the carrier. */
export function dispatchAt(node: PromiseNode, releasedAt: Date): Date {
  return nextWorkDone(node, releasedAt, 60, CUTOFF[node.type]);
}

export interface PromiseInput {
  source: PromiseNode;
  /** PICKUP at the source itself: ready after the pick; otherwise shipped. */
  kind: "SHIP_TO_CUSTOMER" | "PICKUP_IN_STORE" | "TRANSFER_TO_PICKUP_STORE";
  km: number;
  /** For transfers: the pickup store, whose opening hours decide when the parcel is on the shelf. */
  pickupStore?: PromiseNode;
  /** Work can start no earlier than this (now, or the ETA of backordered supply). */
  availableFrom: Date;
}

export function promisedDate(input: PromiseInput): Date {
  const { source, availableFrom } = input;
  if (input.kind === "PICKUP_IN_STORE") return nextWorkDone(source, availableFrom, PICKUP_PREP_MINUTES);
  const handedOver = dispatchAt(source, availableFrom);
  const arrives = addDeliveryDays(handedOver, transitDays(input.km), source.timeZone);
  if (input.kind === "SHIP_TO_CUSTOMER") return arrives;
  const store = input.pickupStore ?? source;
  // Parcels arrive in the morning; the store shelves them within an hour of opening.
  const morning = new Date(arrives.getTime() - 10 * 3_600_000);
  return nextWorkDone(store, morning, 60);
}
