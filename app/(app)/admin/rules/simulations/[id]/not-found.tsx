// Shown inside the signed-in shell when no simulation run (or no order of it) has the id in the URL.
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";
import { getTranslator } from "@/lib/i18n";

export default async function SimulationNotFound() {
  const { t } = await getTranslator();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold text-slate-900">{t("simulation.notFoundTitle")}</h1>
      <EmptyState title={t("simulation.notFoundBody")}>
        <LinkButton href="/admin/rules/simulations" className="mt-4">
          {t("simulation.backToList")}
        </LinkButton>
      </EmptyState>
    </>
  );
}
