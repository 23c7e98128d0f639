import { LoadingState, Skeleton } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function CustomerLoading() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-64" />
      <LoadingState label={t("customers.detail.loading")} rows={6} />
    </div>
  );
}
