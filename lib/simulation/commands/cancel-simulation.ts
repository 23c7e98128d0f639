// An admin stops a simulation: a queued one is cancelled at once; a running one is asked to stop and
// the runner ends it as CANCELLED after its current chunk (the results so far are kept).
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { RuleViolation } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { SimulationNotFoundError } from "../errors";
import { cancelSimulationSchema, type CancelSimulationInput } from "./cancel-simulation-schema";

export { cancelSimulationSchema };
export type { CancelSimulationInput };

export async function cancelSimulation(
  tx: Tx,
  actor: Actor,
  input: CancelSimulationInput,
  now: Date = new Date(),
): Promise<{ id: string; status: "CANCELLED" | "RUNNING" }> {
  const { id } = parseInput(cancelSimulationSchema, input);
  const run = await tx.simulationRun.findUnique({ where: { id }, select: { id: true, status: true, cancelRequested: true } });
  if (!run) throw new SimulationNotFoundError(id);
  if (run.status !== "QUEUED" && run.status !== "RUNNING") throw new RuleViolation("SIMULATION_FINISHED");

  // Conditional on the status read, so a runner finishing the run meanwhile is not overwritten.
  const queued = run.status === "QUEUED";
  const { count } = await tx.simulationRun.updateMany({
    where: { id, status: run.status },
    data: queued ? { cancelRequested: true, status: "CANCELLED", finishedAt: now } : { cancelRequested: true },
  });
  if (count === 0) throw new RuleViolation("SIMULATION_FINISHED");
  const status = queued ? "CANCELLED" : "RUNNING";
  await recordAudit(tx, actor, {
    entityType: "SimulationRun",
    entityId: id,
    action: "simulation.cancel",
    before: { status: run.status, cancelRequested: run.cancelRequested },
    after: { status, cancelRequested: true },
  });
  return { id, status };
}
