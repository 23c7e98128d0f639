// The store associate's home: their store's live queue of fulfilment orders, one tab per stage
// (?tab= opens one). Admins may look at any store with ?store=<code>; a store associate asking for
// another store gets the 403 page.
import { forbidden, notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { LinkButton } from "@/components/ui/button";
import { StoreLocalTime, StoreQueueLive } from "@/components/store/store-queue-live";
import { StorePicker } from "@/components/store/store-picker";
import { can, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getStoreQueue, listStoreOptions, STORE_QUEUE_SECTIONS, storeQueueInputSchema, type StoreQueue } from "@/lib/fulfillment";
import { getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export default async function StorePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("store.queue.view", "/store");
  const { t } = await getTranslator();
  const sp = await searchParams;
  const raw = sp.store;
  const parsed = storeQueueInputSchema.safeParse({ store: typeof raw === "string" && raw !== "" ? raw : undefined });
  if (!parsed.success) notFound();

  const db = await getDb();
  let queue: StoreQueue;
  try {
    queue = await getStoreQueue(db, actor, parsed.data);
  } catch (e) {
    if (e instanceof ForbiddenError) forbidden();
    if (e instanceof NotFoundError) {
      if (!parsed.data.store) return <EmptyState title={t("store.noStores")} />;
      notFound();
    }
    throw e;
  }
  const stores = actor.role === "STORE_ASSOCIATE" ? [] : await listStoreOptions(db, actor);
  const countHref = actor.role === "STORE_ASSOCIATE" ? "/store/count" : `/store/count?store=${encodeURIComponent(queue.store.code)}`;

  return (
    <>
      <PageHeader
        title={`${t("store.title")} · ${queue.store.name}`}
        description={<StoreLocalTime initialData={queue} />}
        actions={
          <>
            {stores.length > 1 ? <StorePicker stores={stores} current={queue.store.code} t={t} /> : null}
            {can(actor.role, "inventory.adjust") ? (
              <LinkButton href={countHref} variant="secondary" size="touch" className="self-end">
                {t("store.countStock")}
              </LinkButton>
            ) : null}
          </>
        }
      />
      <StoreQueueLive initialData={queue} initialTab={STORE_QUEUE_SECTIONS.find((k) => k === sp.tab)} />
    </>
  );
}
