// Nodes with free units of a SKU (?sku=&toNode=), for the "new transfer" form's suggestions.
import { sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { listTransferSources, transferSourcesInputSchema } from "@/lib/inventory";
import { parseInput } from "@/lib/http";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute("inbound.manage", async (req, actor) => {
  const params = new URL(req.url).searchParams;
  const input = parseInput(transferSourcesInputSchema, { sku: params.get("sku") ?? "", toNode: params.get("toNode") ?? undefined });
  const sources = await listTransferSources(await getDb(), actor, input);
  return Response.json({ sources }, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
