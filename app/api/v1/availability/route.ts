// POST /api/v1/availability: units available to promise and delivery options with dates for a cart.
import { apiJson, channelRoute } from "@/lib/api/channel-auth";
import { readJsonObject } from "@/lib/api/request";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { deliveryOptionsSchema, getDeliveryOptions } from "@/lib/orders/queries/delivery-options";

export const dynamic = "force-dynamic";

export const POST = channelRoute("availability.view", async (req) => {
  const input = parseInput(deliveryOptionsSchema, await readJsonObject(req));
  return apiJson(await getDeliveryOptions(await getDb(), input));
});
