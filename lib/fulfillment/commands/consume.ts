// Reserved units that leave the node (shipped, or handed over at the counter where they were
// reserved): on hand and reserved go down, and the reservation is marked consumed. A partial
// consumption splits the reservation so the consumed part keeps its own row.
import type { Tx } from "@/lib/db";
import { consumeUnits } from "@/lib/inventory";
import type { WorkLineRow } from "./work";

export async function consumeLineUnits(tx: Tx, line: WorkLineRow, qty: number): Promise<void> {
  let left = qty;
  for (const r of line.reservations) {
    if (left <= 0) break;
    const part = Math.min(r.qty, left);
    await consumeUnits(tx, { nodeId: r.nodeId, skuId: r.skuId, qty: part });
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
