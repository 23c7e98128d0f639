// GET /api/v1/openapi.json: the v1 API's OpenAPI 3.1 document, channel and fulfilment endpoints (public: it holds no data).
import { openApiDocument } from "@/lib/api";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" } });
}

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
