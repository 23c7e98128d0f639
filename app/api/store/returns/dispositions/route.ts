// Where the returns router would send units received at this store, as the associate chooses each
// line's condition: ?nodeId=<store>&lines=<orderLineId>:<qty>:<condition>,... A store associate asks
// for their own store only.
import { z } from "zod";
import { assertStoreScope, sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { proposeDispositions, RETURN_CONDITIONS } from "@/lib/returns";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  nodeId: z.string().trim().min(1).max(64),
  lines: z
    .array(z.object({ orderLineId: z.string().trim().min(1).max(64), qty: z.coerce.number().int().min(1).max(10_000), condition: z.enum(RETURN_CONDITIONS) }))
    .min(1)
    .max(100),
});

export const GET = sessionRoute("return.receive", async (req, actor) => {
  const params = new URL(req.url).searchParams;
  const lines = (params.get("lines") ?? "")
    .split(",")
    .filter(Boolean)
    .map((part) => {
      const [orderLineId, qty, condition] = part.split(":");
      return { orderLineId, qty, condition };
    });
  const input = parseInput(querySchema, { nodeId: params.get("nodeId") ?? "", lines });
  assertStoreScope(actor, input.nodeId);
  const proposals = await proposeDispositions(await getDb(), actor, input);
  return Response.json(proposals, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
