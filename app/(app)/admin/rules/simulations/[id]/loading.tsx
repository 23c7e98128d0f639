import { LoadingState } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function SimulationsLoading() {
  const { t } = await getTranslator();
  return <LoadingState label={t("common.loading")} />;
}
