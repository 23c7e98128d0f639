// The edge of the channel API: every /api/v1 handler authenticates the channel's API key, checks
// the permission table, and maps errors to `{ error: { code, message, fields? } }` in one place.
import { authenticateApiKey, authorize, type Action, type Actor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http";

export type ChannelActor = Extract<Actor, { role: "CHANNEL" }>;

/** Channel answers describe one caller's data at one moment: never cache them in between. */
export const API_HEADERS = { "Cache-Control": "no-store" } as const;

export async function authenticateChannel(req: Request, action: Action): Promise<ChannelActor> {
  const actor = await authenticateApiKey(await getDb(), req.headers.get("authorization"));
  authorize(actor, action);
  // Only channel keys hold channel permissions, so past authorize() the key is a channel's.
  if (actor.role !== "CHANNEL") throw new ForbiddenError("This API key is not a sales channel's key.");
  return actor;
}

/** JSON with the API's headers. */
export function apiJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { ...API_HEADERS, ...init.headers } });
}

/**
 * Wraps a v1 handler: authenticated and authorised actor in, every error out as 4xx JSON (a 401
 * also says how to authenticate, as RFC 6750 asks).
 */
export function channelRoute<C = unknown>(action: Action, handler: (req: Request, actor: ChannelActor, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      const actor = await authenticateChannel(req, action);
      return await handler(req, actor, ctx);
    } catch (e) {
      const res = toErrorResponse(e);
      res.headers.set("Cache-Control", "no-store");
      if (e instanceof UnauthenticatedError) res.headers.set("WWW-Authenticate", 'Bearer realm="oms-api"');
      return res;
    }
  };
}
