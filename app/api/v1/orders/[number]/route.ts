// GET /api/v1/orders/{number}: the order as its channel sees it now.
import { apiJson, channelRoute, getChannelOrder } from "@/lib/api";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = channelRoute<{ params: Promise<{ number: string }> }>("api.order.view", async (_req, actor, { params }) => {
  const { number } = await params;
  return apiJson(await getChannelOrder(actor, number));
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
