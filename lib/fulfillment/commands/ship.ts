// Ships a packed fulfilment order with its carrier and tracking number: the reserved units leave
// the node (on hand down, reservations consumed). A parcel to the customer captures the payment for
// exactly its units (and the shipping fee with the order's first parcel) and sends the "shipped"
// message with tracking; a transfer to a pickup store goes in transit, and is paid at hand-over.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { lockPositions } from "@/lib/inventory";
import { captureUnits, notifyCustomer } from "@/lib/orders";
import { shipSchema, type ShipInput } from "../schemas";
import { consumeLineUnits } from "./consume";
import { assertNotAwaitingPayment } from "./payment-hold";
import { finishWork, lockWork, moveWork, notNow, type WorkResult } from "./work";

export { shipSchema };
export type { ShipInput };

export async function ship(tx: Tx, actor: Actor, input: ShipInput, options: { now?: Date } = {}): Promise<WorkResult & { capturedMinor: number }> {
  const now = options.now ?? new Date();
  const work = await lockWork(tx, actor, input, "node");
  // A pickup the store picked itself never travels: it goes to the shelf (mark ready).
  const staysHere = work.deliveryMode === "PICKUP" && (work.pickupNodeId ?? work.nodeId) === work.nodeId;
  if (work.status !== "PACKED" || staysHere) throw notNow(work, "SHIP");
  const toCustomer = work.deliveryMode === "SHIP";
  if (toCustomer) await assertNotAwaitingPayment(tx, work.orderId, work.order.number);
  await lockPositions(tx, work.lines.map((l) => l.orderLine.skuId));
  for (const line of work.lines) if (line.qty > 0) await consumeLineUnits(tx, line, line.qty, { kind: "SHIPMENT", reference: work.order.number });
  await moveWork(tx, actor, work, toCustomer ? "SHIPPED" : "IN_TRANSIT_TO_STORE", "SHIP", {
    set: { carrier: input.carrier, trackingNumber: input.trackingNumber, shippedAt: now },
    data: { carrier: input.carrier, trackingNumber: input.trackingNumber, ...(toCustomer ? {} : { pickupStore: work.pickupNode?.code }) },
  });
  let capturedMinor = 0;
  if (toCustomer) {
    const earlierParcels = await tx.fulfillmentOrder.count({ where: { orderId: work.orderId, deliveryMode: "SHIP", shippedAt: { not: null }, id: { not: work.id } } });
    capturedMinor = await captureUnits(
      tx,
      actor,
      work.orderId,
      work.lines.filter((l) => l.qty > 0).map((l) => ({ orderLineId: l.orderLineId, qty: l.qty })),
      { includeShipping: earlierParcels === 0, fulfillmentOrder: work.number },
    );
    await notifyCustomer(tx, work.orderId, "ORDER_SHIPPED", { fulfillmentOrderId: work.id, carrier: input.carrier, trackingNumber: input.trackingNumber });
  }
  return { ...(await finishWork(tx, actor, work)), capturedMinor };
}
