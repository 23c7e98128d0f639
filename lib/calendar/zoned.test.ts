// Local wall-clock parts agree with Intl at any instant, in zones with daylight-saving changes,
// half-hour changes (Lord Howe) and quarter-hour offsets (Chatham), across the changes themselves.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zonedParts, zonedTimeToUtc } from "./zoned";

const ZONES = ["Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kolkata", "America/St_Johns", "UTC"];

function intlParts(ms: number, timeZone: string) {
  const fmt = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", weekday: "short" });
  const p = Object.fromEntries(fmt.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { year: +p.year, month: +p.month, day: +p.day, hour: +p.hour % 24, minute: +p.minute, weekday: p.weekday.toLowerCase().slice(0, 3) };
}

describe("zonedParts", () => {
  it("says what Intl says at any instant from 2000 to 2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...ZONES), (ms, zone) => {
        expect(zonedParts(new Date(ms), zone)).toEqual(intlParts(ms, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it("is right on both sides of Paris's daylight-saving changes, minute by minute", () => {
    for (const change of [Date.UTC(2026, 2, 29, 1, 0), Date.UTC(2026, 9, 25, 1, 0)]) {
      for (let ms = change - 90 * 60_000; ms <= change + 90 * 60_000; ms += 60_000) expect(zonedParts(new Date(ms), "Europe/Paris")).toEqual(intlParts(ms, "Europe/Paris"));
    }
    expect(zonedTimeToUtc(2026, 3, 29, 9, 0, "Europe/Paris").toISOString()).toBe("2026-03-29T07:00:00.000Z");
  });
});
