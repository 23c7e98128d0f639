// GET /api/metrics: Prometheus text format, for a scraper with the METRICS_TOKEN bearer token or a
// signed-in admin (401/403 otherwise). Listed in the README's Operations section.
import { authorizeMetrics, observeRequest, scrapeMetrics } from "@/lib/health";
import { toErrorResponse } from "@/lib/http";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  return observeRequest(
    req,
    async ({ setActor }) => {
      const admin = await authorizeMetrics(req);
      if (admin) setActor(admin);
      const { body, contentType } = await scrapeMetrics();
      return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
    },
    toErrorResponse,
  );
}

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
