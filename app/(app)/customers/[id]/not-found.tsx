// Shown inside the signed-in shell when the customer in the URL does not exist.
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function CustomerNotFound() {
  const { t } = await getTranslator();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold text-slate-900">{t("customers.detail.notFoundTitle")}</h1>
      <EmptyState title={t("customers.detail.notFoundBody")}>
        <LinkButton href="/customers" className="mt-4">
          {t("customers.detail.back")}
        </LinkButton>
      </EmptyState>
    </>
  );
}
