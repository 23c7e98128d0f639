// Choices for the inventory filters: the nodes the actor may see and the product categories.
import type { NodeType } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth";
import { isStoreAssociate } from "./scope";

export interface InventoryFilterOptions {
  nodes: Array<{ code: string; name: string; type: NodeType }>;
  categories: Array<{ code: string; name: string }>;
}

export async function getInventoryFilterOptions(db: Db | Tx, actor: Actor): Promise<InventoryFilterOptions> {
  const own = isStoreAssociate(actor);
  const [nodes, categories] = await Promise.all([
    own && !actor.storeId
      ? Promise.resolve([])
      : db.node.findMany({
          where: own ? { id: actor.storeId! } : {},
          select: { code: true, name: true, type: true },
          orderBy: [{ type: "asc" }, { code: "asc" }],
        }),
    db.category.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { nodes, categories };
}
