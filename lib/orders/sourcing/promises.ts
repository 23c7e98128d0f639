// Promised dates for sourced units: from a source node to the customer or a pickup store, and for
// units nobody has yet, from the next inbound supply of the SKU. Used when an order is sourced and
// when a cart's delivery options are quoted, so both promise the same dates.
import type { Db, Tx } from "@/lib/db";
import { haversineKm } from "@/lib/sourcing";
import { promisedDate } from "../promise";
import type { NodeInfo, SourcingContext } from "./snapshot";

/** When units leaving `source` reach the customer, or sit ready at the pickup store `to`. */
export function promiseFor(source: NodeInfo, to: "customer" | NodeInfo, destination: { lat: number; lng: number }, availableFrom: Date): Date {
  if (to === "customer") return promisedDate({ source, kind: "SHIP_TO_CUSTOMER", km: haversineKm(source, destination), availableFrom });
  if (to.id === source.id) return promisedDate({ source, kind: "PICKUP_IN_STORE", km: 0, availableFrom });
  return promisedDate({ source, kind: "TRANSFER_TO_PICKUP_STORE", km: haversineKm(source, to), pickupStore: to, availableFrom });
}

/** When backordered units can be expected: the earliest inbound supply of the SKU, then the usual path; null without supply. */
export async function supplyPromise(db: Db | Tx, ctx: SourcingContext, skuId: string, destination: { lat: number; lng: number }, pickup: NodeInfo | null): Promise<Date | null> {
  const inbound = await db.inboundShipmentLine.findFirst({
    where: { skuId, shipment: { status: "IN_TRANSIT" } },
    orderBy: { shipment: { eta: "asc" } },
    select: { shipment: { select: { eta: true, toNodeId: true } } },
  });
  const node = inbound ? ctx.nodeById.get(inbound.shipment.toNodeId) : undefined;
  if (!inbound || !node) return null;
  return promiseFor(node, pickup ?? "customer", destination, inbound.shipment.eta);
}
