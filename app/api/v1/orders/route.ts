// POST /api/v1/orders: a channel places an order, exactly once per Idempotency-Key (docs/api.md).
import { apiJson, channelRoute, IDEMPOTENCY_HEADER, idempotencyKeyFrom, REPLAYED_HEADER, parseChannelOrder, placeChannelOrder } from "@/lib/api";
import { readJsonObject } from "@/lib/http";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const POST = channelRoute("api.order.create", async (req, actor) => {
  const idempotencyKey = idempotencyKeyFrom(req);
  const order = parseChannelOrder(actor, await readJsonObject(req));
  const placed = await placeChannelOrder(actor, { idempotencyKey, order });
  return apiJson(placed.order, {
    status: placed.status,
    headers: {
      Location: `/api/v1/orders/${encodeURIComponent(placed.order.number)}`,
      [IDEMPOTENCY_HEADER]: idempotencyKey,
      ...(placed.replayed ? { [REPLAYED_HEADER]: "true" } : {}),
    },
  });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("POST");
