// Shown inside the signed-in shell when the DC code in the URL matches no distribution centre.
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function DcNotFound() {
  const { t } = await getTranslator();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold text-slate-900">{t("dc.notFound.title")}</h1>
      <EmptyState title={t("dc.notFound.body")}>
        <LinkButton href="/dc" className="mt-4">
          {t("dc.notFound.back")}
        </LinkButton>
      </EmptyState>
    </>
  );
}
