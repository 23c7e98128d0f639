// Store associates see only their own store's stock: every inventory query narrows to it here.
import type { Db, Tx } from "@/lib/db";
import { assertStoreScope, type Actor } from "@/lib/auth";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

export function isStoreAssociate(actor: Actor): actor is Extract<Actor, { kind: "user" }> {
  return actor.kind === "user" && actor.role === "STORE_ASSOCIATE";
}

/**
 * The node id the query must stay within (null: the whole network). A node code asked for is
 * checked against the actor's scope; a store associate without a store sees nothing.
 */
export async function resolveNodeScope(db: Db | Tx, actor: Actor, nodeCode: string | undefined): Promise<string | null> {
  if (nodeCode) {
    const node = await db.node.findUnique({ where: { code: nodeCode }, select: { id: true } });
    if (!node) {
      if (isStoreAssociate(actor)) throw new ForbiddenError("OTHER_STORE");
      throw new NotFoundError("node", nodeCode);
    }
    assertStoreScope(actor, node.id);
    return node.id;
  }
  if (isStoreAssociate(actor)) {
    if (!actor.storeId) throw new ForbiddenError("NO_STORE_LINKED");
    return actor.storeId;
  }
  return null;
}
