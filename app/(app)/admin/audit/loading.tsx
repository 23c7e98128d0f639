import { LoadingState } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function AuditLoading() {
  const { t } = await getTranslator();
  return <LoadingState label={t("audit.loading")} />;
}
