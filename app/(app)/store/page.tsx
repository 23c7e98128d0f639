// The store associate's home: their store's live queue of fulfilment orders. Admins may look at
// any store with ?store=<code>; a store associate asking for another store gets the 403 page.
import { forbidden, notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { StoreLocalTime, StoreQueueLive } from "@/components/store/store-queue-live";
import { StorePicker } from "@/components/store/store-picker";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getStoreQueue, listStoreOptions, storeQueueInputSchema, type StoreQueue } from "@/lib/fulfillment";
import { getTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export default async function StorePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("store.queue.view", "/store");
  const { t } = await getTranslator();
  const raw = (await searchParams).store;
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

  return (
    <>
      <PageHeader
        title={`${t("store.title")} · ${queue.store.name}`}
        description={<StoreLocalTime initialData={queue} />}
        actions={stores.length > 1 ? <StorePicker stores={stores} current={queue.store.code} t={t} /> : undefined}
      />
      <StoreQueueLive initialData={queue} />
    </>
  );
}
