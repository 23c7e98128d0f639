// One inbound shipment as JSON for its live detail screen.
import { sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getInbound } from "@/lib/inventory";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute<{ params: Promise<{ reference: string }> }>("inventory.view", async (_req, actor, { params }) => {
  const { reference } = await params;
  const detail = await getInbound(await getDb(), actor, reference.slice(0, 40));
  return Response.json(detail, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
