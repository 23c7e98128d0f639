// Who may open every page, call every route handler and run every server action: the expected
// answer for each kind of caller, written out by hand as a second opinion on the permission table
// (permissions.ts). access-matrix.test.ts finds the app's pages, route handlers (with their methods)
// and "use server" exports on disk, fails when one has no entry here, and checks each entry by
// really calling the guard, handler or action as every caller.
//
// Callers: a visitor without a session, a signed-in user of each role (a store associate works at
// one store), a sales channel's API key, a fulfilment system's key (bound to its nodes) and a
// revoked key. The expected answers:
// - a page: "public", or the roles that may open it (a visitor is sent to the login page, any other
//   role gets the 403 page);
// - an internal route (session) or a server action: the roles allowed; a visitor or an API key
//   (which is no session) gets 401 / UNAUTHENTICATED, any other role 403 / FORBIDDEN;
// - a /api/v1 route: the key kind it serves; no key, a session or a revoked key gets 401, the key
//   of the other kind 403;
// - "public": anyone, signed in or not.
// A route exporting a method not listed for it must answer 405 to everyone.
import type { Role } from "@/generated/prisma/enums";

const A = "AGENT";
const S = "STORE_ASSOCIATE";
const C = "SUPPLY_CHAIN";
const D = "ADMIN";

/** Every role of the Role enum, in the order the matrix lists them. */
export const MATRIX_ROLES = [A, S, C, D] as const satisfies readonly Role[];

export type Personas = "anonymous" | Role | "channelKey" | "fulfilmentKey" | "revokedKey";

/** A page or a session edge (internal route, server action): who gets in. */
export type SessionAccess = "public" | readonly Role[];

/** A /api/v1 route: which key kind it serves, or "public" (no key needed). */
export type ApiAccess = "public" | "channelKey" | "fulfilmentKey";

export type MethodName = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type RouteAccess =
  | { kind: "session"; methods: Partial<Record<MethodName, SessionAccess>> }
  | { kind: "api"; methods: Partial<Record<MethodName, ApiAccess>> }
  /** Answers everyone the same way (sign-in machinery, catch-alls, public documents). */
  | { kind: "public"; methods: Partial<Record<MethodName, "public">> };

const session = (methods: Partial<Record<MethodName, SessionAccess>>): RouteAccess => ({ kind: "session", methods });
const api = (methods: Partial<Record<MethodName, ApiAccess>>): RouteAccess => ({ kind: "api", methods });
const open = (...methods: MethodName[]): RouteAccess => ({ kind: "public", methods: Object.fromEntries(methods.map((m) => [m, "public"])) });

/** Pages by route (app/**\/page.tsx without route groups). */
export const PAGE_MATRIX: Record<string, SessionAccess> = {
  "/": "public",
  "/login": "public",
  "/track": "public",
  "/pay/[token]": "public",
  "/orders": [A, C, D],
  "/orders/new": [A, D],
  "/orders/[number]": [A, C, D],
  "/customers": [A, D],
  "/customers/[id]": [A, D],
  "/returns": [A, S, C, D],
  "/returns/[number]": [A, S, C, D],
  "/store": [S, D],
  "/store/count": [S, D],
  "/store/counter": [S, D],
  "/store/returns": [S, D],
  "/store/work/[id]": [S, D],
  "/dc": [C, D],
  "/dc/work/[id]": [C, D],
  "/inventory": [S, C, D],
  "/inventory/[sku]": [S, C, D],
  "/inventory/inbound": [S, C, D],
  "/inventory/inbound/new": [C, D],
  "/inventory/inbound/[reference]": [S, C, D],
  "/inventory/feed": [C, D],
  "/overview": [C, D],
  "/kpis": [C, D],
  "/benefits": [C, D],
  "/alerts": [C, D],
  "/admin/rules": [C, D],
  "/admin/rules/[id]": [C, D],
  "/admin/rules/simulations": [C, D],
  "/admin/rules/simulations/[id]": [C, D],
  "/admin/rules/simulations/[id]/orders/[orderId]": [C, D],
  "/admin/nodes": [C, D],
  "/admin/nodes/[code]": [C, D],
  "/admin/nodes/[code]/edit": [D],
  "/admin/nodes/new": [D],
  "/admin/nodes/import": [D],
  "/admin/users": [D],
  "/admin/users/new": [D],
  "/admin/users/[id]": [D],
  "/admin/outbox": [D],
  "/admin/outbox/[id]": [D],
  "/admin/keys": [D],
  "/admin/keys/new": [D],
  "/admin/audit": [D],
};

/** Route handlers by URL path (app/**\/route.ts). */
export const ROUTE_MATRIX: Record<string, RouteAccess> = {
  "/api/auth/[...nextauth]": open("GET", "POST"),
  /** For load balancers and uptime checks: says which part is down, never how to reach it. */
  "/api/health": open("GET"),
  /** Prometheus text for a scraper with the METRICS_TOKEN bearer token, or a signed-in admin. */
  "/api/metrics": session({ GET: [D] }),
  "/api/alerts": session({ GET: [C, D] }),
  "/api/benefits/export": session({ GET: [C, D] }),
  "/api/catalog/search": session({ GET: [A, D] }),
  "/api/dc/work": session({ GET: [C, D] }),
  "/api/inbound": session({ GET: [S, C, D] }),
  "/api/inbound/[reference]": session({ GET: [S, C, D] }),
  "/api/inbound/export": session({ GET: [S, C, D] }),
  "/api/inbound/sources": session({ GET: [C, D] }),
  "/api/inventory/[sku]": session({ GET: [S, C, D] }),
  "/api/inventory/export": session({ GET: [S, C, D] }),
  "/api/orders/customers": session({ GET: [A, D] }),
  "/api/orders/customers/[id]": session({ GET: [A, D] }),
  "/api/orders/delivery-options": session({ POST: [A, S, C, D] }),
  "/api/overview": session({ GET: [C, D] }),
  "/api/simulations/[id]": session({ GET: [C, D] }),
  "/api/store/pickups": session({ GET: [S, C, D] }),
  "/api/store/queue": session({ GET: [S, D] }),
  "/api/store/returns/dispositions": session({ GET: [S, C, D] }),
  "/api/store/returns/orders": session({ GET: [S, C, D] }),
  "/api/store/returns/orders/[id]": session({ GET: [S, C, D] }),
  "/api/store/returns/quote": session({ POST: [S, C, D] }),
  "/api/store/work/[id]": session({ GET: [S, C, D] }),
  "/api/v1/[...path]": open("GET", "POST", "PUT", "PATCH", "DELETE"),
  "/api/v1/openapi.json": open("GET"),
  "/api/v1/availability": api({ POST: "channelKey" }),
  "/api/v1/nodes": api({ GET: "channelKey" }),
  "/api/v1/products": api({ GET: "channelKey" }),
  "/api/v1/orders": api({ POST: "channelKey" }),
  "/api/v1/orders/[number]": api({ GET: "channelKey" }),
  "/api/v1/orders/[number]/returns": api({ POST: "channelKey" }),
  "/api/v1/returns/[number]": api({ GET: "channelKey" }),
  "/api/v1/fulfillments": api({ GET: "fulfilmentKey" }),
  "/api/v1/fulfillments/[id]/events": api({ POST: "fulfilmentKey" }),
  "/api/v1/inbound/[reference]/receipts": api({ POST: "fulfilmentKey" }),
  "/api/v1/inventory": api({ GET: "fulfilmentKey", POST: "fulfilmentKey" }),
  "/api/v1/returns/[number]/receipts": api({ POST: "fulfilmentKey" }),
};

/** Server actions by "<file under app/>#<export>". */
export const ACTION_MATRIX: Record<string, SessionAccess> = {
  "actions.ts#setLocale": "public",
  "pay/[token]/actions.ts#payLinkAction": "public",
  "track/actions.ts#trackOrderAction": "public",
  "(app)/admin/keys/actions.ts#createApiKeyAction": [D],
  "(app)/admin/keys/actions.ts#revokeApiKeyAction": [D],
  "(app)/admin/nodes/actions.ts#updateNodeAction": [D],
  "(app)/admin/nodes/actions.ts#createNodeAction": [D],
  "(app)/admin/nodes/actions.ts#importNodesAction": [D],
  "(app)/admin/outbox/actions.ts#retryOutboxMessageAction": [D],
  "(app)/admin/rules/actions.ts#createRuleDraftAction": [D],
  "(app)/admin/rules/actions.ts#updateRuleDraftAction": [D],
  "(app)/admin/rules/actions.ts#publishRuleSetAction": [D],
  "(app)/admin/rules/actions.ts#rollbackRuleSetAction": [D],
  "(app)/admin/rules/simulations/actions.ts#startSimulationAction": [D],
  "(app)/admin/rules/simulations/actions.ts#cancelSimulationAction": [D],
  "(app)/admin/users/actions.ts#createUserAction": [D],
  "(app)/admin/users/actions.ts#changeUserAccessAction": [D],
  "(app)/admin/users/actions.ts#setUserActiveAction": [D],
  "(app)/benefits/actions.ts#saveBenefitsAssumptionsAction": [C, D],
  "(app)/benefits/actions.ts#resetBenefitsAssumptionsAction": [C, D],
  "(app)/inventory/feed/actions.ts#applyFeedChunkAction": [C, D],
  "(app)/inventory/inbound/actions.ts#createInboundAction": [C, D],
  "(app)/inventory/inbound/actions.ts#shipTransferAction": [C, D],
  "(app)/inventory/inbound/actions.ts#receiveInboundAction": [C, D],
  "(app)/inventory/inbound/actions.ts#closeInboundAction": [C, D],
  "(app)/inventory/inbound/actions.ts#cancelInboundAction": [C, D],
  "(app)/orders/[number]/actions.ts#cancelLineAction": [A, D],
  "(app)/orders/[number]/actions.ts#cancelOrderAction": [A, D],
  "(app)/orders/[number]/actions.ts#changeQuantityAction": [A, D],
  "(app)/orders/[number]/actions.ts#addLineAction": [A, D],
  "(app)/orders/[number]/actions.ts#changeAddressAction": [A, D],
  "(app)/orders/[number]/actions.ts#changeDeliveryMethodAction": [A, D],
  "(app)/orders/[number]/actions.ts#releaseHoldAction": [A, D],
  "(app)/orders/[number]/actions.ts#addNoteAction": [A, S, D],
  "(app)/orders/new/actions.ts#quoteOrderAction": [A, D],
  "(app)/orders/new/actions.ts#placeOrderAction": [A, D],
  "(app)/returns/actions.ts#authoriseReturnAction": [A, S, D],
  "(app)/returns/actions.ts#refundReturnAction": [A, D],
  "(app)/returns/actions.ts#receiveReturnAction": [S, C, D],
  "(app)/returns/actions.ts#requestAppeasementAction": [A, D],
  "(app)/returns/actions.ts#decideAppeasementAction": [D],
  "(app)/returns/actions.ts#getReturnableOrderAction": [A, S, D],
  "(app)/returns/actions.ts#proposeDispositionsAction": [S, C, D],
  "(app)/returns/actions.ts#quoteReceiptAction": [S, C, D],
  "(app)/store/actions.ts#startPickingAction": [S, C, D],
  "(app)/store/actions.ts#confirmPickAction": [S, C, D],
  "(app)/store/actions.ts#shortPickAction": [S, C, D],
  "(app)/store/actions.ts#packAction": [S, C, D],
  "(app)/store/actions.ts#shipAction": [S, C, D],
  "(app)/store/actions.ts#receiveAtStoreAction": [S, C, D],
  "(app)/store/actions.ts#markReadyAction": [S, C, D],
  "(app)/store/actions.ts#handOverAction": [S, C, D],
  "(app)/store/actions.ts#expirePickupAction": [S, D],
  "(app)/store/actions.ts#markDeliveredAction": [S, C, D],
  "(app)/store/actions.ts#cycleCountAction": [S, C, D],
  // The returns counter is a store screen: a DC receives mail returns on its own console.
  "(app)/store/returns/actions.ts#receiveReturnAction": [S, D],
};

/**
 * Access to one store's or one channel's data: the caller is allowed the endpoint, the resource
 * belongs to them ("own") or to someone else ("other"). For another's resource a refusal is a 403
 * or a 404 (an API may hide that the resource exists), never the data and never a change.
 */
export type ScopeOutcome = "allowed" | "refused";

export interface ScopeCase {
  /** A page ("page /store?store="), a route ("GET /api/store/work/[id]") or an action key of ACTION_MATRIX. */
  endpoint: string;
  who: "STORE_ASSOCIATE" | "channelKey" | "fulfilmentKey";
  resource: "own" | "other";
  expected: ScopeOutcome;
}

const both = (endpoint: string, who: ScopeCase["who"]): ScopeCase[] => [
  { endpoint, who, resource: "own", expected: "allowed" },
  { endpoint, who, resource: "other", expected: "refused" },
];

export const SCOPE_CASES: ScopeCase[] = [
  // a store associate and another store's work, stock, returns and orders: pages answer 403 before
  // anything is streamed (the signed-in layout and the section layouts refuse)
  ...both("page /store?store=", S),
  ...both("page /store/count?store=", S),
  ...both("page /store/work/[id]", S),
  ...both("page /inventory/inbound/[reference]", S),
  ...both("GET /api/store/work/[id]", S),
  ...both("GET /api/store/queue", S),
  ...both("GET /api/inbound/[reference]", S),
  ...both("(app)/store/actions.ts#startPickingAction", S),
  ...both("(app)/store/actions.ts#cycleCountAction", S),
  ...both("(app)/orders/[number]/actions.ts#addNoteAction", S),
  // The returns counter takes back any order from any channel (bought online, returned in store):
  // what an order may still return is open to every store's associate, by design.
  { endpoint: "(app)/returns/actions.ts#getReturnableOrderAction", who: S, resource: "own", expected: "allowed" },
  { endpoint: "(app)/returns/actions.ts#getReturnableOrderAction", who: S, resource: "other", expected: "allowed" },
  // a sales channel and another channel's orders and returns
  ...both("GET /api/v1/orders/[number]", "channelKey"),
  ...both("POST /api/v1/orders/[number]/returns", "channelKey"),
  // a fulfilment system and another node's work and stock
  ...both("GET /api/v1/fulfillments", "fulfilmentKey"),
  ...both("POST /api/v1/fulfillments/[id]/events", "fulfilmentKey"),
  ...both("GET /api/v1/inventory", "fulfilmentKey"),
];
