// A store associate's pages stay within their own store. A page URL that asks for another store or
// node (?store=, ?node=) is refused before anything is streamed, so the refusal is a real 403: the
// page's own check (its query's ForbiddenError) runs inside the section's loading boundary, after a
// 200 has gone out. Pages still check for themselves (client-side navigation skips the layouts).
import type { Actor } from "./actor";

/** The search parameters by which pages name a store or node. */
export const SCOPE_PARAMS = ["store", "node"] as const;

/**
 * True when the actor is a store associate and the page URL (path with its query) names a store or
 * node other than their own (or any, when they have no store).
 */
export function asksForAnotherStore(actor: Actor, pathWithQuery: string): boolean {
  if (actor.kind !== "user" || actor.role !== "STORE_ASSOCIATE") return false;
  let params: URLSearchParams;
  try {
    params = new URL(pathWithQuery, "http://localhost").searchParams;
  } catch {
    return false;
  }
  return SCOPE_PARAMS.some((name) => params.getAll(name).some((code) => code !== "" && code !== actor.storeCode));
}
