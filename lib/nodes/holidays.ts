// Holidays of a node: dates on which it is closed, or keeps other hours than its weekday's, in its
// own time zone. They override the opening hours wherever those matter (promised dates, pickup
// readiness: lib/orders/promise.ts). Stored in Node.holidays as [{ date, name, hours }].
import { z } from "zod";
import { dayIntervalsSchema } from "./opening-hours";

export interface Holiday {
  /** Local date, YYYY-MM-DD. */
  date: string;
  name: string;
  /** Intervals as in the opening hours; [] = closed all day. */
  hours: Array<[string, string]>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 2000 && y <= 2100 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const MAX_HOLIDAYS = 100;

export const holidaySchema = z.object({
  date: z.string().trim().refine(isIsoDate, "HOLIDAY_DATE_FORMAT"),
  name: z.string().trim().min(1).max(80),
  hours: dayIntervalsSchema,
});

/** A node's holidays: each date once (the duplicate is the one marked), sorted by date on save. */
export const holidaysSchema = z
  .array(holidaySchema)
  .max(MAX_HOLIDAYS)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((h, i) => {
      if (seen.has(h.date)) ctx.addIssue({ code: "custom", path: [i, "date"], message: "HOLIDAY_DUPLICATE_DATE" });
      seen.add(h.date);
    });
  })
  .transform((list) => [...list].sort((a, b) => a.date.localeCompare(b.date)));

/** Reads the stored JSON leniently: malformed entries are left out rather than breaking a page. */
export function readHolidays(raw: unknown): Holiday[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((h): h is Holiday => !!h && typeof h === "object" && typeof h.date === "string" && typeof h.name === "string" && Array.isArray(h.hours))
    .map((h) => ({
      date: h.date,
      name: h.name,
      hours: h.hours.filter((iv): iv is [string, string] => Array.isArray(iv) && iv.length === 2 && iv.every((x) => typeof x === "string")).map(([a, b]) => [a, b] as [string, string]),
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
