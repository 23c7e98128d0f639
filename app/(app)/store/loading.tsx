import { Skeleton } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function StoreLoading() {
  const { t } = await getTranslator();
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">{t("store.loading")}</span>
      <Skeleton className="h-9 w-80" />
      <div className="grid grid-cols-4 gap-2 lg:grid-cols-7">
        {Array.from({ length: 7 }, (_, i) => (
          <Skeleton key={i} className="h-16" />
        ))}
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-48" />
        ))}
      </div>
    </div>
  );
}
