// The nodes context's command inputs as zod schemas, safe for a browser bundle: the admin's node
// form validates with the same schema the update-node command parses, so a rule lives once.
import { z } from "zod";
import { openingHoursSchema } from "./opening-hours";

export const updateNodeSchema = z.object({
  code: z.string().trim().min(1).max(40),
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(120),
  canShip: z.boolean(),
  canPickup: z.boolean(),
  canShipFromStore: z.boolean(),
  canReturn: z.boolean(),
  // Only a value of the wrong type says "whole number": an empty field is REQUIRED, and the bounds
  // and the integer check keep their own codes (a schema-level message would apply to them too).
  dailyCapacity: z
    .number({ error: (issue) => (issue.code === "invalid_type" && issue.input != null ? "NOT_INTEGER" : undefined) })
    .int()
    .min(0)
    .max(1_000_000),
  openingHours: openingHoursSchema,
  active: z.boolean(),
});
export type UpdateNodeInput = z.input<typeof updateNodeSchema>;
