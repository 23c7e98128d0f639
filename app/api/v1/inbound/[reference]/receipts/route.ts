// POST /api/v1/inbound/{reference}/receipts: the warehouse or store system of the destination node
// reports what arrived of a purchase order or transfer, exactly once per Idempotency-Key
// (docs/api.md). Units join on hand and waiting backorders are served in the same transaction.
import { apiJson, fulfillmentRoute, IDEMPOTENCY_HEADER, idempotencyKeyFrom, REPLAYED_HEADER, requestHash, runIdempotent } from "@/lib/api";
import { withTx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseInput, readJsonObject } from "@/lib/http";
import { inboundReceiptRequestSchema, receiveInbound } from "@/lib/inventory";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

const REFERENCE = /^[A-Za-z0-9-]{1,40}$/;

export const POST = fulfillmentRoute<{ params: Promise<{ reference: string }> }>("api.inbound.receive", async (req, actor, { params }) => {
  const { reference } = await params;
  if (!REFERENCE.test(reference)) throw new NotFoundError("inboundShipment", reference.slice(0, 40));
  const idempotencyKey = idempotencyKeyFrom(req);
  const receipt = parseInput(inboundReceiptRequestSchema, await readJsonObject(req));
  const hash = requestHash({ reference, receipt });
  const result = await withTx((tx) =>
    runIdempotent(tx, { apiKeyId: actor.id, key: idempotencyKey, requestHash: hash }, async () => {
      const received = await receiveInbound(tx, actor, { reference, ...receipt });
      return {
        status: 200,
        body: { reference: received.reference, status: received.status, receivedUnits: received.receivedUnits, lines: received.lines, ordersServed: received.ordersServed },
      };
    }),
  );
  return apiJson(result.body, { status: result.status, headers: { [IDEMPOTENCY_HEADER]: idempotencyKey, ...(result.replayed ? { [REPLAYED_HEADER]: "true" } : {}) } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("POST");
