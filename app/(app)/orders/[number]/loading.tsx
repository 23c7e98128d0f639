import { LoadingState, Skeleton } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function OrderLoading() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-64" />
      <div className="grid gap-4 lg:grid-cols-3">
        <Skeleton className="h-36" />
        <Skeleton className="h-36" />
        <Skeleton className="h-36" />
      </div>
      <LoadingState label={t("orders.detail.loading")} rows={5} />
    </div>
  );
}
