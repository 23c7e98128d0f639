// One fulfilment order's work on the store tablet: pick, short-pick, pack, ship, receive or make
// ready. An unknown id is a 404; another store's work is the 403 page.
import { forbidden, notFound } from "next/navigation";
import { WorkScreen } from "@/components/store/work/work-screen";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getFulfillmentWork } from "@/lib/fulfillment";
import type { FulfillmentWork } from "@/lib/fulfillment/client";

export const dynamic = "force-dynamic";

export default async function WorkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor("fulfillment.work", `/store/work/${id}`);
  let work: FulfillmentWork;
  try {
    work = await getFulfillmentWork(await getDb(), actor, { id });
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  }
  return <WorkScreen initialData={work} nodeId={actor.role === "STORE_ASSOCIATE" ? actor.storeId : null} />;
}
