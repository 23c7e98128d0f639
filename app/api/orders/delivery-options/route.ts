// Delivery options for a cart as the agent builds it (TanStack Query): network ATP per SKU and, for
// ship-to-home and the nearest pickup stores, the date the customer can expect. Reads only.
import { sessionRoute } from "@/lib/auth/route";
import { getDb } from "@/lib/db";
import { parseInput, readJson } from "@/lib/http";
import { deliveryOptionsSchema, getDeliveryOptions } from "@/lib/orders";

export const dynamic = "force-dynamic";

export const POST = sessionRoute("availability.view", async (req) => {
  const input = parseInput(deliveryOptionsSchema, await readJson(req));
  return Response.json(await getDeliveryOptions(await getDb(), input));
});
