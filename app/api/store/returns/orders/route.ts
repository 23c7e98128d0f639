// The returns counter's search as JSON: orders from any channel whose units reached the buyer, by
// order number, RMA number, e-mail or name (at least 3 characters), newest first.
import { sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { findOrdersForReturn } from "@/lib/returns";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute("return.receive", async (req, actor) => {
  const q = new URL(req.url).searchParams.get("q") ?? "";
  const orders = await findOrdersForReturn(await getDb(), actor, { q });
  return Response.json(orders, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
