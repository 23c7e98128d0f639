// Choices for the inventory filters: the nodes the actor may see, their types and regions (the
// node's country), and the product categories.
import type { NodeType } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth";
import { isStoreAssociate } from "./scope";

export interface InventoryFilterOptions {
  nodes: Array<{ code: string; name: string; type: NodeType }>;
  /** The node types present among those nodes, DC first. */
  nodeTypes: NodeType[];
  /** Country codes of those nodes, sorted. */
  regions: string[];
  categories: Array<{ code: string; name: string }>;
}

export async function getInventoryFilterOptions(db: Db | Tx, actor: Actor): Promise<InventoryFilterOptions> {
  const own = isStoreAssociate(actor);
  const [nodes, categories] = await Promise.all([
    own && !actor.storeId
      ? Promise.resolve([])
      : db.node.findMany({
          where: own ? { id: actor.storeId! } : {},
          select: { code: true, name: true, type: true, country: true },
          orderBy: [{ type: "asc" }, { code: "asc" }],
        }),
    db.category.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const nodeTypes = (["DC", "STORE"] as const).filter((type) => nodes.some((n) => n.type === type));
  const regions = [...new Set(nodes.map((n) => n.country))].sort();
  return { nodes: nodes.map(({ code, name, type }) => ({ code, name, type })), nodeTypes, regions, categories };
}
