// What the confirm button of the line-cancel dialog says: the units it cancels ("Cancel 2 units"),
// or the plain verb while the count typed is not a number of units.
import type { Translate } from "@/lib/i18n/client";

export function cancelUnitsLabel(t: Translate, qty: unknown): string {
  if (typeof qty !== "number" || !Number.isInteger(qty) || qty < 1) return t("orders.actions.cancelLine.submit");
  return qty === 1 ? t("orders.actions.cancelLine.submitOne") : t("orders.actions.cancelLine.submitMany", { qty });
}
