// Starts picking a released fulfilment order: the node has taken the work, so agents can no
// longer withdraw it (changes to these units now go through the node).
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { startPickingSchema, type StartPickingInput } from "../schemas";
import { finishWork, lockWork, moveWork, type WorkResult, type WorkRow } from "./work";

export { startPickingSchema };
export type { StartPickingInput };

/** RELEASED -> PICKING on an already locked fulfilment order (other steps start picking on the way). */
export async function beginPicking(tx: Tx, actor: Actor, work: WorkRow): Promise<void> {
  if (work.status === "RELEASED") await moveWork(tx, actor, work, "PICKING", "START_PICKING");
}

export async function startPicking(tx: Tx, actor: Actor, input: StartPickingInput): Promise<WorkResult> {
  const work = await lockWork(tx, actor, input, "node");
  await moveWork(tx, actor, work, "PICKING", "START_PICKING");
  return finishWork(tx, actor, work);
}
