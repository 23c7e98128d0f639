// The stock-problem badge of a position: out of stock outranks below safety stock, which outranks
// at risk (days of cover under the stock-out horizon); a node that does not carry the SKU shows
// "not stocked" rather than a problem.
import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/client";

export function PositionStatus({ stocked, outOfStock, belowSafety, atRisk = false, t }: { stocked: boolean; outOfStock: boolean; belowSafety: boolean; atRisk?: boolean; t: Translate }) {
  if (!stocked) return <Badge tone="neutral">{t("inventory.status.notStocked")}</Badge>;
  if (outOfStock) return <Badge tone="danger">{t("inventory.status.outOfStock")}</Badge>;
  if (belowSafety) return <Badge tone="warning">{t("inventory.status.belowSafety")}</Badge>;
  if (atRisk) return <Badge tone="warning">{t("inventoryTable.table.atRisk")}</Badge>;
  return <Badge tone="success">{t("inventory.status.ok")}</Badge>;
}
