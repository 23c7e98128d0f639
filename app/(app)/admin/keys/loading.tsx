import { LoadingState } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function ApiKeysLoading() {
  const { t } = await getTranslator();
  return <LoadingState label={t("apikeys.loading")} />;
}
