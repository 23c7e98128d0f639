// The inbound supply list as JSON for its live view (TanStack Query polls it): the same query and
// filters as the page (?status=&type=&node=&late=&q=&cursor=).
import { sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { listInbound, listInboundInputSchema } from "@/lib/inventory";
import { parseInput } from "@/lib/http";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute("inventory.view", async (req, actor) => {
  const params = new URL(req.url).searchParams;
  const input = parseInput(listInboundInputSchema, Object.fromEntries(["status", "type", "node", "late", "q", "cursor"].map((k) => [k, params.get(k) ?? undefined])));
  const page = await listInbound(await getDb(), actor, input);
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
