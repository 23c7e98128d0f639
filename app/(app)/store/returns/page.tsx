// The returns counter (BORIS): a customer brings back units bought on any channel; the associate
// finds the order, checks each unit and receives it, and the customer is refunded per the returns
// policy. Store associates receive at their own store; admins choose one with ?store=<code>. ?q=
// starts a search.
import { forbidden, notFound } from "next/navigation";
import { ReturnsCounter } from "@/components/store/returns/returns-counter";
import { StorePicker } from "@/components/store/store-picker";
import { PageHeader } from "@/components/ui/page-header";
import { Alert, EmptyState } from "@/components/ui/states";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n";
import { listStores } from "@/lib/nodes";
import { getPublishedRules } from "@/lib/rules";
import { RETURN_REASONS } from "@/lib/rules/client";

export const dynamic = "force-dynamic";

export default async function StoreReturnsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("return.receive", "/store/returns");
  const { t } = await getTranslator();
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const db = await getDb();
  const associate = actor.role === "STORE_ASSOCIATE";
  const stores = (await listStores(db, actor)).filter((s) => (associate ? s.id === actor.storeId : s.active));
  const asked = one(sp.store);
  const store = asked ? stores.find((s) => s.code === asked) : stores[0];
  if (!store) {
    if (asked && associate) forbidden();
    if (asked) notFound();
    return <EmptyState title={t("store.noStores")} />;
  }
  const { definition: policy } = await getPublishedRules(db, "RETURNS");
  // The policy lists the reasons a buyer may give; only known codes have words on screen.
  const reasons = policy.reasons.filter((r) => (RETURN_REASONS as readonly string[]).includes(r));
  const closed = !policy.acceptInStore || policy.excludedNodes.includes(store.code);

  return (
    <>
      <PageHeader
        title={`${t("store.returns.title")} · ${store.name}`}
        description={t("store.returns.subtitle", { store: store.name })}
        actions={!associate && stores.length > 1 ? <StorePicker stores={stores} current={store.code} t={t} action="/store/returns" /> : undefined}
      />
      {closed ? (
        <Alert tone="warning">{t("store.returns.notAccepted", { store: store.name })}</Alert>
      ) : (
        <ReturnsCounter nodeId={store.id} initialQuery={(one(sp.q) ?? "").slice(0, 100)} reasons={reasons} />
      )}
    </>
  );
}
