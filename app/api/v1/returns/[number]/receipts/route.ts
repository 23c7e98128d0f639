// POST /api/v1/returns/{number}/receipts: the node that receives a return's units reports them,
// exactly once per Idempotency-Key (docs/api.md).
import { apiJson, fulfillmentRoute, IDEMPOTENCY_HEADER, idempotencyKeyFrom, REPLAYED_HEADER, parseReturnReceipt, receiveReturnAtNode } from "@/lib/api";
import { NotFoundError } from "@/lib/errors";
import { readJsonObject } from "@/lib/http";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

const RETURN_NUMBER = /^[A-Za-z0-9-]{1,40}$/;

export const POST = fulfillmentRoute<{ params: Promise<{ number: string }> }>("api.return.receive", async (req, actor, { params }) => {
  const { number } = await params;
  if (!RETURN_NUMBER.test(number)) throw new NotFoundError("return", number.slice(0, 40));
  const idempotencyKey = idempotencyKeyFrom(req);
  const receipt = parseReturnReceipt(await readJsonObject(req));
  const received = await receiveReturnAtNode(actor, { returnNumber: number, idempotencyKey, receipt });
  return apiJson(received.ret, {
    status: received.status,
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey, ...(received.replayed ? { [REPLAYED_HEADER]: "true" } : {}) },
  });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("POST");
