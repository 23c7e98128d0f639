// The one permission table: which role may do which action. Every server action, route handler and
// page asks it through requireActor()/can(); nothing else decides access. Store associates are
// further limited to their own store by assertStoreScope().
import type { Role } from "@/generated/prisma/enums";

/**
 * Systems calling the REST API with an API key act as a pseudo-role: CHANNEL for sales channels,
 * FULFILLMENT for warehouse and store systems (bound to their nodes).
 */
export type ActorRole = Role | "CHANNEL" | "FULFILLMENT";

const AGENT = "AGENT";
const STORE = "STORE_ASSOCIATE";
const SUPPLY = "SUPPLY_CHAIN";
const ADMIN = "ADMIN";
const CHANNEL = "CHANNEL";
const FULFILLMENT = "FULFILLMENT";

export const PERMISSIONS = {
  // orders and customers (call centre)
  "order.view": [AGENT, SUPPLY, ADMIN],
  "order.create": [AGENT, ADMIN],
  "order.modify": [AGENT, ADMIN],
  "order.cancel": [AGENT, ADMIN],
  "order.hold.release": [AGENT, ADMIN],
  "order.note.add": [AGENT, STORE, ADMIN],
  /** Goodwill refunds up to the role's limit in the returns policy; above it they wait for approval. */
  "order.appeasement": [AGENT, ADMIN],
  /** Approve or refuse a goodwill refund above its requester's limit (the supervisor's right). */
  "order.appeasement.approve": [ADMIN],
  "return.create": [AGENT, STORE, ADMIN],
  /** The returns list and RMA pages (associates see their own store's). */
  "return.view": [AGENT, STORE, SUPPLY, ADMIN],
  /** Refund a return before its units arrive, with a reason, up to the role's limit. */
  "return.refund": [AGENT, ADMIN],
  "customer.view": [AGENT, ADMIN],
  "customer.edit": [AGENT, ADMIN],
  "availability.view": [AGENT, STORE, SUPPLY, ADMIN, CHANNEL],
  // store work (own store only for associates)
  "store.queue.view": [STORE, ADMIN],
  "fulfillment.work": [STORE, SUPPLY, ADMIN],
  /** Expire an uncollected pickup before its window ends, or write stock off by a count. */
  "fulfillment.pickup.expire": [STORE, ADMIN],
  /** The DC console: each DC's open fulfilment orders. */
  "fulfillment.dc.view": [SUPPLY, ADMIN],
  /** Receive returned units: store associates at their counter, supply chain at a DC. */
  "return.receive": [STORE, SUPPLY, ADMIN],
  "inventory.adjust": [STORE, SUPPLY, ADMIN],
  // supply chain
  "inventory.view": [SUPPLY, ADMIN, STORE],
  "inbound.manage": [SUPPLY, ADMIN],
  /** Upload a stock feed (counts or deltas for a node) from a file. */
  "inventory.feed": [SUPPLY, ADMIN],
  "kpi.view": [SUPPLY, ADMIN],
  "alert.view": [SUPPLY, ADMIN],
  // administration
  "rules.view": [ADMIN, SUPPLY],
  "rules.edit": [ADMIN],
  "node.view": [ADMIN, SUPPLY],
  "node.edit": [ADMIN],
  "user.manage": [ADMIN],
  "outbox.view": [ADMIN],
  /**
   * Put a failed message back in the queue: it is sent again to a customer or a channel system, so
   * it is its own right, not part of watching deliveries. Administrators only.
   */
  "outbox.retry": [ADMIN],
  /** Create, list and revoke the API keys of channel and fulfilment systems. */
  "apikey.manage": [ADMIN],
  /** The audit page: every admin change with who, when, before and after. */
  "audit.view": [ADMIN],
  "benefits.view": [ADMIN, SUPPLY],
  /** Prometheus metrics at /api/metrics in a browser; scrapers use the METRICS_TOKEN bearer instead. */
  "metrics.view": [ADMIN],
  // channel API
  "api.order.create": [CHANNEL],
  "api.order.view": [CHANNEL],
  "api.return.create": [CHANNEL],
  "api.catalog.view": [CHANNEL],
  // fulfilment API (warehouse and store systems, per node)
  "api.fulfillment.view": [FULFILLMENT],
  "api.fulfillment.event": [FULFILLMENT],
  "api.return.receive": [FULFILLMENT],
  /** Report a delivery of a purchase order or transfer at the key's node. */
  "api.inbound.receive": [FULFILLMENT],
  /** Stock feeds and positions of the key's nodes (POST/GET /api/v1/inventory). */
  "api.inventory.feed": [FULFILLMENT],
  "api.inventory.view": [FULFILLMENT],
} as const satisfies Record<string, readonly ActorRole[]>;

export type Action = keyof typeof PERMISSIONS;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export const ROLES: readonly Role[] = [AGENT, STORE, SUPPLY, ADMIN];

export function can(role: ActorRole, action: Action): boolean {
  return (PERMISSIONS[action] as readonly ActorRole[]).includes(role);
}

/** Where each role lands after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  AGENT: "/orders",
  STORE_ASSOCIATE: "/store",
  SUPPLY_CHAIN: "/inventory",
  ADMIN: "/admin/rules",
};
