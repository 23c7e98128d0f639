// The store queue as JSON for the live view (TanStack Query polls it); same query and scope as the page.
import { sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getStoreQueue, storeQueueInputSchema } from "@/lib/fulfillment";
import { parseInput } from "@/lib/http";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute("store.queue.view", async (req, actor) => {
  const params = new URL(req.url).searchParams;
  const input = parseInput(storeQueueInputSchema, { store: params.get("store") ?? undefined });
  const queue = await getStoreQueue(await getDb(), actor, input);
  return Response.json(queue, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
