// Any other /api/v1 path: a JSON 404 in the API's error format rather than the HTML not-found page.
import { errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return errorResponse(404, "NOT_FOUND", "No such endpoint. See /api/v1/openapi.json for the API.");
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
