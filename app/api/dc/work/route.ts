// One DC's open fulfilment orders as JSON for the DC console's live view (TanStack Query polls it):
// same query, filters and cursor as the page (?node=, ?status=, ?cursor=).
import { sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { dcConsoleInputSchema, getDcConsole } from "@/lib/fulfillment";
import { parseInput } from "@/lib/http";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute("fulfillment.dc.view", async (req, actor) => {
  const params = new URL(req.url).searchParams;
  const input = parseInput(dcConsoleInputSchema, {
    node: params.get("node") || undefined,
    status: params.get("status") || undefined,
    cursor: params.get("cursor") || undefined,
  });
  const dcConsole = await getDcConsole(await getDb(), actor, input);
  return Response.json(dcConsole, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
