// GET /api/health: public, for load balancers and uptime checks. 200 when the database answers,
// every migration is applied and the process takes work; 503 with Retry-After otherwise. The body
// (lib/health/check-health.ts) says which part is wrong, never how to reach it.
import { checkHealth } from "@/lib/health";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/log";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

const RETRY_AFTER_SECONDS = 5;

export async function GET(req: Request): Promise<Response> {
  const report = await checkHealth();
  const unavailable = report.status === "unavailable";
  return Response.json(report, {
    status: unavailable ? 503 : 200,
    headers: {
      "Cache-Control": "no-store",
      [REQUEST_ID_HEADER]: requestIdOf(req),
      ...(unavailable ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {}),
    },
  });
}

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
