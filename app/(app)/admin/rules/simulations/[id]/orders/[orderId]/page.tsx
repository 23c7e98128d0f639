// One order of a simulation: the plan the published rules give it and the plan the draft gives it,
// side by side, each with its shipments, cost parts and the explanation of every line.
import Link from "next/link";
import { notFound } from "next/navigation";
import { day, signedMoney } from "@/components/simulation/format";
import { PlanSide } from "@/components/simulation/plan-side";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/states";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n";
import { getSimulationResult, SimulationNotFoundError } from "@/lib/simulation";

export const dynamic = "force-dynamic";

export default async function SimulationOrderPage({ params }: { params: Promise<{ id: string; orderId: string }> }) {
  const { id, orderId } = await params;
  const actor = await requirePageActor("rules.view", `/admin/rules/simulations/${id}/orders/${orderId}`);
  const { t, locale } = await getTranslator();
  const result = await getSimulationResult(await getDb(), actor, { id: id.slice(0, 64), orderId: orderId.slice(0, 64) }).catch((e) => {
    if (e instanceof SimulationNotFoundError) notFound();
    throw e;
  });
  const baselineTitle = t("simulation.order.side.baseline", {
    version: result.run.baselineVersion !== null ? `v${result.run.baselineVersion}` : t("simulation.baselineDefaults"),
  });
  const draftTitle = t("simulation.order.side.draft", { version: result.run.draftVersion });
  const stockSource = (["SNAPSHOT", "LEDGER", "CURRENT"] as const).find((s) => s === result.stockSource) ?? "CURRENT";

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/rules/simulations/${result.run.id}`} className="text-brand-700 underline-offset-2 hover:underline">
          ← {t("simulation.order.back")}
        </Link>
      </p>
      <PageHeader
        title={t("simulation.order.title", { number: result.orderNumber })}
        description={t("simulation.order.meta", { date: day(result.placedAt, locale), stock: t(`simulation.order.stockSource.${stockSource}`) })}
      />
      <div className="mb-4">
        <Alert tone={result.changed ? "warning" : "info"}>{result.changed ? t("simulation.order.changed", { delta: signedMoney(result.deltaMinor, locale) }) : t("simulation.order.unchanged")}</Alert>
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <PlanSide id="plan-baseline" title={baselineTitle} side={result.baseline} nodeNames={result.nodeNames} lines={result.lines} />
        <PlanSide id="plan-draft" title={draftTitle} side={result.draft} nodeNames={result.nodeNames} lines={result.lines} />
      </div>
    </>
  );
}
