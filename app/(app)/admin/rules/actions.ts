"use server";
// Server actions of the rules admin pages: start a draft, save it, publish it. commandAction asks
// the permission table inside the action's result, so a refusal is a typed FORBIDDEN result.
import { commandAction, type ActionResult } from "@/lib/actions";
import {
  createRuleDraft,
  createRuleDraftSchema,
  publishRuleSet,
  publishRuleSetSchema,
  rollbackRuleSet,
  rollbackRuleSetSchema,
  updateRuleDraft,
  updateRuleDraftSchema,
} from "@/lib/rules";

// The layout of /admin/rules covers each rule set's page below it.
const revalidate = ["/admin/rules"];

const runCreateRuleDraft = commandAction("rules.edit", createRuleDraftSchema, createRuleDraft, { revalidate });
export async function createRuleDraftAction(input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return runCreateRuleDraft(input);
}

const runUpdateRuleDraft = commandAction("rules.edit", updateRuleDraftSchema, updateRuleDraft, { revalidate });
export async function updateRuleDraftAction(input: unknown): Promise<ActionResult<{ id: string; lockVersion: number }>> {
  return runUpdateRuleDraft(input);
}

const runPublishRuleSet = commandAction("rules.edit", publishRuleSetSchema, async (tx, actor, input) => {
  const { id, version } = await publishRuleSet(tx, actor, input);
  return { id, version };
}, { revalidate });
export async function publishRuleSetAction(input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return runPublishRuleSet(input);
}

const runRollbackRuleSet = commandAction("rules.edit", rollbackRuleSetSchema, async (tx, actor, input) => {
  const { id, version, rollbackOf } = await rollbackRuleSet(tx, actor, input);
  return { id, version, rollbackOf };
}, { revalidate });
export async function rollbackRuleSetAction(input: unknown): Promise<ActionResult<{ id: string; version: number; rollbackOf: number }>> {
  return runRollbackRuleSet(input);
}
