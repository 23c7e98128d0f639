// Customer lookup for the new-order form: the call centre's customer search, a few at a time.
import { sessionRoute } from "@/lib/auth";
import { searchCustomers } from "@/lib/customers";
import { getDb } from "@/lib/db";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute("customer.view", async (req, actor) => {
  const q = new URL(req.url).searchParams.get("q") ?? "";
  const list = await searchCustomers(await getDb(), actor, { q, pageSize: 8 });
  return Response.json({ items: list.items, total: list.total });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
