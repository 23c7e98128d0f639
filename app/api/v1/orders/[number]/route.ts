// GET /api/v1/orders/{number}: the order as its channel sees it now.
import { apiJson, channelRoute, getChannelOrder } from "@/lib/api";

export const dynamic = "force-dynamic";

export const GET = channelRoute<{ params: Promise<{ number: string }> }>("api.order.view", async (_req, actor, { params }) => {
  const { number } = await params;
  return apiJson(await getChannelOrder(actor, number));
});
