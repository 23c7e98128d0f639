import { LoadingState, Skeleton } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n/server";

export default async function WorkLoading() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-5">
      <Skeleton className="h-12 w-56" />
      <Skeleton className="h-10 w-80" />
      <Skeleton className="h-20" />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <LoadingState label={t("store.work.loading")} rows={5} />
        </div>
        <Skeleton className="h-64" />
      </div>
    </div>
  );
}
