// One simulation run as JSON (status, progress, figures once done) for its page, which polls it
// while the run is queued or running.
import { sessionRoute } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getSimulation } from "@/lib/simulation";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute<{ params: Promise<{ id: string }> }>("rules.view", async (_req, actor, { params }) => {
  const { id } = await params;
  const detail = await getSimulation(await getDb(), actor, { id: id.slice(0, 64) });
  return Response.json(detail, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
