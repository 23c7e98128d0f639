// The supply-chain manager's alerts: what is about to go wrong (projected stock-outs, stuck orders,
// late supply, expiring pickups, nodes over capacity) and what already has (SKUs stocked out with
// demand), each linking to where to act. Live: refreshed every 4 seconds.
import { forbidden } from "next/navigation";
import { AlertsLive } from "@/components/alerts/alerts-live";
import { PageHeader } from "@/components/ui/page-header";
import { getAlerts, type Alerts } from "@/lib/analytics";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export default async function AlertsPage() {
  const actor = await requirePageActor("alert.view", "/alerts");
  const { t } = await getTranslator();
  let alerts: Alerts;
  try {
    alerts = await getAlerts(await getDb(), actor);
  } catch (e) {
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  }
  return (
    <>
      <PageHeader title={t("alerts.title")} description={t("alerts.description")} />
      <AlertsLive initialData={alerts} />
    </>
  );
}
