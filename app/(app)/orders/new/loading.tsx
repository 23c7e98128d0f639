// Shown while the new-order page loads the preselected customer and the pickup stores.
import { LoadingState } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function Loading() {
  const { t } = await getTranslator();
  return <LoadingState label={t("orders.newOrder.loading")} rows={6} />;
}
