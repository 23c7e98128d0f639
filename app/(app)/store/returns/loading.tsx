import { LoadingState, Skeleton } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function StoreReturnsLoading() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-6">
      <Skeleton className="h-9 w-80" />
      <Skeleton className="h-28" />
      <LoadingState label={t("common.loading")} rows={3} />
    </div>
  );
}
