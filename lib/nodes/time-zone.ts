// Calendar days in a node's time zone: "today at the Lyon store" starts at local midnight there,
// not at UTC midnight.

function zonedParts(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** Offset of the zone from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** The UTC instants where the local calendar day containing `now` starts and ends. */
export function dayBoundsInZone(now: Date, timeZone: string): { start: Date; end: Date } {
  const p = zonedParts(now, timeZone);
  const localMidnight = (y: number, m: number, d: number) => {
    const guess = Date.UTC(y, m - 1, d);
    // Two passes settle the offset across a daylight-saving change on that day.
    let t = guess - offsetMs(new Date(guess), timeZone);
    t = guess - offsetMs(new Date(t), timeZone);
    return new Date(t);
  };
  const next = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  return {
    start: localMidnight(p.year, p.month, p.day),
    end: localMidnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()),
  };
}
