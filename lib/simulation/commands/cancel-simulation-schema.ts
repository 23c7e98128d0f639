// What cancelling a simulation takes (browser-safe: the run page's Cancel dialog sends it).
import { z } from "zod";

export const cancelSimulationSchema = z.object({ id: z.string().min(1).max(64) });

export type CancelSimulationInput = z.input<typeof cancelSimulationSchema>;
