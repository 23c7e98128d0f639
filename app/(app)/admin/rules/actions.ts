"use server";
// Server actions of the rules admin pages: start a draft, save it, publish it.
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions";
import { requireActor } from "@/lib/auth/session";
import { withTx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import {
  createRuleDraft,
  createRuleDraftSchema,
  publishRuleSet,
  publishRuleSetSchema,
  updateRuleDraft,
  updateRuleDraftSchema,
} from "@/lib/rules";

export async function createRuleDraftAction(input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const actor = await requireActor("rules.edit");
  return runAction(async () => {
    const data = parseInput(createRuleDraftSchema, input);
    const result = await withTx((tx) => createRuleDraft(tx, actor, data));
    revalidatePath("/admin/rules");
    return result;
  });
}

export async function updateRuleDraftAction(input: unknown): Promise<ActionResult<{ id: string; lockVersion: number }>> {
  const actor = await requireActor("rules.edit");
  return runAction(async () => {
    const data = parseInput(updateRuleDraftSchema, input);
    const result = await withTx((tx) => updateRuleDraft(tx, actor, data));
    revalidatePath("/admin/rules");
    revalidatePath(`/admin/rules/${result.id}`);
    return result;
  });
}

export async function publishRuleSetAction(input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const actor = await requireActor("rules.edit");
  return runAction(async () => {
    const data = parseInput(publishRuleSetSchema, input);
    const result = await withTx((tx) => publishRuleSet(tx, actor, data));
    revalidatePath("/admin/rules");
    revalidatePath(`/admin/rules/${result.id}`);
    return { id: result.id, version: result.version };
  });
}
