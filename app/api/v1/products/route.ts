// GET /api/v1/products?limit=&cursor=: the catalogue, page by page, for channel sync.
import { apiJson, channelRoute } from "@/lib/api";
import { listProducts } from "@/lib/catalog";
import { getDb } from "@/lib/db";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = channelRoute("api.catalog.view", async (req) => {
  const params = new URL(req.url).searchParams;
  const page = await listProducts(await getDb(), { limit: params.get("limit") ?? undefined, cursor: params.get("cursor") ?? undefined });
  return apiJson(page);
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
