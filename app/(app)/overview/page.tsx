// The supply-chain manager's live network overview: stock, supply and demand across every node.
import { OverviewLive } from "@/components/overview/overview-live";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth";
import { LIVE_MAX_AGE_MS, getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n";
import { getNetworkOverview } from "@/lib/inventory";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const actor = await requirePageActor("kpi.view", "/overview");
  const { t } = await getTranslator();
  const overview = await getNetworkOverview(await getDb(), actor, { maxAgeMs: LIVE_MAX_AGE_MS });
  return (
    <>
      <PageHeader title={t("overview.title")} description={t("overview.description")} />
      <OverviewLive initialData={overview} />
    </>
  );
}
