"use server";
// Server actions of the nodes admin pages: authorise, validate, run one command, refresh the pages.
// commandAction asks the permission table inside the action's result, so a refusal is a typed
// FORBIDDEN result, never a thrown error.
import { commandAction, type ActionResult } from "@/lib/actions";
import { createNode, createNodeSchema, importNodes, importNodesSchema, updateNode, updateNodeSchema, type ImportNodesResult } from "@/lib/nodes";

const runUpdateNode = commandAction("node.edit", updateNodeSchema, async (tx, actor, input) => {
  const { code, version } = await updateNode(tx, actor, input);
  return { code, version };
}, { revalidate: ["/admin/nodes"] });

export async function updateNodeAction(input: unknown): Promise<ActionResult<{ code: string; version: number }>> {
  return runUpdateNode(input);
}

const runCreateNode = commandAction("node.edit", createNodeSchema, async (tx, actor, input) => {
  const { code } = await createNode(tx, actor, input);
  return { code };
}, { revalidate: ["/admin/nodes"] });

export async function createNodeAction(input: unknown): Promise<ActionResult<{ code: string }>> {
  return runCreateNode(input);
}

const runImportNodes = commandAction("node.edit", importNodesSchema, (tx, actor, input) => importNodes(tx, actor, input), { revalidate: ["/admin/nodes"] });

/** Checks (dryRun) or imports the rows of a nodes CSV: the result lists the problems per row; nothing is written while there are any. */
export async function importNodesAction(input: unknown): Promise<ActionResult<ImportNodesResult>> {
  return runImportNodes(input);
}
