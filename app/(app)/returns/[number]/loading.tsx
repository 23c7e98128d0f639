import { LoadingState, Skeleton } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function ReturnLoading() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-64" />
      <LoadingState label={t("returns.detail.loading")} rows={6} />
    </div>
  );
}
