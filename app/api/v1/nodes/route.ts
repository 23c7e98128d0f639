// GET /api/v1/nodes: active DCs and stores, for a channel's store locator.
import { apiJson, channelRoute } from "@/lib/api";
import { listNetworkNodes } from "@/lib/catalog";
import { getDb } from "@/lib/db";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = channelRoute("api.catalog.view", async (req) => {
  const params = new URL(req.url).searchParams;
  return apiJson(await listNetworkNodes(await getDb(), { type: params.get("type") ?? undefined }));
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
