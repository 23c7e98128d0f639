import { LoadingState, Skeleton } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function InventoryFeedLoading() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-6">
      <Skeleton className="h-9 w-72" />
      <LoadingState label={t("inventory.loading")} rows={4} />
    </div>
  );
}
