// What every route wrapper does around its handler (lib/api/api-route.ts, lib/auth/route.ts): gives
// the request its id (the `x-request-id` it sent, else a new one) and returns it as a header, logs
// one line when it ends (method, path, status, duration, actor, request id), counts it in the
// metrics, and, while the process shuts down, takes no new work (503 SERVICE_UNAVAILABLE).
import { ServiceUnavailableError } from "@/lib/errors";
import { REQUEST_ID_HEADER, requestIdOf, requestLogger, type Logger } from "@/lib/log";
import { recordHttpRequest } from "@/lib/metrics";
import { beginWork, DRAINING_RETRY_AFTER_SECONDS } from "./lifecycle";

export interface RequestContext {
  requestId: string;
  log: Logger;
  /** Who the request acts as, once authenticated: goes on the request's log line. */
  setActor(actor: { id: string; role: string }): void;
}

/** A path with its ids folded (`/api/v1/orders/OMS-1042` -> `/api/v1/orders/:id`), so metrics labels stay few. */
export function routeLabel(pathname: string): string {
  return pathname
    .split("/")
    // An API version (v1) is part of the route; any other segment with a digit is an id.
    .map((s) => (s && !/^v\d+$/.test(s) && (/\d/.test(s) || s.length > 24) ? ":id" : s))
    .join("/");
}

function withHeader(res: Response, name: string, value: string): Response {
  try {
    res.headers.set(name, value);
    return res;
  } catch {
    // Immutable headers (a redirect, a proxied answer): copy the response.
    const copy = new Response(res.body, res);
    copy.headers.set(name, value);
    return copy;
  }
}

export async function observeRequest(
  req: Request,
  handle: (ctx: RequestContext) => Promise<Response>,
  toError: (e: unknown, requestId: string) => Response,
): Promise<Response> {
  const started = performance.now();
  const requestId = requestIdOf(req);
  const log = requestLogger(requestId);
  let actor: { id: string; role: string } | undefined;
  const done = beginWork();
  let res: Response;
  if (!done) {
    res = toError(new ServiceUnavailableError(DRAINING_RETRY_AFTER_SECONDS), requestId);
    res = withHeader(res, "Connection", "close");
  } else {
    try {
      res = await handle({ requestId, log, setActor: (a) => (actor = { id: a.id, role: a.role }) });
    } catch (e) {
      res = toError(e, requestId);
    } finally {
      done();
    }
  }
  res = withHeader(res, REQUEST_ID_HEADER, requestId);
  const url = new URL(req.url);
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  const line = { method: req.method, path: url.pathname, status: res.status, durationMs, ...(actor ? { actorId: actor.id, actorRole: actor.role } : {}) };
  if (res.status >= 500) log.warn(line, "request");
  else log.info(line, "request");
  recordHttpRequest(routeLabel(url.pathname), req.method, res.status);
  return res;
}
