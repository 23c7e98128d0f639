// The dashboard's periods: a preset (days back from now) or a custom range of whole calendar days
// in the reporting time zone. The period picker in the browser and the dashboard query read the
// same schemas. Loads nothing from the server side.
import { z } from "zod";

export const KPI_PERIODS = [7, 30, 90] as const;
export type KpiPeriod = (typeof KPI_PERIODS)[number];
export const kpiPeriodSchema = z.coerce
  .number()
  .pipe(z.union([z.literal(7), z.literal(30), z.literal(90)]))
  .catch(30);

/** The longest custom period, in calendar days (both ends included). */
export const KPI_MAX_CUSTOM_DAYS = 366;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const isValidDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "INVALID_DATE").refine(isValidDay, "INVALID_DATE");
const dayNumber = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;

/** A custom period: from and to are calendar days ("2026-11-01"), both included. */
export const kpiCustomPeriodSchema = z
  .object({
    from: z.preprocess(blankToUndefined, isoDay.optional()),
    to: z.preprocess(blankToUndefined, isoDay.optional()),
  })
  .superRefine((v, ctx) => {
    if (!v.from && !v.to) return;
    if (!v.from) ctx.addIssue({ code: "custom", path: ["from"], message: "REQUIRED" });
    if (!v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "REQUIRED" });
    if (!v.from || !v.to) return;
    if (v.from > v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "DATE_RANGE_REVERSED" });
    else if (dayNumber(v.to) - dayNumber(v.from) + 1 > KPI_MAX_CUSTOM_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: "KPI_PERIOD_TOO_LONG" });
  });
export type KpiCustomPeriod = z.output<typeof kpiCustomPeriodSchema>;

/** The period shown: a preset, or a custom range when both days are given. */
export type KpiPeriodChoice = { kind: "preset"; days: KpiPeriod } | { kind: "custom"; from: string; to: string };
