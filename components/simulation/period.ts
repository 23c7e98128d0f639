// Periods of whole days in the display time zone: a day "YYYY-MM-DD" starts at its local midnight,
// and a period of days [first, last] is the instants [first's midnight, the day after last's).
import { DISPLAY_TIME_ZONE } from "./format";

const ymd = (tz: string) => new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" });

/** The day of an instant in the zone, "YYYY-MM-DD". */
export function dayOf(at: Date, tz = DISPLAY_TIME_ZONE): string {
  return ymd(tz).format(at);
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(at: Date, tz: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: tz, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((local - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a day starts in the zone. */
export function startOfDay(day: string, tz = DISPLAY_TIME_ZONE): Date {
  const [y, m, d] = day.split("-").map(Number);
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - offsetMinutes(new Date(guess), tz) * 60_000;
  // Across a clock change the offset at the result may differ from the guess's.
  return new Date(guess - offsetMinutes(new Date(first), tz) * 60_000);
}

/** The day `n` days after `day` (negative: before). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export const PERIOD_PRESETS = ["last7", "last30", "lastMonth", "all"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A preset's first and last day, counted from `today`; "all" is as long as a run may be. */
export function presetDays(preset: PeriodPreset, today: string, maxDays: number): { from: string; to: string } {
  switch (preset) {
    case "last7":
      return { from: addDays(today, -6), to: today };
    case "last30":
      return { from: addDays(today, -29), to: today };
    case "lastMonth": {
      const firstOfMonth = `${today.slice(0, 7)}-01`;
      const lastOfPrevious = addDays(firstOfMonth, -1);
      return { from: `${lastOfPrevious.slice(0, 7)}-01`, to: lastOfPrevious };
    }
    case "all":
      // One day short of the limit, so a clock change in the period cannot make it an hour too long.
      return { from: addDays(today, -(maxDays - 2)), to: today };
  }
}

/** The instants [from, to) of a period of days, as ISO strings ("" for a day not given). */
export function periodInstants(fromDay: string, toDay: string, tz = DISPLAY_TIME_ZONE): { from: string; to: string } {
  const valid = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);
  return {
    from: valid(fromDay) ? startOfDay(fromDay, tz).toISOString() : "",
    to: valid(toDay) ? startOfDay(addDays(toDay, 1), tz).toISOString() : "",
  };
}
