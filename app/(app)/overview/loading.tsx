import { LoadingState, Skeleton } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function OverviewLoading() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-6">
      <Skeleton className="h-9 w-64" />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-24" />
        ))}
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        <Skeleton className="h-72" />
        <Skeleton className="h-72" />
      </div>
      <LoadingState label={t("overview.loading")} rows={6} />
    </div>
  );
}
