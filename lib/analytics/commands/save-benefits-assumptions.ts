// A user's benefits-calculator assumptions: saved (replacing what they had) or reset to the
// documented defaults. A personal preference, so no audit event; one transaction per command.
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { authorize, type UserActor } from "@/lib/auth";
import { BENEFITS_DEFAULTS, BENEFITS_SETTING_KEY, benefitsAssumptionsSchema, type BenefitsAssumptions } from "../benefits-schema";

export const saveBenefitsAssumptionsSchema = benefitsAssumptionsSchema;

export async function saveBenefitsAssumptions(tx: Tx, actor: UserActor, input: BenefitsAssumptions): Promise<BenefitsAssumptions> {
  authorize(actor, "benefits.view");
  const value = benefitsAssumptionsSchema.parse(input);
  await tx.userSetting.upsert({
    where: { userId_key: { userId: actor.id, key: BENEFITS_SETTING_KEY } },
    create: { userId: actor.id, key: BENEFITS_SETTING_KEY, value },
    update: { value },
  });
  return value;
}

export const resetBenefitsAssumptionsSchema = z.object({}).strict();

export async function resetBenefitsAssumptions(tx: Tx, actor: UserActor): Promise<BenefitsAssumptions> {
  authorize(actor, "benefits.view");
  await tx.userSetting.deleteMany({ where: { userId: actor.id, key: BENEFITS_SETTING_KEY } });
  return BENEFITS_DEFAULTS;
}
