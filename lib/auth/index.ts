// Server entry of the auth context: the permission table and actors (also in the client entry),
// passwords and API keys, and the signed-in session for server components, actions and routes
// (session.ts, route.ts and options.ts need Next's request scope when called, not when loaded, so
// plain scripts and tests can still import this module).
export { PERMISSIONS, ACTIONS, ROLES, ROLE_HOME, can } from "./permissions";
export type { Action, ActorRole } from "./permissions";
export { PAGES, PAGE_ROUTES, canOpenPage, isDynamicRoute, pageRouteFor, routePattern } from "./pages";
export type { PageAccess, PageRoute } from "./pages";
export { SYSTEM_ACTOR, authorize, assertStoreScope, actorColumns } from "./actor";
export type { Actor } from "./actor";
export { hashPassword, verifyPassword } from "./password";
export { hashApiKey, authenticateApiKey } from "./api-keys";
export { currentActor, requireActor, requirePageActor, requirePageAccess } from "./session";
export type { UserActor } from "./session";
export { sessionRoute } from "./route";
export { authOptions, assertAuthSecret, exitWithoutAuthSecret, secureCookiesFor } from "./options";
export { authenticateUser, credentialsSchema, LOGIN_LIMITS, LoginThrottledError } from "./credentials";
export { safeCallbackUrl } from "./callback-url";
