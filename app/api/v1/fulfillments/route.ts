// GET /api/v1/fulfillments?node=&status=&cursor=: a node's fulfilment orders, for the warehouse or
// store system bound to it (docs/api.md).
import { apiJson, fulfillmentRoute, listFulfillments } from "@/lib/api";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = fulfillmentRoute("api.fulfillment.view", async (req, actor) => {
  return apiJson(await listFulfillments(actor, new URL(req.url).searchParams));
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
