// Shown inside the signed-in shell when no return has the number in the URL.
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function ReturnNotFound() {
  const { t } = await getTranslator();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold text-slate-900">{t("returns.detail.notFoundTitle")}</h1>
      <EmptyState title={t("returns.detail.notFoundBody")}>
        <LinkButton href="/returns" className="mt-4">
          {t("returns.detail.back")}
        </LinkButton>
      </EmptyState>
    </>
  );
}
