import { describe, expect, it } from "vitest";
import { dayRange, isoDayIn, startOfDay } from "./day-range";

describe("calendar days in a time zone", () => {
  it("starts a Paris day at 23:00 UTC in winter and 22:00 UTC in summer", () => {
    expect(startOfDay("2026-01-15", "Europe/Paris").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfDay("2026-07-15", "Europe/Paris").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    // The day clocks go forward still starts at local midnight.
    expect(startOfDay("2026-03-29", "Europe/Paris").toISOString()).toBe("2026-03-28T23:00:00.000Z");
  });

  it("makes an inclusive range of whole days", () => {
    expect(dayRange("2026-03-01", "2026-03-31", "UTC")).toEqual({ gte: new Date("2026-03-01T00:00:00Z"), lt: new Date("2026-04-01T00:00:00Z") });
    expect(dayRange(undefined, undefined, "UTC")).toEqual({});
  });

  it("names today's date in the zone", () => {
    expect(isoDayIn(new Date("2026-03-09T23:30:00Z"), "Europe/Paris")).toBe("2026-03-10");
  });
});
