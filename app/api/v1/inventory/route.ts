// POST /api/v1/inventory: a warehouse or store system feeds its node's stock, exactly once per
// Idempotency-Key. GET /api/v1/inventory?sku=&node=&cursor=&limit=: its positions with every figure
// (docs/api.md).
import { apiJson, feedInventory, FEED_MAX_BODY_BYTES, fulfillmentRoute, IDEMPOTENCY_HEADER, idempotencyKeyFrom, listInventoryForKey, REPLAYED_HEADER } from "@/lib/api";
import { readJsonObject } from "@/lib/http";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const POST = fulfillmentRoute("api.inventory.feed", async (req, actor) => {
  const idempotencyKey = idempotencyKeyFrom(req);
  const fed = await feedInventory(actor, { idempotencyKey, body: await readJsonObject(req, { maxBytes: FEED_MAX_BODY_BYTES }) });
  return apiJson(fed.body, { status: fed.status, headers: { [IDEMPOTENCY_HEADER]: idempotencyKey, ...(fed.replayed ? { [REPLAYED_HEADER]: "true" } : {}) } });
});

export const GET = fulfillmentRoute("api.inventory.view", async (req, actor) => {
  return apiJson(await listInventoryForKey(actor, new URL(req.url).searchParams));
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET", "POST");
