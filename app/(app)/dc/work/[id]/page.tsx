// One DC fulfilment order's work on the DC console: the store tablet's work screen (pick, short-
// pick, pack, ship) with the DC's steps only, plus confirming a carrier's delivery. An unknown id,
// or a store's work, is a 404.
import { forbidden, notFound } from "next/navigation";
import { WorkScreen } from "@/components/store/work/work-screen";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getFulfillmentWork } from "@/lib/fulfillment";
import type { FulfillmentWork } from "@/lib/fulfillment/client";

export const dynamic = "force-dynamic";

export default async function DcWorkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor("fulfillment.work", `/dc/work/${id}`);
  let work: FulfillmentWork;
  try {
    work = await getFulfillmentWork(await getDb(), actor, { id });
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  }
  if (work.node.type !== "DC") notFound();
  return (
    <WorkScreen
      initialData={work}
      nodeId={work.node.id}
      place={{ backHref: `/dc?node=${encodeURIComponent(work.node.code)}`, backLabel: "dc.work.back", confirmsDelivery: true }}
    />
  );
}
