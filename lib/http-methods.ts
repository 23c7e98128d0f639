// The answer to a method a route handler does not implement: the documented error body
// `{ error: { code: "METHOD_NOT_ALLOWED", message } }` with an `Allow` header, instead of Next's
// empty 405. Every route.ts under app/api spreads the missing methods from the ones it implements:
//   export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("POST");
// OPTIONS is answered here too, since Next would otherwise list these 405 handlers as implemented.
import { errorResponse } from "@/lib/http";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

type Handler = (req: Request) => Response;

/** The `Allow` header of a route implementing these methods (HEAD comes with GET; OPTIONS always). */
export function allowHeader(implemented: readonly HttpMethod[]): string {
  const allow = new Set<string>([...implemented, "OPTIONS"]);
  if (allow.has("GET")) allow.add("HEAD");
  return [...allow].sort().join(", ");
}

/** A JSON 405 naming the method asked for and the methods the route has. */
export function methodNotAllowed(req: Request, implemented: readonly HttpMethod[]): Response {
  const allow = allowHeader(implemented);
  return errorResponse(405, "METHOD_NOT_ALLOWED", { method: req.method, allow }, undefined, undefined, { Allow: allow, "Cache-Control": "no-store" });
}

/**
 * Handlers for every method of GET/POST/PUT/PATCH/DELETE the route does not implement (each a JSON
 * 405), and OPTIONS (204 with the same `Allow`).
 */
export function methodsNotAllowed<const M extends HttpMethod>(...implemented: M[]): Record<Exclude<HttpMethod, M>, Handler> & { OPTIONS: Handler } {
  const allow = allowHeader(implemented);
  const handlers: Record<string, Handler> = {
    OPTIONS: () => new Response(null, { status: 204, headers: { Allow: allow } }),
  };
  for (const method of HTTP_METHODS) {
    if (!(implemented as readonly string[]).includes(method)) handlers[method] = (req: Request) => methodNotAllowed(req, implemented);
  }
  return handlers as Record<Exclude<HttpMethod, M>, Handler> & { OPTIONS: Handler };
}
