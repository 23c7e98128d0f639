// Periods of whole days in the display time zone, as the start form sends them.
import { describe, expect, it } from "vitest";
import { startSimulationSchema } from "@/lib/simulation/client";
import { addDays, periodInstants, presetDays, startOfDay } from "./period";

describe("period of days", () => {
  it("starts a day at its midnight in Paris, in winter and in summer", () => {
    expect(startOfDay("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfDay("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    // The day the clocks go forward starts in winter time.
    expect(startOfDay("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDay("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });

  it("covers the last day whole: [first's midnight, the next day's midnight)", () => {
    expect(periodInstants("2026-11-01", "2026-11-30")).toEqual({ from: "2026-10-31T23:00:00.000Z", to: "2026-11-30T23:00:00.000Z" });
    expect(periodInstants("", "2026-11-30").from).toBe("");
  });

  it("counts the presets back from today", () => {
    expect(presetDays("last7", "2026-12-02", 400)).toEqual({ from: "2026-11-26", to: "2026-12-02" });
    expect(presetDays("last30", "2026-12-02", 400)).toEqual({ from: "2026-11-03", to: "2026-12-02" });
    expect(presetDays("lastMonth", "2026-12-02", 400)).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    expect(presetDays("lastMonth", "2026-01-10", 400)).toEqual({ from: "2025-12-01", to: "2025-12-31" });
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });

  it("gives every preset a period the command accepts, the longest one included", () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
    for (const preset of ["last7", "last30", "lastMonth", "all"] as const) {
      const days = presetDays(preset, today, 400);
      const result = startSimulationSchema.safeParse({ ruleSetId: "r", lockVersion: 1, ...periodInstants(days.from, days.to) });
      expect(result.success, preset).toBe(true);
    }
  });
});
