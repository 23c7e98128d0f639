"use server";
// Server actions of the nodes admin pages: authorise, validate, run one command, refresh the pages.
// commandAction asks the permission table inside the action's result, so a refusal is a typed
// FORBIDDEN result, never a thrown error.
import { commandAction, type ActionResult } from "@/lib/actions";
import { updateNode, updateNodeSchema } from "@/lib/nodes";

const runUpdateNode = commandAction("node.edit", updateNodeSchema, async (tx, actor, input) => {
  const { code, version } = await updateNode(tx, actor, input);
  return { code, version };
}, { revalidate: ["/admin/nodes"] });

export async function updateNodeAction(input: unknown): Promise<ActionResult<{ code: string; version: number }>> {
  return runUpdateNode(input);
}
