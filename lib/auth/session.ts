// The signed-in user as an Actor, for server components, server actions and route handlers.
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { Actor } from "./actor";
import { safeCallbackUrl } from "./callback-url";
import { can, type Action } from "./permissions";
import { canOpenPage, pageRouteFor } from "./pages";
import { asksForAnotherStore } from "./page-scope";
import { authOptions } from "./options";

export type UserActor = Extract<Actor, { kind: "user" }>;

/** The current user, re-read from the database (so deactivation and role changes apply at once). */
export async function currentActor(): Promise<UserActor | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id }, include: { store: { select: { code: true } } } });
  if (!user || !user.active) return null;
  return {
    kind: "user",
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    storeId: user.storeId,
    storeCode: user.store?.code ?? null,
  };
}

/** For server actions and route handlers: throws UnauthenticatedError / ForbiddenError. */
export async function requireActor(action: Action): Promise<UserActor> {
  const actor = await currentActor();
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor.role, action)) throw new ForbiddenError();
  return actor;
}

/** For pages: sends a visitor to the login page and renders the forbidden page for a wrong role. */
export async function requirePageActor(action?: Action, callbackUrl?: string): Promise<UserActor> {
  const actor = await currentActor();
  if (!actor) {
    // proxy.ts passes the requested path along, so the visitor comes back to it after signing in.
    const back = safeCallbackUrl(callbackUrl ?? (await headers()).get("x-oms-path"));
    redirect(back && back !== "/" ? `/login?callbackUrl=${encodeURIComponent(back)}` : "/login");
  }
  if (action && !can(actor.role, action)) forbidden();
  return actor;
}

/**
 * For the signed-in layout: the forbidden page for a path the page table (pages.ts) refuses the
 * user's role. Decided here, above every section's loading boundary, so the refusal is a real 403:
 * a page's own check runs inside the streamed boundary, after a 200 has gone out. The pages still
 * check their actions themselves (client-side navigation does not re-run this layout).
 */
export async function requirePageAccess(): Promise<UserActor> {
  const actor = await requirePageActor();
  const path = (await headers()).get("x-oms-path");
  const route = path ? pageRouteFor(path) : undefined;
  if (route && !canOpenPage(actor.role, route)) forbidden();
  // A store associate's URL naming another store or node (?store=, ?node=): 403 here too.
  if (path && asksForAnotherStore(actor, path)) forbidden();
  return actor;
}
