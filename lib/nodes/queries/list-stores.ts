// Stores a store associate can be bound to (the user form's choices).
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";

export interface StoreOption {
  id: string;
  code: string;
  name: string;
  city: string;
  active: boolean;
}

export async function listStores(db: Db | Tx, _actor: Actor | null): Promise<StoreOption[]> {
  return db.node.findMany({
    where: { type: "STORE" },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, city: true, active: true },
  });
}
