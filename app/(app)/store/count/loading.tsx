import { LoadingState, Skeleton } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function CountLoading() {
  const { t } = await getTranslator();
  return (
    <div className="max-w-2xl space-y-6">
      <Skeleton className="h-9 w-64" />
      <LoadingState label={t("common.loading")} rows={4} />
    </div>
  );
}
