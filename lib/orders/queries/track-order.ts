// The buyer's public tracking lookup: order number + e-mail, both must match. A wrong e-mail and an
// unknown number give the same answer, so the page cannot be used to discover order numbers, and
// the answer carries as little personal data as possible (first name, no address, no phone).
import { z } from "zod";
import type { DeliveryMode, FulfillmentStatus, LineStatus, OrderStatus } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";

export const trackOrderInput = z.object({
  number: z.string().trim().min(1, "required").max(40, "tooLong"),
  email: z.string().trim().min(1, "required").max(254, "tooLong").pipe(z.email("invalidEmail")),
});
export type TrackOrderInput = z.input<typeof trackOrderInput>;

export interface TrackedPart {
  /** A stable key for the UI; the fulfilment order number. */
  key: string;
  mode: DeliveryMode;
  status: FulfillmentStatus;
  from: { name: string; city: string; timeZone: string };
  /** Where a pickup part is collected. */
  pickupStore: { name: string; city: string; addressLine1: string; timeZone: string } | null;
  promisedDate: Date | null;
  shippedAt: Date | null;
  readyAt: Date | null;
  deliveredAt: Date | null;
  pickedUpAt: Date | null;
  /** Only while the part waits at the store (READY_FOR_PICKUP); never before, never after. */
  pickupCode: string | null;
  items: Array<{ name: string; qty: number }>;
}

export interface TrackedOrder {
  number: string;
  status: OrderStatus;
  placedAt: Date;
  firstName: string;
  promisedDate: Date | null;
  parts: TrackedPart[];
  /** Units in no part: WAITING for stock (backordered, not yet sourced) or CANCELLED. */
  unassigned: Array<{ name: string; qty: number; kind: "WAITING" | "CANCELLED"; lineStatus: LineStatus }>;
}

export type TrackOrderResult = { found: true; order: TrackedOrder } | { found: false };

const NOT_FOUND: TrackOrderResult = { found: false };

/** Input must already be parsed with trackOrderInput (the page shows its field errors). */
export async function trackOrder(db: Db | Tx, input: z.output<typeof trackOrderInput>): Promise<TrackOrderResult> {
  const number = input.number.trim();
  const email = input.email.trim().toLowerCase();
  // Buyers retype numbers from e-mails in any case; numbers are unique, so try the usual spellings.
  const order = await db.order.findFirst({
    where: { number: { in: [...new Set([number, number.toUpperCase()])] } },
    select: {
      number: true,
      status: true,
      placedAt: true,
      email: true,
      promisedDate: true,
      customer: { select: { firstName: true } },
      lines: { orderBy: { lineNo: "asc" }, select: { id: true, qty: true, cancelledQty: true, status: true, sku: { select: { name: true } } } },
      fulfillmentOrders: {
        orderBy: [{ createdAt: "asc" }, { number: "asc" }],
        select: {
          number: true,
          deliveryMode: true,
          status: true,
          pickupCode: true,
          promisedDate: true,
          shippedAt: true,
          readyAt: true,
          deliveredAt: true,
          pickedUpAt: true,
          node: { select: { name: true, city: true, timeZone: true } },
          pickupNode: { select: { name: true, city: true, addressLine1: true, timeZone: true } },
          lines: { select: { qty: true, orderLineId: true, orderLine: { select: { sku: { select: { name: true } } } } } },
        },
      },
    },
  });
  if (!order || order.email.trim().toLowerCase() !== email) return NOT_FOUND;

  const assigned = new Map<string, number>();
  for (const fo of order.fulfillmentOrders) {
    if (fo.status === "CANCELLED") continue;
    for (const l of fo.lines) assigned.set(l.orderLineId, (assigned.get(l.orderLineId) ?? 0) + l.qty);
  }
  return {
    found: true,
    order: {
      number: order.number,
      status: order.status,
      placedAt: order.placedAt,
      firstName: order.customer.firstName,
      promisedDate: order.promisedDate,
      parts: order.fulfillmentOrders
        .filter((fo) => fo.status !== "CANCELLED")
        .map((fo) => ({
          key: fo.number,
          mode: fo.deliveryMode,
          status: fo.status,
          from: fo.node,
          pickupStore: fo.deliveryMode === "PICKUP" ? fo.pickupNode : null,
          promisedDate: fo.promisedDate,
          shippedAt: fo.shippedAt,
          readyAt: fo.readyAt,
          deliveredAt: fo.deliveredAt,
          pickedUpAt: fo.pickedUpAt,
          pickupCode: fo.status === "READY_FOR_PICKUP" ? fo.pickupCode : null,
          items: fo.lines.map((l) => ({ name: l.orderLine.sku.name, qty: l.qty })),
        })),
      unassigned: order.lines
        .flatMap((l) => [
          { name: l.sku.name, lineStatus: l.status, kind: "WAITING" as const, qty: l.qty - l.cancelledQty - (assigned.get(l.id) ?? 0) },
          { name: l.sku.name, lineStatus: l.status, kind: "CANCELLED" as const, qty: l.cancelledQty },
        ])
        .filter((l) => l.qty > 0),
    },
  };
}
