"use server";
// Server actions of the simulation pages: queue a run of a draft, cancel one. commandAction asks the
// permission table inside the action's result, so a refusal is a typed FORBIDDEN result.
import { commandAction, type ActionResult } from "@/lib/actions";
import { cancelSimulation, cancelSimulationSchema, startSimulation, startSimulationSchema } from "@/lib/simulation";

const revalidate = ["/admin/rules"];

const runStartSimulation = commandAction("rules.edit", startSimulationSchema, startSimulation, { revalidate });
export async function startSimulationAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runStartSimulation(input);
}

const runCancelSimulation = commandAction("rules.edit", cancelSimulationSchema, (tx, actor, input) => cancelSimulation(tx, actor, input), { revalidate });
export async function cancelSimulationAction(input: unknown): Promise<ActionResult<{ id: string; status: "CANCELLED" | "RUNNING" }>> {
  return runCancelSimulation(input);
}
