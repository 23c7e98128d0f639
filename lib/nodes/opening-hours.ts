// Opening hours of a node: per weekday a list of [open, close] intervals ("HH:MM", node time zone).
// One schema validates the admin form and what the sourcing engine later reads from the database.
import { z } from "zod";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type OpeningHours = Record<Weekday, Array<[string, string]>>;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

// A schema's own messages are error codes (lib/i18n/messages/<lang>/errors/inventory.ts).
const time = z.string().regex(HHMM, "TIME_FORMAT");

const interval = z
  .tuple([time, time])
  .refine(([open, close]) => !HHMM.test(open) || !HHMM.test(close) || open < close, "CLOSES_BEFORE_OPENING");

/** One day's intervals: at most four, not overlapping (a weekday's, or a holiday's special hours). */
export const dayIntervalsSchema = z
  .array(interval)
  .max(4, "TOO_MANY_INTERVALS")
  .refine((list) => {
    const sorted = [...list].sort((a, b) => a[0].localeCompare(b[0]));
    return sorted.every((iv, i) => i === 0 || sorted[i - 1][1] <= iv[0]);
  }, "OVERLAPPING_INTERVALS");

const day = dayIntervalsSchema;

export const openingHoursSchema = z.object({
  mon: day,
  tue: day,
  wed: day,
  thu: day,
  fri: day,
  sat: day,
  sun: day,
});

/** Reads the stored JSON leniently: anything malformed shows as closed rather than breaking a page. */
export function readOpeningHours(raw: unknown): OpeningHours {
  const out = Object.fromEntries(WEEKDAYS.map((d) => [d, [] as Array<[string, string]>])) as OpeningHours;
  if (!raw || typeof raw !== "object") return out;
  for (const d of WEEKDAYS) {
    const list = (raw as Record<string, unknown>)[d];
    if (!Array.isArray(list)) continue;
    out[d] = list
      .filter((iv): iv is [string, string] => Array.isArray(iv) && iv.length === 2 && iv.every((x) => typeof x === "string"))
      .map(([a, b]) => [a, b]);
  }
  return out;
}
