// Internal JSON routes for the signed-in UI (TanStack Query live views): authenticate the session,
// authorise through the permission table, and map every error in one place.
import { route } from "@/lib/http";
import type { Action } from "./permissions";
import { requireActor, type UserActor } from "./session";

export function sessionRoute<C>(action: Action, handler: (req: Request, actor: UserActor, ctx: C) => Promise<Response>) {
  return route(async (req: Request, ctx: C) => {
    const actor = await requireActor(action);
    return handler(req, actor, ctx);
  });
}
