// Capture step "validate catalogue": every line names a SKU that is sold, every pickup line a store
// that offers pickup, and all lines are in one currency. Problems are field issues, so the order's
// other checks (customer, promo code) can be reported with them at once.
import { fieldIssue, type FieldIssues } from "@/lib/errors";
import type { CaptureOrderInput } from "../../schemas";
import type { CaptureContext, SkuRow } from "./read-context";

export interface CatalogueCheck {
  issues: FieldIssues;
  skuByCode: Map<string, SkuRow>;
  /** The order's currency: its SKUs' (they share one once the check passes). */
  currency: string;
}

export function validateCatalogue(input: Pick<CaptureOrderInput, "lines">, ctx: Pick<CaptureContext, "skus" | "nodes">): CatalogueCheck {
  const issues: FieldIssues = {};
  const skuByCode = new Map(ctx.skus.map((s) => [s.code, s]));
  input.lines.forEach((l, i) => {
    const sku = skuByCode.get(l.sku);
    if (!sku) issues[`lines.${i}.sku`] = fieldIssue("SKU_UNKNOWN", { sku: l.sku });
    else if (!sku.active) issues[`lines.${i}.sku`] = fieldIssue("SKU_NOT_SOLD", { sku: l.sku });
    if (l.pickupStore) {
      const store = ctx.nodes.byCode.get(l.pickupStore);
      if (!store) issues[`lines.${i}.pickupStore`] = fieldIssue("PICKUP_STORE_UNKNOWN", { store: l.pickupStore });
      else if (store.type !== "STORE" || !store.canPickup || !store.active) issues[`lines.${i}.pickupStore`] = fieldIssue("PICKUP_NOT_OFFERED", { store: l.pickupStore });
    }
  });
  if (new Set(ctx.skus.map((s) => s.currency)).size > 1) issues.lines = fieldIssue("CURRENCY_MIXED");
  return { issues, skuByCode, currency: ctx.skus[0]?.currency ?? "EUR" };
}
