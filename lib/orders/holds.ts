// Hold rules: which orders wait for an agent before their work is released to the nodes.
import type { HoldType } from "@/generated/prisma/enums";
import type { HoldRules } from "@/lib/rules/client";

export interface HoldFacts {
  totalMinor: number;
  currency: string;
  unitsBySku: Map<string, number>;
  /** No earlier order from this customer. */
  newCustomer: boolean;
  /** The customer has saved addresses and the delivery address is none of them. */
  addressMismatch: boolean;
}

export interface HoldDecision {
  type: HoldType;
  reason: string;
}

export function evaluateHolds(facts: HoldFacts, rules: HoldRules): HoldDecision[] {
  const holds: HoldDecision[] = [];
  if (facts.totalMinor >= rules.highValueMinor) {
    holds.push({ type: "HIGH_VALUE", reason: `Order total ${(facts.totalMinor / 100).toFixed(2)} ${facts.currency} is at or above the ${(rules.highValueMinor / 100).toFixed(2)} review threshold.` });
  }
  const heavy = [...facts.unitsBySku].filter(([, units]) => units > rules.maxUnitsPerSku);
  if (heavy.length) {
    holds.push({ type: "QUANTITY", reason: `More than ${rules.maxUnitsPerSku} units of ${heavy.map(([sku, units]) => `${sku} (${units})`).join(", ")}.` });
  }
  if (rules.newCustomerAddressMismatch && facts.newCustomer && facts.addressMismatch) {
    holds.push({ type: "ADDRESS_CHECK", reason: "First order from this customer, shipped to an address that is not on file." });
  }
  return holds;
}
