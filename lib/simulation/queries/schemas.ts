// The inputs of the simulation queries (browser-safe: pages and the polling route share them).
import { z } from "zod";

export const SIMULATION_STATUSES = ["QUEUED", "RUNNING", "DONE", "CANCELLED", "FAILED"] as const;
export type SimulationStatusCode = (typeof SIMULATION_STATUSES)[number];

const id = z.string().min(1).max(64);

export const listSimulationsSchema = z.object({
  /** Only the runs of this draft; all runs without it. */
  ruleSetId: id.optional(),
  status: z.enum(SIMULATION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const getSimulationSchema = z.object({ id });

export const listSimulationResultsSchema = z.object({
  id,
  /** Only the orders whose plan differs (the default). */
  changedOnly: z.boolean().default(true),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const getSimulationResultSchema = z.object({ id, orderId: id });

export const getLatestSimulationSchema = z.object({ ruleSetId: id });
