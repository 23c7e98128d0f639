// One fulfilment order's work as JSON for the live work screen (TanStack Query polls it); same query
// and scope as the page: 404 for an unknown id, 403 for another store's work.
import { sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getFulfillmentWork } from "@/lib/fulfillment";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute<{ params: Promise<{ id: string }> }>("fulfillment.work", async (_req, actor, ctx) => {
  const { id } = await ctx.params;
  const work = await getFulfillmentWork(await getDb(), actor, { id });
  return Response.json(work, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
