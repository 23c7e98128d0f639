// The network overview as JSON for its live page (TanStack Query polls it every 4 seconds).
import { sessionRoute } from "@/lib/auth";
import { LIVE_MAX_AGE_MS, getDb } from "@/lib/db";
import { getNetworkOverview } from "@/lib/inventory";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute("kpi.view", async (_req, actor) => {
  const overview = await getNetworkOverview(await getDb(), actor, { maxAgeMs: LIVE_MAX_AGE_MS });
  return Response.json(overview, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
