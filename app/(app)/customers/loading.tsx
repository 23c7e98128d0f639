import { LoadingState, Skeleton } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function CustomersLoading() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-48" />
      <LoadingState label={t("customers.list.loading")} rows={8} />
    </div>
  );
}
