// POST /api/v1/orders/{number}/returns: a channel authorises a return (RMA) of one of its orders,
// exactly once per Idempotency-Key (docs/api.md).
import { apiJson, channelRoute, IDEMPOTENCY_HEADER, idempotencyKeyFrom, REPLAYED_HEADER, authoriseChannelReturn, parseChannelReturn, returnLocation } from "@/lib/api";
import { NotFoundError } from "@/lib/errors";
import { readJsonObject } from "@/lib/http";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

const ORDER_NUMBER = /^[A-Za-z0-9-]{1,40}$/;

export const POST = channelRoute<{ params: Promise<{ number: string }> }>("api.return.create", async (req, actor, { params }) => {
  const { number } = await params;
  if (!ORDER_NUMBER.test(number)) throw new NotFoundError("order", number.slice(0, 40));
  const idempotencyKey = idempotencyKeyFrom(req);
  const request = parseChannelReturn(await readJsonObject(req));
  const created = await authoriseChannelReturn(actor, { orderNumber: number, idempotencyKey, request });
  return apiJson(created.ret, {
    status: created.status,
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey, Location: returnLocation(created.ret.number), ...(created.replayed ? { [REPLAYED_HEADER]: "true" } : {}) },
  });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("POST");
