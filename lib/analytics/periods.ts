// The dashboard's periods (days back from today): the period picker in the browser and the
// dashboard query read the same list. Loads nothing from the server side.
import { z } from "zod";

export const KPI_PERIODS = [7, 30, 90] as const;
export type KpiPeriod = (typeof KPI_PERIODS)[number];
export const kpiPeriodSchema = z.coerce
  .number()
  .pipe(z.union([z.literal(7), z.literal(30), z.literal(90)]))
  .catch(30);
