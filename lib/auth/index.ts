// Public face of the auth context. Server-only pieces (session.ts, options.ts) are imported from
// their files by app/ so that this module stays usable from plain scripts and tests.
export { PERMISSIONS, ACTIONS, ROLES, ROLE_HOME, can } from "./permissions";
export type { Action, ActorRole } from "./permissions";
export { SYSTEM_ACTOR, authorize, assertStoreScope, actorColumns } from "./actor";
export type { Actor } from "./actor";
export { hashPassword, verifyPassword } from "./password";
export { hashApiKey, authenticateApiKey } from "./api-keys";
