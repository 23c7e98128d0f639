// The stores an actor may pick in the store queue's selector: every active store for admins, only
// their own for store associates.
import type { Db, Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth";

export interface StoreOption {
  code: string;
  name: string;
  city: string;
}

export async function listStoreOptions(db: Db | Tx, actor: Actor): Promise<StoreOption[]> {
  const own = actor.kind === "user" && actor.role === "STORE_ASSOCIATE";
  if (own && !actor.storeId) return [];
  return db.node.findMany({
    where: { type: "STORE", active: true, ...(own ? { id: actor.storeId! } : {}) },
    select: { code: true, name: true, city: true },
    orderBy: { code: "asc" },
  });
}
