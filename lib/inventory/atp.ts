// Available to promise for one inventory position: the one formula the UI, the KPIs and the
// sourcing snapshots share, so "ATP" means the same number everywhere.

export interface PositionQuantities {
  onHand: number;
  reserved: number;
  safetyStock: number;
}

/**
 * Units that may still be promised to a new order at this node: on hand, less what is already
 * reserved for orders, less the safety stock the node keeps back. Never below 0 (a position whose
 * free stock has dipped into its safety stock simply has nothing to promise).
 */
export function availableToPromise(position: PositionQuantities): number {
  return Math.max(0, position.onHand - position.reserved - position.safetyStock);
}

/** Units not held for any order (on hand - reserved); 0 or less means out of stock. */
export function freeStock(position: Pick<PositionQuantities, "onHand" | "reserved">): number {
  return position.onHand - position.reserved;
}

/**
 * The node means to hold this SKU: it has a target or a safety stock. A store that does not carry a
 * SKU keeps a position with nothing wanted and nothing on hand; that is "not stocked", not a stock-out.
 */
export function isStocked(position: { safetyStock: number; targetStock: number; onHand: number; reserved: number }): boolean {
  return position.safetyStock > 0 || position.targetStock > 0 || position.onHand > 0 || position.reserved > 0;
}

/** A stocked position with nothing left for a new order: every unit on hand is reserved, or none is there. */
export function isOutOfStock(position: { onHand: number; reserved: number; safetyStock: number; targetStock: number }): boolean {
  return freeStock(position) <= 0 && (position.safetyStock > 0 || position.targetStock > 0);
}

/** Free stock has dipped under the safety stock the node wants to keep. */
export function isBelowSafetyStock(position: PositionQuantities): boolean {
  return freeStock(position) < position.safetyStock;
}
