// The cost figures the KPIs price fulfilment with, read from the published SOURCING rule set so that
// "cost per order" moves when an admin changes the costs the sourcing engine optimises.
import type { Db, Tx } from "@/lib/db";
import { DEFAULT_RULES, parseRuleDefinition } from "@/lib/rules/client";

export interface FulfillmentCostModel {
  /** EUR (major units) per shipment leg, as in the rule set. */
  perShipment: number;
  /** EUR per unit picked and packed, by node type. */
  handlingPerUnit: { DC: number; STORE: number };
  /** The published rule set version the figures come from; null when the defaults were used. */
  ruleSetVersion: number | null;
}

/**
 * The latest PUBLISHED SOURCING rule set's costs. Falls back to the documented defaults when none
 * is published or the stored definition no longer validates (the KPI page says which it used).
 */
export async function getFulfillmentCostModel(db: Db | Tx): Promise<FulfillmentCostModel> {
  const published = await db.ruleSet.findFirst({
    where: { kind: "SOURCING", status: "PUBLISHED" },
    orderBy: { version: "desc" },
    select: { version: true, definition: true },
  });
  if (published) {
    try {
      const { costs } = parseRuleDefinition("SOURCING", published.definition);
      return { perShipment: costs.perShipment, handlingPerUnit: costs.handlingPerUnit, ruleSetVersion: published.version };
    } catch {
      // An invalid stored definition must not take the dashboard down; the defaults are flagged.
    }
  }
  const { costs } = DEFAULT_RULES.SOURCING;
  return { perShipment: costs.perShipment, handlingPerUnit: costs.handlingPerUnit, ruleSetVersion: null };
}
