import { Skeleton } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function AlertsLoading() {
  const { t } = await getTranslator();
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">{t("alerts.loading")}</span>
      <Skeleton className="h-9 w-72" />
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-20" />
        ))}
      </div>
      {Array.from({ length: 3 }, (_, i) => (
        <Skeleton key={i} className="h-48" />
      ))}
    </div>
  );
}
