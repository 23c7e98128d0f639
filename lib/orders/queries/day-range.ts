// Calendar days in a time zone as UTC instants, so "orders placed on 3 March" means the Paris day
// (or the given zone's), not the server's UTC day.

import { zonedTimeToUtc } from "@/lib/calendar/client";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/client";

/** The call centre works on French time; dates typed by agents are read in this zone. */
export const AGENT_TIME_ZONE = DISPLAY_TIME_ZONE;

/** The instant a calendar day ("2026-03-03") starts in a time zone. */
export function startOfDay(isoDate: string, timeZone: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  return zonedTimeToUtc(y, m, d, 0, 0, timeZone);
}

/** The calendar day after isoDate. */
export function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Today's calendar day in a time zone, as "YYYY-MM-DD". */
export function isoDayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** [start, end) of a range of whole days in a time zone; either side may be open. */
export function dayRange(from: string | undefined, to: string | undefined, timeZone: string): { gte?: Date; lt?: Date } {
  return {
    ...(from ? { gte: startOfDay(from, timeZone) } : {}),
    ...(to ? { lt: startOfDay(nextDay(to), timeZone) } : {}),
  };
}
