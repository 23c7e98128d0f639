import { LoadingState, Skeleton } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function InboundLoading() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-6">
      <Skeleton className="h-9 w-56" />
      <Skeleton className="h-28 w-full" />
      <LoadingState label={t("common.loading")} rows={10} />
    </div>
  );
}
