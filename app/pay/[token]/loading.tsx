import { LoadingState } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function Loading() {
  const { t } = await getTranslator();
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <LoadingState label={t("payments.page.title")} rows={4} />
    </main>
  );
}
