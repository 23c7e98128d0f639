// What starting a simulation takes: the draft at the version the admin is looking at, and the period
// of past orders to replay, [from, to). Shared by the command and the start form (browser-safe).
import { z } from "zod";

/** The longest period one run may replay. */
export const SIMULATION_MAX_DAYS = 400;
const DAY_MS = 86_400_000;

/** An instant, as a Date or an ISO string (what a form sends). */
const instant = z.union([z.date(), z.string()]).transform((v, ctx) => {
  if (v === "") {
    ctx.addIssue({ code: "custom", message: "REQUIRED" });
    return z.NEVER;
  }
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) {
    ctx.addIssue({ code: "custom", message: "INVALID_DATE" });
    return z.NEVER;
  }
  return d;
});

export const startSimulationSchema = z
  .object({
    ruleSetId: z.string().min(1).max(64),
    lockVersion: z.number().int().min(0),
    from: instant,
    to: instant,
  })
  .superRefine((v, ctx) => {
    if (v.from.getTime() >= v.to.getTime()) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "SIMULATION_PERIOD_REVERSED" });
      return;
    }
    if (v.to.getTime() > Date.now() + DAY_MS) ctx.addIssue({ code: "custom", path: ["to"], message: "SIMULATION_PERIOD_FUTURE" });
    if (v.to.getTime() - v.from.getTime() > SIMULATION_MAX_DAYS * DAY_MS) {
      ctx.addIssue({ code: "custom", path: ["from"], message: "SIMULATION_PERIOD_TOO_LONG", params: { maxDays: SIMULATION_MAX_DAYS } });
    }
  });

export type StartSimulationInput = z.input<typeof startSimulationSchema>;
