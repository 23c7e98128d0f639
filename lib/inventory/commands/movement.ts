// Names the stock movements a command is about to make. The ledger rows themselves are written by
// the database (a trigger on InventoryPosition.onHand, migration 20261203100000_inventory_supply),
// so no code path can change on hand without a movement; this tells the trigger what kind of
// movement it is, why, and what caused it, for the rest of the transaction (or until named again).
import type { StockMovementKind } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";

export interface Movement {
  kind: StockMovementKind;
  /** Why, in the user's or the system's words ("Stock count: damaged box"). */
  reason?: string | null;
  /** What caused it: an order number, an inbound reference, a feed's key. */
  reference?: string | null;
  /** When it happened, if not now (history loaded after the fact). */
  at?: Date;
}

/** Every on-hand change from here to the end of the transaction is recorded as `movement`. */
export async function nameMovement(tx: Tx, movement: Movement): Promise<void> {
  const ctx = JSON.stringify({
    kind: movement.kind,
    ...(movement.reason ? { reason: movement.reason.slice(0, 500) } : {}),
    ...(movement.reference ? { reference: movement.reference.slice(0, 200) } : {}),
    ...(movement.at ? { at: movement.at.toISOString() } : {}),
  });
  await tx.$queryRaw`SELECT set_config('oms.movement', ${ctx}, true)`;
}
