"use server";
// Server actions of the benefits page: save the user's assumptions, or go back to the defaults.
// commandAction asks the permission table, so a role without benefits.view gets a FORBIDDEN result.
import { commandAction, type ActionResult } from "@/lib/actions";
import {
  resetBenefitsAssumptions,
  resetBenefitsAssumptionsSchema,
  saveBenefitsAssumptions,
  saveBenefitsAssumptionsSchema,
  type BenefitsAssumptions,
} from "@/lib/analytics";

const revalidate = ["/benefits"];

const runSave = commandAction("benefits.view", saveBenefitsAssumptionsSchema, saveBenefitsAssumptions, { revalidate });
export async function saveBenefitsAssumptionsAction(input: unknown): Promise<ActionResult<BenefitsAssumptions>> {
  return runSave(input);
}

const runReset = commandAction("benefits.view", resetBenefitsAssumptionsSchema, (tx, actor) => resetBenefitsAssumptions(tx, actor), { revalidate });
export async function resetBenefitsAssumptionsAction(): Promise<ActionResult<BenefitsAssumptions>> {
  return runReset({});
}
