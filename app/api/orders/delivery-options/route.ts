// Delivery options for a cart as the agent builds it (TanStack Query): network ATP per SKU and, for
// ship-to-home and the nearest pickup stores, the date the customer can expect. Reads only.
import { sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { parseInput, readJsonObject } from "@/lib/http";
import { deliveryOptionsSchema, getDeliveryOptions } from "@/lib/orders";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const POST = sessionRoute("availability.view", async (req) => {
  const input = parseInput(deliveryOptionsSchema, await readJsonObject(req));
  return Response.json(await getDeliveryOptions(await getDb(), input));
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("POST");
