// POST /api/v1/availability: units available to promise and delivery options with dates for a cart.
import { apiJson, channelRoute } from "@/lib/api";
import { getDb } from "@/lib/db";
import { parseInput, readJsonObject } from "@/lib/http";
import { deliveryOptionsSchema, getDeliveryOptions } from "@/lib/orders";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const POST = channelRoute("availability.view", async (req) => {
  const input = parseInput(deliveryOptionsSchema, await readJsonObject(req));
  return apiJson(await getDeliveryOptions(await getDb(), input));
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("POST");
