import { LoadingState, Skeleton } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function OutboxLoading() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-4">
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-24 w-full" />
      <LoadingState label={t("outbox.loading")} rows={8} />
    </div>
  );
}
