// Upload a stock feed from a CSV file (supply-chain managers and admins): the node, the mode and the
// file; the browser checks the rows and sends them in chunks (components/inventory/feed-upload.tsx).
import Link from "next/link";
import { FeedUpload } from "@/components/inventory/feed-upload";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n";
import { getInventoryFilterOptions } from "@/lib/inventory";

export const dynamic = "force-dynamic";

export default async function InventoryFeedPage() {
  const actor = await requirePageActor("inventory.feed", "/inventory/feed");
  const { t } = await getTranslator();
  const { nodes } = await getInventoryFilterOptions(await getDb(), actor);
  return (
    <>
      <p className="mb-2">
        <Link href="/inventory" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          ← {t("inventoryFeed.back")}
        </Link>
      </p>
      <PageHeader title={t("inventoryFeed.title")} description={t("inventoryFeed.description")} />
      {nodes.length ? <FeedUpload nodes={nodes.map(({ code, name }) => ({ code, name }))} /> : <EmptyState title={t("inventoryFeed.noNodes")} />}
    </>
  );
}
