// Who may act on one order: the check every order command makes itself, so that no caller (a server
// action, a route, a job) can forget it. The role needs the action in the permission table; a store
// associate, and a fulfilment system's key, act only on orders that part of is fulfilled at or
// collected from their store or nodes; a channel's key only on its own channel's orders (another
// channel's is not found, as on GET). The system may do anything.
import { authorize, type Action, type Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/** The nodes whose orders the actor is limited to, or null when the actor is not limited by node. */
function scopedNodes(actor: Actor): string[] | null {
  if (actor.kind === "user" && actor.role === "STORE_ASSOCIATE") return actor.storeId ? [actor.storeId] : [];
  if (actor.kind === "apiKey" && actor.role === "FULFILLMENT") return actor.nodeIds;
  return null;
}

/**
 * Throws unless the actor may perform `action` on the order: NotFoundError when the order does not
 * exist (or belongs to another channel), ForbiddenError for a role without the permission, and
 * ForbiddenError("OTHER_STORE") for an associate of a store the order does not pass through.
 */
export async function assertOrderAccess(tx: Tx, actor: Actor, orderId: string, action: Action): Promise<void> {
  if (actor.kind === "system") return;
  const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, number: true, channel: true } });
  if (!order) throw new NotFoundError("order", orderId);
  if (actor.kind === "apiKey" && actor.role === "CHANNEL" && actor.channel !== order.channel) throw new NotFoundError("order", order.number);
  authorize(actor, action);
  const nodes = scopedNodes(actor);
  if (nodes === null) return;
  const passesThrough = nodes.length
    ? await tx.order.count({
        where: {
          id: order.id,
          OR: [{ fulfillmentOrders: { some: { OR: [{ nodeId: { in: nodes } }, { pickupNodeId: { in: nodes } }] } } }, { lines: { some: { pickupNodeId: { in: nodes } } } }],
        },
      })
    : 0;
  if (!passesThrough) throw new ForbiddenError(actor.kind === "apiKey" ? "NOT_YOUR_NODE" : "OTHER_STORE");
}
