import { LoadingState } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function OutboxMessageLoading() {
  const { t } = await getTranslator();
  return <LoadingState label={t("outbox.loading")} rows={10} />;
}
