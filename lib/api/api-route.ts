// The edge of every /api/v1 handler: authenticates the caller's API key, checks that the key is of
// the kind the endpoint serves (a sales channel's or a fulfilment system's) and that the permission
// table lets it act, and maps every error to `{ error: { code, message, params?, fields?, fieldCodes? } }` in one place.
import { authenticateApiKey, authorize, type Action, type Actor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { observeRequest } from "@/lib/health";
import { toErrorResponse } from "@/lib/http";

export type ApiKeyActor = Extract<Actor, { kind: "apiKey" }>;
export type ApiKeyRole = ApiKeyActor["role"];
export type ApiActorOf<R extends ApiKeyRole> = Extract<ApiKeyActor, { role: R }>;

/** API answers describe one caller's data at one moment: never cache them in between. */
export const API_HEADERS = { "Cache-Control": "no-store" } as const;

/** The request's key as an actor of the kind `role`, allowed to do `action`; else 401 or 403. */
export async function authenticateApiActor<R extends ApiKeyRole>(req: Request, role: R, action: Action): Promise<ApiActorOf<R>> {
  const actor = await authenticateApiKey(await getDb(), req.headers.get("authorization"));
  // A key of the other scope (a channel key on a fulfilment endpoint, or the other way round).
  if (actor.role !== role) throw new ForbiddenError();
  authorize(actor, action);
  return actor as ApiActorOf<R>;
}

/** JSON with the API's headers. */
export function apiJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { ...API_HEADERS, ...init.headers } });
}

/**
 * The API's 403 is FORBIDDEN whatever the context calls it (OTHER_STORE, NOT_YOUR_NODE, ...): that
 * code is the contract clients act on; the context's own code goes along as `params.reason`.
 */
function asApiError(e: unknown): unknown {
  return e instanceof ForbiddenError && e.code !== "FORBIDDEN" ? new ForbiddenError("FORBIDDEN", { reason: e.code }) : e;
}

function apiErrorResponse(e: unknown, requestId: string): Response {
  const res = toErrorResponse(asApiError(e), requestId);
  res.headers.set("Cache-Control", "no-store");
  if (e instanceof UnauthenticatedError) res.headers.set("WWW-Authenticate", 'Bearer realm="oms-api"');
  return res;
}

/**
 * Wraps a v1 handler: an authenticated, authorised actor of the endpoint's key kind in, every error
 * out as 4xx JSON (a 401 also says how to authenticate, as RFC 6750 asks; a database that cannot be
 * reached, or a server shutting down, a 503 with Retry-After). Every answer carries the request's
 * `x-request-id` and is logged as one line (lib/health/observe-request.ts).
 */
export function apiRoute<R extends ApiKeyRole, C = unknown>(role: R, action: Action, handler: (req: Request, actor: ApiActorOf<R>, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> =>
    observeRequest(
      req,
      async ({ setActor }) => {
        const actor = await authenticateApiActor(req, role, action);
        setActor(actor);
        return handler(req, actor, ctx);
      },
      apiErrorResponse,
    );
}
