// GET /api/v1/openapi.json: the channel API's OpenAPI 3.1 document (public: it holds no data).
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" } });
}
