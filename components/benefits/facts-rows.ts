// The data behind each lever, row by row: the figures read from the database that its formulas use,
// with a stable code (the CSV's) and a label (the page's).
import type { BenefitsFacts, Lever } from "@/lib/analytics/client";
import type { Key } from "@/lib/i18n/client";

export interface FactRow {
  code: string;
  label: Key;
  kind: "count" | "money";
  get: (f: BenefitsFacts) => number;
}

export const FACT_ROWS: Record<Lever, FactRow[]> = {
  bopis: [
    { code: "collected_pickup_orders", label: "benefits.data.bopisOrders", kind: "count", get: (f) => f.bopis.orders },
    { code: "units_collected", label: "benefits.data.bopisUnits", kind: "count", get: (f) => f.bopis.units },
    { code: "value_collected", label: "benefits.data.bopisValue", kind: "money", get: (f) => f.bopis.valueMinor },
    { code: "transfers_to_pickup_store", label: "benefits.data.bopisTransferLegs", kind: "count", get: (f) => f.bopis.transferLegs },
    { code: "units_picked_in_store", label: "benefits.data.bopisStoreUnits", kind: "count", get: (f) => f.bopis.storeUnits },
    { code: "pickup_orders_not_collected", label: "benefits.data.bopisUncollected", kind: "count", get: (f) => f.bopis.uncollectedOrders },
  ],
  boris: [
    { code: "returns_in_store", label: "benefits.data.borisInStoreReturns", kind: "count", get: (f) => f.boris.inStoreReturns },
    { code: "units_returned_in_store", label: "benefits.data.borisInStoreUnits", kind: "count", get: (f) => f.boris.inStoreUnits },
    { code: "value_returned_in_store", label: "benefits.data.borisInStoreValue", kind: "money", get: (f) => f.boris.inStoreValueMinor },
    { code: "returns_by_mail", label: "benefits.data.borisMailReturns", kind: "count", get: (f) => f.boris.mailReturns },
    { code: "units_returned_by_mail", label: "benefits.data.borisMailUnits", kind: "count", get: (f) => f.boris.mailUnits },
    { code: "value_returned_by_mail", label: "benefits.data.borisMailValue", kind: "money", get: (f) => f.boris.mailValueMinor },
  ],
  shipFromStore: [
    { code: "shipments_from_stores", label: "benefits.data.sfsShipments", kind: "count", get: (f) => f.shipFromStore.shipments },
    { code: "units_shipped_from_stores", label: "benefits.data.sfsUnits", kind: "count", get: (f) => f.shipFromStore.units },
    { code: "value_shipped_from_stores", label: "benefits.data.sfsValue", kind: "money", get: (f) => f.shipFromStore.valueMinor },
    { code: "units_from_excess_stock", label: "benefits.data.sfsExcessUnits", kind: "count", get: (f) => f.shipFromStore.excessUnits },
    { code: "value_from_excess_stock", label: "benefits.data.sfsExcessValue", kind: "money", get: (f) => f.shipFromStore.excessValueMinor },
    { code: "units_excess_unknown", label: "benefits.data.sfsUnknownUnits", kind: "count", get: (f) => f.shipFromStore.unknownUnits },
    { code: "value_excess_unknown", label: "benefits.data.sfsUnknownValue", kind: "money", get: (f) => f.shipFromStore.unknownValueMinor },
  ],
};

/** The lever's sales value per category, as its margin-weighted formula reads it. */
export function categoryValues(lever: Lever, f: BenefitsFacts): Record<string, number> {
  return lever === "bopis" ? f.bopis.valueByCategory : lever === "boris" ? f.boris.inStoreValueByCategory : f.shipFromStore.valueByCategory;
}
