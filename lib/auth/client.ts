// What browser code may load from the auth context: the permission table (what a role may do, its
// home page) and the actor's shape. No session, no passwords, no database.
export { PERMISSIONS, ACTIONS, ROLES, ROLE_HOME, can } from "./permissions";
export type { Action, ActorRole } from "./permissions";
export { PAGES, PAGE_ROUTES, canOpenPage, isDynamicRoute, pageRouteFor, routePattern } from "./pages";
export type { PageAccess, PageRoute } from "./pages";
export type { Actor } from "./actor";
export type { UserActor } from "./session";
export { credentialsSchema } from "./credentials-schema";
export { safeCallbackUrl } from "./callback-url";
export type { CredentialsInput } from "./credentials-schema";
