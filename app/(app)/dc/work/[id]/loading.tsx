import { WorkScreenSkeleton } from "@/components/store/work/work-screen-skeleton";
import { getTranslator } from "@/lib/i18n";

export default async function WorkLoading() {
  const { t } = await getTranslator();
  return <WorkScreenSkeleton label={t("store.work.loading")} />;
}
