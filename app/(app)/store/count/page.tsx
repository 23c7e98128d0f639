// Count stock: an associate scans a SKU, counts the units on the shelf and records the figure with
// a reason; it replaces the store's on-hand quantity. Admins choose a store with ?store=<code>.
import { forbidden, notFound } from "next/navigation";
import { CycleCountForm } from "@/components/store/count/cycle-count-form";
import { StorePicker } from "@/components/store/store-picker";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { listStoreOptions } from "@/lib/fulfillment";
import { getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export default async function CountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("inventory.adjust", "/store/count");
  const { t } = await getTranslator();
  const asked = (await searchParams).store;
  const associate = actor.role === "STORE_ASSOCIATE";
  const stores = await listStoreOptions(await getDb(), actor);
  const store = typeof asked === "string" ? stores.find((s) => s.code === asked) : stores[0];
  if (!store) {
    if (typeof asked === "string" && associate) forbidden();
    if (typeof asked === "string") notFound();
    return <EmptyState title={t("store.noStores")} />;
  }
  return (
    <>
      <PageHeader
        title={t("store.count.title")}
        description={t("store.count.subtitle", { store: store.name })}
        actions={!associate && stores.length > 1 ? <StorePicker stores={stores} current={store.code} t={t} action="/store/count" /> : undefined}
      />
      <CycleCountForm node={store.code} />
    </>
  );
}
