// What receiving these units at the counter would refund, asked as the associate counts them: the
// same rule the receipt pays with, so the button announces what the customer gets back. Against an
// RMA (returnId) or a walk-in (orderId, with the buyer's reason on each line). A store associate asks
// for their own store only.
import { z } from "zod";
import { assertStoreScope, sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { parseInput, readJsonObject } from "@/lib/http";
import { quoteReceipt, receiptLineInputSchema } from "@/lib/returns";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

const id = z.string().trim().min(1).max(64);

const quoteSchema = z
  .object({
    returnId: id.optional(),
    orderId: id.optional(),
    nodeId: id,
    lines: z.array(receiptLineInputSchema.pick({ orderLineId: true, qty: true, condition: true, reason: true })).min(1, "QUOTE_LINES_REQUIRED").max(100),
  })
  .refine((v) => Boolean(v.returnId) !== Boolean(v.orderId), { message: "QUOTE_RETURN_OR_ORDER", path: ["returnId"] });

export const POST = sessionRoute("return.receive", async (req, actor) => {
  const { nodeId, ...input } = parseInput(quoteSchema, await readJsonObject(req));
  assertStoreScope(actor, nodeId);
  const quote = await quoteReceipt(await getDb(), actor, input);
  return Response.json(quote, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("POST");
