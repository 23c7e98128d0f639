// Internal JSON routes for the signed-in UI (TanStack Query live views): authenticate the session,
// authorise through the permission table, and map every error in one place.
// Every answer carries the request's `x-request-id` and is logged as one line; a database that
// cannot be reached, or a server shutting down, answers 503 with Retry-After (lib/health).
import { observeRequest } from "@/lib/health";
import { toErrorResponse } from "@/lib/http";
import type { Action } from "./permissions";
import { requireActor, type UserActor } from "./session";

export function sessionRoute<C>(action: Action, handler: (req: Request, actor: UserActor, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> =>
    observeRequest(
      req,
      async ({ setActor }) => {
        const actor = await requireActor(action);
        setActor(actor);
        return handler(req, actor, ctx);
      },
      toErrorResponse,
    );
}
