// Shown inside the signed-in shell when no DC's fulfilment order has the id in the URL.
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function DcWorkNotFound() {
  const { t } = await getTranslator();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold text-slate-900">{t("dc.work.notFoundTitle")}</h1>
      <EmptyState title={t("dc.work.notFoundBody")}>
        <LinkButton href="/dc" className="mt-4">
          {t("dc.work.back")}
        </LinkButton>
      </EmptyState>
    </>
  );
}
