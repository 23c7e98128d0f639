// Product search for the new-order form (TanStack Query): SKUs by code or name with network ATP.
import { sessionRoute } from "@/lib/auth";
import { searchProducts } from "@/lib/catalog";
import { getDb } from "@/lib/db";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute("order.create", async (req) => {
  const url = new URL(req.url);
  const result = await searchProducts(await getDb(), { q: url.searchParams.get("q") ?? "", limit: url.searchParams.get("limit") ?? undefined });
  return Response.json(result);
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
