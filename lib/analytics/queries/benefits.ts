// Everything the benefits page and its CSV show for one period: the facts read from the database
// (per week or month, and in total), the user's assumptions (or the defaults), the fulfilment cost
// model, and the three levers' figures computed from them by lib/analytics/benefits.ts.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth";
import { getFulfillmentCostModel, type FulfillmentCostModel } from "../cost-model";
import { calculateBenefits, isEmptyFacts, sumFacts, type BenefitsFacts, type BenefitsResult } from "../benefits";
import { assumptionsOrDefaults, BENEFITS_SETTING_KEY, type BenefitsAssumptions } from "../benefits-schema";
import { bucketUnitFor, readBenefitsFacts, type BucketUnit } from "../benefits-facts";
import { VAT_RATE } from "@/lib/orders/client";
import { kpiCustomPeriodSchema, kpiDayWindow, kpiPeriodSchema, kpiWindow, type KpiPeriodChoice } from "../kpis";

/** ?days= chooses a preset (7, 30, 90); ?from=&to= (both) a custom period of calendar days, which wins. */
export const benefitsInputSchema = z.intersection(z.object({ days: kpiPeriodSchema.default(30) }), kpiCustomPeriodSchema);
export type BenefitsInput = z.input<typeof benefitsInputSchema>;

export interface BenefitsBucket {
  bucket: string;
  facts: BenefitsFacts;
  result: BenefitsResult;
}

export interface BenefitsReport {
  period: KpiPeriodChoice;
  /** The window measured, [from, to) as ISO instants. */
  from: string;
  to: string;
  unit: BucketUnit;
  facts: BenefitsFacts;
  result: BenefitsResult;
  buckets: BenefitsBucket[];
  assumptions: BenefitsAssumptions;
  /** False when the defaults are shown (the user saved none, or what was saved no longer validates). */
  assumptionsSaved: boolean;
  costModel: FulfillmentCostModel;
  /** The VAT rate included in order prices (taken out before margins and markdowns). */
  vatRate: number;
  /** Category codes of the catalogue, for the margin lines. */
  categories: Array<{ code: string; name: string }>;
  empty: boolean;
}

/** The user's saved assumptions, or the documented defaults. */
export async function getBenefitsAssumptions(db: Db | Tx, actor: Actor): Promise<{ assumptions: BenefitsAssumptions; saved: boolean }> {
  authorize(actor, "benefits.view");
  if (actor.kind !== "user") return assumptionsOrDefaults(null);
  const row = await db.userSetting.findUnique({ where: { userId_key: { userId: actor.id, key: BENEFITS_SETTING_KEY } }, select: { value: true } });
  return assumptionsOrDefaults(row?.value ?? null);
}

export async function getBenefitsReport(db: Db | Tx, actor: Actor, input: BenefitsInput = {}, options: { now?: Date } = {}): Promise<BenefitsReport> {
  authorize(actor, "benefits.view");
  const { days, from, to } = benefitsInputSchema.parse(input);
  const period: KpiPeriodChoice = from && to ? { kind: "custom", from, to } : { kind: "preset", days };
  const w = period.kind === "custom" ? kpiDayWindow(period.from, period.to) : kpiWindow(period.days, options.now ?? new Date());
  const unit = bucketUnitFor(w);
  const [{ assumptions, saved }, costModel, perBucket, categories] = await Promise.all([
    getBenefitsAssumptions(db, actor),
    getFulfillmentCostModel(db),
    readBenefitsFacts(db, w, unit),
    db.category.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
  ]);
  const facts = sumFacts(perBucket.map((b) => b.facts));
  const pricing = { ...costModel, vatRate: VAT_RATE };
  return {
    period,
    from: w.from.toISOString(),
    to: w.to.toISOString(),
    unit,
    facts,
    result: calculateBenefits(facts, assumptions, pricing),
    buckets: perBucket.map((b) => ({ ...b, result: calculateBenefits(b.facts, assumptions, pricing) })),
    assumptions,
    assumptionsSaved: saved,
    costModel,
    vatRate: VAT_RATE,
    categories,
    empty: isEmptyFacts(facts),
  };
}
