// The alerts as JSON for the live alerts page and the dashboards' alert summary (TanStack Query
// polls it every 4 seconds).
import { sessionRoute } from "@/lib/auth";
import { getAlerts } from "@/lib/analytics";
import { getDb } from "@/lib/db";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export const GET = sessionRoute("alert.view", async (_req, actor) => {
  const alerts = await getAlerts(await getDb(), actor);
  return Response.json(alerts, { headers: { "Cache-Control": "no-store" } });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
