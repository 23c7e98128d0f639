// What browser code may load from the calendar context: all of it (pure date arithmetic in a
// node's or the user's time zone).
export { WEEKDAYS, addLocalDays, dayBoundsInZone, weekdayOf, zonedParts, zonedTimeToUtc } from "./zoned";
export type { Weekday, ZonedParts } from "./zoned";
