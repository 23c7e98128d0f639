// The store counter: find a ready pickup and hand it over, or cancel an uncollected one. Store
// associates work at their own store; admins choose one with ?store=<code>. ?q= starts a search.
import { forbidden, notFound } from "next/navigation";
import { CounterScreen } from "@/components/store/counter/counter-screen";
import { StorePicker } from "@/components/store/store-picker";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { listStoreOptions } from "@/lib/fulfillment";
import { getTranslator } from "@/lib/i18n";
import { getPublishedRules } from "@/lib/rules";

export const dynamic = "force-dynamic";

export default async function CounterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("fulfillment.work", "/store/counter");
  const { t } = await getTranslator();
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const db = await getDb();
  const stores = await listStoreOptions(db, actor);
  const asked = one(sp.store);
  const associate = actor.role === "STORE_ASSOCIATE";
  const store = asked ? stores.find((s) => s.code === asked) : stores[0];
  if (!store) {
    if (asked && associate) forbidden();
    if (asked) notFound();
    return <EmptyState title={t("store.noStores")} />;
  }
  const { definition: pickupRules } = await getPublishedRules(db, "PICKUP");

  return (
    <>
      <PageHeader
        title={`${t("store.counter.title")} · ${store.name}`}
        description={t("store.counter.subtitle", { store: store.name })}
        actions={!associate && stores.length > 1 ? <StorePicker stores={stores} current={store.code} t={t} action="/store/counter" /> : undefined}
      />
      <CounterScreen storeCode={associate ? undefined : store.code} initialQuery={(one(sp.q) ?? "").slice(0, 80)} overdueAfterDays={pickupRules.reminderAfterDays} />
    </>
  );
}
