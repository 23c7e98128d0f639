// What happens to the units a fulfilment line holds reserved. They leave the node (shipped, or
// handed over where they were reserved): on hand and reserved go down and the reservation is
// consumed, a partial consumption splitting it so the consumed part keeps its own row. Or they are
// freed: back on the shelf (released), or written off as missing or damaged (gone from stock too).
import type { Tx } from "@/lib/db";
import { consumeUnits, releaseUnits, type Movement } from "@/lib/inventory";
import type { WorkLineRow } from "./work";

export async function consumeLineUnits(tx: Tx, line: WorkLineRow, qty: number, movement: Movement): Promise<void> {
  let left = qty;
  for (const r of line.reservations) {
    if (left <= 0) break;
    const part = Math.min(r.qty, left);
    await consumeUnits(tx, { nodeId: r.nodeId, skuId: r.skuId, qty: part, movement });
    if (part === r.qty) {
      await tx.reservation.update({ where: { id: r.id }, data: { status: "CONSUMED" } });
    } else {
      await tx.reservation.update({ where: { id: r.id }, data: { qty: r.qty - part } });
      await tx.reservation.create({ data: { orderLineId: line.orderLineId, fulfillmentOrderLineId: line.id, nodeId: r.nodeId, skuId: r.skuId, qty: part, status: "CONSUMED" } });
    }
    r.qty -= part;
    left -= part;
  }
  line.reservations = line.reservations.filter((r) => r.qty > 0);
  if (left > 0) throw new Error(`Fulfilment line ${line.id} has ${left} unit(s) more to consume than it has reserved.`);
}

/**
 * Frees up to `qty` of the line's reserved units: released back to the shelf, or written off with
 * `writeOff` (on hand goes down too). Returns the units it found no reservation for.
 */
export async function freeLineUnits(tx: Tx, line: WorkLineRow, qty: number, options: { writeOff: false } | { writeOff: true; movement: Movement }): Promise<number> {
  let left = qty;
  for (const r of line.reservations) {
    if (left <= 0) break;
    const part = Math.min(r.qty, left);
    if (options.writeOff) await consumeUnits(tx, { nodeId: r.nodeId, skuId: r.skuId, qty: part, movement: options.movement });
    else await releaseUnits(tx, { nodeId: r.nodeId, skuId: r.skuId, qty: part });
    if (part === r.qty) await tx.reservation.update({ where: { id: r.id }, data: { status: "RELEASED" } });
    else await tx.reservation.update({ where: { id: r.id }, data: { qty: r.qty - part } });
    r.qty -= part;
    left -= part;
  }
  line.reservations = line.reservations.filter((r) => r.qty > 0);
  return left;
}
