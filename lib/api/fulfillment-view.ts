// A fulfilment order as the fulfilment API shows it to a warehouse or store system: what to pick,
// pack and ship (or hand over), and how far it got. Built from the fulfilment context's
// FulfillmentWork, so the API and the store tablet read the same facts.
import type { FulfillmentStatus } from "@/generated/prisma/enums";
import type { FulfillmentWork } from "@/lib/fulfillment";

export interface ApiFulfillmentLine {
  sku: string;
  /** Units first asked of this node (short-picked units included: they went to another node). */
  qty: number;
  pickedQty: number;
  shortQty: number;
}

export interface ApiFulfillment {
  id: string;
  number: string;
  orderNumber: string;
  /** Code of the node that picks, packs and ships. */
  node: string;
  status: FulfillmentStatus;
  /** "customer" for a delivery, else the code of the store where the customer collects. */
  destination: string;
  lines: ApiFulfillmentLine[];
  carrier: string | null;
  trackingNumber: string | null;
  /** The customer's pickup code, once the pickup is ready; null before and for deliveries. */
  pickupCode: string | null;
  version: number;
}

export function toApiFulfillment(work: FulfillmentWork): ApiFulfillment {
  return {
    id: work.id,
    number: work.number,
    orderNumber: work.order.number,
    node: work.node.code,
    status: work.status,
    destination: work.mode === "PICKUP" ? (work.pickupStore?.code ?? work.node.code) : "customer",
    lines: work.lines.map((l) => ({ sku: l.sku, qty: l.qty + l.shortQty, pickedQty: l.pickedQty, shortQty: l.shortQty })),
    carrier: work.carrier,
    trackingNumber: work.trackingNumber,
    pickupCode: work.pickupCode,
    version: work.version,
  };
}
