// Shown inside the signed-in shell when no fulfilment order has the id in the URL.
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function WorkNotFound() {
  const { t } = await getTranslator();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold text-slate-900">{t("store.work.notFoundTitle")}</h1>
      <EmptyState title={t("store.work.notFoundBody")}>
        <LinkButton href="/store" size="touch" className="mt-4">
          {t("store.work.back")}
        </LinkButton>
      </EmptyState>
    </>
  );
}
