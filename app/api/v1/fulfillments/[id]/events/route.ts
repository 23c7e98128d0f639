// POST /api/v1/fulfillments/{id}/events: a warehouse or store system reports what happened to a
// fulfilment order, exactly once per Idempotency-Key (docs/api.md).
import { apiJson, fulfillmentRoute, parseFulfillmentEvent, reportFulfillmentEvent, IDEMPOTENCY_HEADER, idempotencyKeyFrom, REPLAYED_HEADER } from "@/lib/api";
import { NotFoundError } from "@/lib/errors";
import { readJsonObject } from "@/lib/http";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

const FULFILLMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const POST = fulfillmentRoute<{ params: Promise<{ id: string }> }>("api.fulfillment.event", async (req, actor, { params }) => {
  const { id } = await params;
  if (!FULFILLMENT_ID.test(id)) throw new NotFoundError("fulfillmentOrder", id.slice(0, 64));
  const idempotencyKey = idempotencyKeyFrom(req);
  const event = parseFulfillmentEvent(await readJsonObject(req));
  const reported = await reportFulfillmentEvent(actor, { fulfillmentOrderId: id, idempotencyKey, event });
  return apiJson(reported.fulfillment, {
    status: reported.status,
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey, ...(reported.replayed ? { [REPLAYED_HEADER]: "true" } : {}) },
  });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("POST");
