// The counter's search as JSON: ready pickups at the store matching a 6-digit pickup code, an order
// number or a customer's name. Store associates search their own store only; admins may pass ?store=.
import { sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { findPickups } from "@/lib/fulfillment";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute("fulfillment.work", async (req, actor) => {
  const params = new URL(req.url).searchParams;
  const pickups = await findPickups(await getDb(), actor, { q: params.get("q") ?? "", store: params.get("store") || undefined });
  return Response.json(pickups, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
