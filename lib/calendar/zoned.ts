// Wall-clock time in a node's time zone, without a date library: Intl gives the local parts, and
// a local time is turned back into UTC by measuring the zone's offset at that moment.

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export const WEEKDAYS: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: Weekday;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", weekday: "short" });
    formatters.set(timeZone, f);
  }
  return f;
}

// A zone's offset changes only at transitions on a quarter hour (every zone in use today), so it is
// measured once per zone and quarter hour and the parts are then plain UTC arithmetic: Intl's
// formatToParts is the slow part of every promised date (thousands per what-if simulation).
const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

function offsetAt(ms: number, timeZone: string): number {
  const bucket = Math.floor(ms / QUARTER_HOUR);
  const key = `${timeZone}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const at = bucket * QUARTER_HOUR;
    const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(at)).map((p) => [p.type, p.value]));
    offset = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24, Number(parts.minute), Number(parts.second)) - at;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const local = new Date(date.getTime() + offsetAt(date.getTime(), timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    weekday: WEEKDAYS[local.getUTCDay()],
  };
}

/** The UTC instant of a wall-clock time in a zone (DST-correct except inside a skipped hour). */
export function zonedTimeToUtc(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const p = zonedParts(new Date(guess), timeZone);
  const asIfUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  const offset = asIfUtc - guess;
  const first = new Date(guess - offset);
  // A second pass settles the offset when the guess and the answer straddle a DST change.
  const p2 = zonedParts(first, timeZone);
  const offset2 = Date.UTC(p2.year, p2.month - 1, p2.day, p2.hour, p2.minute) - first.getTime();
  return offset2 === offset ? first : new Date(guess - offset2);
}

/** Adds calendar days to a local date (year, month, day), returning the new local date. */
export function addLocalDays(p: { year: number; month: number; day: number }, days: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekdayOf(p: { year: number; month: number; day: number }): Weekday {
  return WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
}

/** The UTC instants where the local calendar day containing `now` starts and ends in a zone. */
export function dayBoundsInZone(now: Date, timeZone: string): { start: Date; end: Date } {
  const p = zonedParts(now, timeZone);
  const next = addLocalDays(p, 1);
  return { start: zonedTimeToUtc(p.year, p.month, p.day, 0, 0, timeZone), end: zonedTimeToUtc(next.year, next.month, next.day, 0, 0, timeZone) };
}
