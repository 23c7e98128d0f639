// The omnichannel benefits calculator's assumptions: what the retailer's finance team believes about
// margins, store visits, markdowns and return handling. Saved per user (UserSetting key
// BENEFITS_SETTING_KEY); a user who never saved any gets BENEFITS_DEFAULTS. The form and the save
// command read the same schema. Browser-safe.
import { z } from "zod";

/** The UserSetting key the assumptions are stored under. */
export const BENEFITS_SETTING_KEY = "benefits.assumptions";

/** A percentage 0..100, at most two decimals. */
const percent = z.number().min(0).max(100).multipleOf(0.01);
/** EUR (major units, as the rule set's costs), at most two decimals. */
const eur = z.number().min(0).max(100_000).multipleOf(0.01);

export const categoryMarginSchema = z.object({
  /** A category code (Category.code). */
  category: z.string().trim().min(1).max(40),
  marginPercent: percent,
});

export const benefitsAssumptionsSchema = z
  .object({
    /** Gross margin rate of a category without its own line below. */
    defaultMarginPercent: percent,
    /** Gross margin rate per category (codes), overriding the default. */
    categoryMargins: z.array(categoryMarginSchema).max(100),
    // BOPIS
    /** Share of pickup visits where the customer buys something more in the store. */
    bopisAddOnRatePercent: percent,
    /** Average value of that extra basket, EUR. */
    bopisAddOnBasket: eur,
    /** Gross margin rate of the extra basket. */
    bopisAddOnMarginPercent: percent,
    /** Share of pickup sales that would have been lost without the pickup option. */
    bopisIncrementalSalesPercent: percent,
    // BORIS
    /** What a return by mail costs the retailer, EUR: label, carrier, DC receipt and handling. */
    borisMailReturnCost: eur,
    /** What a return at a store counter costs, EUR: associate time and the trip back to stock. */
    borisStoreReturnCost: eur,
    /** Share of the value returned in store that the customer spends again in the store on that visit. */
    borisRepurchasePercent: percent,
    // ship-from-store
    /** Markdown a unit of a store's excess stock would otherwise have been cleared at. */
    sfsMarkdownPercent: percent,
    /** Share of ship-from-store units taken from excess stock when the data cannot tell (no target stock or no ledger row). */
    sfsUnknownExcessPercent: percent,
    /** Share of ship-from-store sales that would have been lost (DC out of stock, too late) without it. */
    sfsSavedSalesPercent: percent,
  })
  .superRefine(
    (v, ctx) => {
      const seen = new Set<string>();
      (Array.isArray(v.categoryMargins) ? v.categoryMargins : []).forEach((m, i) => {
        if (!m || typeof m.category !== "string" || !m.category.trim()) return;
        const code = m.category.trim().toUpperCase();
        if (seen.has(code)) ctx.addIssue({ code: "custom", path: ["categoryMargins", i, "category"], message: "BENEFITS_DUPLICATE_CATEGORY" });
        seen.add(code);
      });
    },
    // Alongside the fields' own problems, so the form shows every one on the first submit.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

export type BenefitsAssumptions = z.output<typeof benefitsAssumptionsSchema>;
export type BenefitsAssumptionsInput = z.input<typeof benefitsAssumptionsSchema>;

/**
 * The documented defaults (docs/benefits.md): prudent figures for a mid-market fashion and home
 * retailer. A finance team is expected to replace them with its own.
 */
export const BENEFITS_DEFAULTS: BenefitsAssumptions = {
  defaultMarginPercent: 45,
  categoryMargins: [],
  bopisAddOnRatePercent: 20,
  bopisAddOnBasket: 30,
  bopisAddOnMarginPercent: 50,
  bopisIncrementalSalesPercent: 10,
  borisMailReturnCost: 9,
  borisStoreReturnCost: 3,
  borisRepurchasePercent: 15,
  sfsMarkdownPercent: 30,
  sfsUnknownExcessPercent: 25,
  sfsSavedSalesPercent: 5,
};

/** The saved value when it still validates; the defaults otherwise (a stored value from an older schema). */
export function assumptionsOrDefaults(stored: unknown): { assumptions: BenefitsAssumptions; saved: boolean } {
  if (stored === null || stored === undefined) return { assumptions: BENEFITS_DEFAULTS, saved: false };
  const parsed = benefitsAssumptionsSchema.safeParse(stored);
  return parsed.success ? { assumptions: parsed.data, saved: true } : { assumptions: BENEFITS_DEFAULTS, saved: false };
}
