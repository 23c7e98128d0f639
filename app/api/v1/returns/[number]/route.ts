// GET /api/v1/returns/{number}: a return (RMA) of an order of this key's channel, as it stands now:
// its lines, what was received, the refund and the exchange. Another channel's return is 404.
import { apiJson, channelRoute, getChannelReturn } from "@/lib/api";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = channelRoute<{ params: Promise<{ number: string }> }>("api.order.view", async (_req, actor, { params }) => {
  const { number } = await params;
  return apiJson(await getChannelReturn(actor, number));
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
