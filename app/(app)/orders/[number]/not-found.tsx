// Shown inside the signed-in shell when no order has the number in the URL.
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function OrderNotFound() {
  const { t } = await getTranslator();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold text-slate-900">{t("orders.detail.notFoundTitle")}</h1>
      <EmptyState title={t("orders.detail.notFoundBody")}>
        <LinkButton href="/orders" className="mt-4">
          {t("orders.detail.back")}
        </LinkButton>
      </EmptyState>
    </>
  );
}
