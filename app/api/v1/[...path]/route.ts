// Any other /api/v1 path: a JSON 404 in the API's error format rather than the HTML not-found page.
import { errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The answer names the path asked for; /api/v1/openapi.json lists the ones that exist. */
function notFound(req: Request): Response {
  return errorResponse(404, "NOT_FOUND", { entity: "page", id: new URL(req.url).pathname.slice(0, 200) });
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
