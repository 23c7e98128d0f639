"use server";
// Server actions of the nodes admin pages: authorise, validate, run one command, refresh the pages.
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions";
import { requireActor } from "@/lib/auth/session";
import { withTx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { updateNode, updateNodeSchema } from "@/lib/nodes";

export async function updateNodeAction(input: unknown): Promise<ActionResult<{ code: string; version: number }>> {
  const actor = await requireActor("node.edit");
  return runAction(async () => {
    const data = parseInput(updateNodeSchema, input);
    const result = await withTx((tx) => updateNode(tx, actor, data));
    revalidatePath("/admin/nodes");
    revalidatePath(`/admin/nodes/${result.code}`);
    return { code: result.code, version: result.version };
  });
}
