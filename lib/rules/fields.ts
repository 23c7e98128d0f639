// How each rule kind's definition is shown and edited: the scalar settings with their value type
// (labels live in the admin catalogue under admin.rules.fields.<KIND>.<path>), plus the two
// settings that are tables rather than single values (modification matrix, return reasons).
import type { RuleKind } from "@/generated/prisma/enums";

export const RULE_KINDS = ["SOURCING", "HOLDS", "MODIFICATION", "RETURNS", "PICKUP", "ALERTS"] as const satisfies readonly RuleKind[];

/**
 * eur: euros as a decimal (sourcing costs); minorEur: integer cents shown and typed as euros;
 * nodeCodes / codes: a list of node codes / other codes (categories, channels) typed with commas;
 * choice: one of `options` (labels under admin.rules.options.<value>).
 */
export type RuleFieldType = "eur" | "minorEur" | "integer" | "number" | "boolean" | "nodeCodes" | "codes" | "choice";

export interface RuleFieldSpec {
  path: string;
  type: RuleFieldType;
  unit?: "km" | "days" | "units" | "shipments" | "percent" | "orders" | "hours";
  options?: readonly string[];
}

export const RULE_FIELDS: Record<RuleKind, RuleFieldSpec[]> = {
  SOURCING: [
    { path: "costs.perShipment", type: "eur" },
    { path: "costs.perKm", type: "eur" },
    { path: "costs.handlingPerUnit.DC", type: "eur" },
    { path: "costs.handlingPerUnit.STORE", type: "eur" },
    { path: "costs.unfilledPerUnit", type: "eur" },
    { path: "maxShipments", type: "integer", unit: "shipments" },
    { path: "shipFromStoreMaxKm", type: "number", unit: "km" },
    { path: "excludedNodes", type: "nodeCodes" },
    { path: "shipFromStoreNodes", type: "nodeCodes" },
    { path: "storeProtectionUnits", type: "integer", unit: "units" },
    { path: "protectFranchisePickupStock", type: "boolean" },
    { path: "networkPricing.enabled", type: "boolean" },
    { path: "networkPricing.weight", type: "number" },
  ],
  HOLDS: [
    { path: "highValueMinor", type: "minorEur" },
    { path: "maxUnitsPerSku", type: "integer", unit: "units" },
    { path: "newCustomerAddressMismatch", type: "boolean" },
  ],
  MODIFICATION: [],
  RETURNS: [
    { path: "windowDays", type: "integer", unit: "days" },
    { path: "refundShipping", type: "boolean" },
    { path: "restockingFeePercent", type: "integer", unit: "percent" },
    { path: "returnShipping.feeMinor", type: "minorEur" },
    { path: "acceptInStore", type: "boolean" },
    { path: "trustedAfterOrders", type: "integer", unit: "orders" },
    { path: "returnShipping.paidBy", type: "choice", options: ["RETAILER", "CUSTOMER"] },
    { path: "refundTiming", type: "choice", options: ["ON_RECEIPT", "ON_REQUEST_FOR_TRUSTED"] },
    { path: "exchangeSourcing", type: "choice", options: ["ADVANCE", "ON_RECEIPT"] },
    { path: "nonReturnableCategories", type: "codes" },
    { path: "acceptedChannels", type: "codes" },
    { path: "excludedNodes", type: "nodeCodes" },
    { path: "appeasementLimitMinor.AGENT", type: "minorEur" },
    { path: "appeasementLimitMinor.STORE_ASSOCIATE", type: "minorEur" },
    { path: "appeasementLimitMinor.ADMIN", type: "minorEur" },
    { path: "earlyRefundLimitMinor.AGENT", type: "minorEur" },
    { path: "earlyRefundLimitMinor.ADMIN", type: "minorEur" },
  ],
  PICKUP: [
    { path: "windowDays", type: "integer", unit: "days" },
    { path: "reminderAfterDays", type: "integer", unit: "days" },
  ],
  ALERTS: [
    { path: "stockoutHorizonDays", type: "integer", unit: "days" },
    { path: "demandWindowDays", type: "integer", unit: "days" },
    { path: "stuckOrderHours", type: "integer", unit: "hours" },
    { path: "lateInboundDays", type: "integer", unit: "days" },
    { path: "pickupExpiryHours", type: "integer", unit: "hours" },
    { path: "capacityPercent", type: "integer", unit: "percent" },
  ],
};

export function readPath(obj: unknown, path: string): unknown {
  let node = obj;
  for (const part of path.split(".")) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** A copy of obj with the value at path replaced (creating objects on the way). */
export function writePath<T>(obj: T, path: string, value: unknown): T {
  const parts = path.split(".");
  const root = structuredClone(obj ?? {}) as Record<string, unknown>;
  let node = root;
  for (const part of parts.slice(0, -1)) {
    if (!node[part] || typeof node[part] !== "object") node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
  return root as T;
}
