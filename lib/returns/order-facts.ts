// What an order's lines can still send back, from the facts: units shipped or collected, units on
// returns already authorised or received, the policy's window per category, what is not returnable.
// One loader and one pure function, used by the commands (to refuse) and the screens (to offer).
import type { Channel, ReturnStatus } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import type { ReturnRules } from "@/lib/rules";
import { ledgerTotals, unitsWithBuyer, type LedgerRow } from "@/lib/payments";
import type { ReturnRefusal } from "./types";

const DAY_MS = 86_400_000;
/** Returns still expecting units; a receipt or refund does not stop a return from counting its units. */
const NOT_COUNTED: ReadonlySet<ReturnStatus> = new Set(["REJECTED"]);

export const orderFactsSelect = {
  id: true,
  number: true,
  channel: true,
  status: true,
  version: true,
  placedAt: true,
  email: true,
  currency: true,
  customerId: true,
  shippingMinor: true,
  totalMinor: true,
  shipName: true,
  shipLine1: true,
  shipLine2: true,
  shipCity: true,
  shipPostalCode: true,
  shipCountry: true,
  shipLat: true,
  shipLng: true,
  customer: { select: { firstName: true, lastName: true } },
  lines: {
    orderBy: { lineNo: "asc" as const },
    select: {
      id: true,
      lineNo: true,
      qty: true,
      cancelledQty: true,
      unitPriceMinor: true,
      discountMinor: true,
      deliveryMode: true,
      skuId: true,
      sku: { select: { code: true, name: true, productId: true, product: { select: { category: { select: { code: true } } } } } },
      fulfillmentLines: {
        select: {
          qty: true,
          handedOverQty: true,
          fulfillmentOrder: { select: { deliveryMode: true, status: true, shippedAt: true, deliveredAt: true, pickedUpAt: true } },
        },
      },
    },
  },
  returns: {
    orderBy: { requestedAt: "asc" as const },
    select: {
      id: true,
      number: true,
      status: true,
      method: true,
      version: true,
      receivingNodeId: true,
      shippingRefundMinor: true,
      lines: { select: { id: true, orderLineId: true, qty: true, receivedQty: true, refundedQty: true, reason: true, exchangeSkuId: true, valueMinor: true } },
    },
  },
  payments: { orderBy: { createdAt: "asc" as const }, select: { type: true, amountMinor: true, method: true, provider: true, reference: true, idempotencyKey: true } },
} as const;

export interface OrderFacts {
  id: string;
  number: string;
  channel: Channel;
  status: string;
  version: number;
  placedAt: Date;
  email: string;
  currency: string;
  customerId: string;
  shippingMinor: number;
  totalMinor: number;
  shipLat: number | null;
  shipLng: number | null;
  customer: { firstName: string; lastName: string };
  lines: Array<{
    id: string;
    lineNo: number;
    qty: number;
    cancelledQty: number;
    unitPriceMinor: number;
    discountMinor: number;
    deliveryMode: "SHIP" | "PICKUP";
    skuId: string;
    sku: { code: string; name: string; productId: string; product: { category: { code: string } } };
    fulfillmentLines: Array<{
      qty: number;
      handedOverQty: number;
      fulfillmentOrder: { deliveryMode: "SHIP" | "PICKUP"; status: string; shippedAt: Date | null; deliveredAt: Date | null; pickedUpAt: Date | null };
    }>;
  }>;
  returns: Array<{
    id: string;
    number: string;
    status: ReturnStatus;
    method: "IN_STORE" | "MAIL";
    version: number;
    receivingNodeId: string | null;
    shippingRefundMinor: number;
    lines: Array<{ id: string; orderLineId: string; qty: number; receivedQty: number; refundedQty: number; reason: string; exchangeSkuId: string | null; valueMinor: number }>;
  }>;
  payments: LedgerRow[];
}

export async function loadOrderFacts(db: Db | Tx, by: { orderId: string } | { number: string }): Promise<OrderFacts | null> {
  const where = "orderId" in by ? { id: by.orderId } : { number: by.number };
  return (await db.order.findUnique({ where, select: orderFactsSelect })) as OrderFacts | null;
}

export interface LineFacts {
  orderLineId: string;
  delivered: number;
  /** Units on returns (authorised or received), counting each return's larger of authorised and received. */
  committed: number;
  pending: number;
  received: number;
  /** Units whose value already went back to the buyer: the next refund values the units after them. */
  refunded: number;
  windowEndsAt: Date | null;
  returnable: number;
  refusal: ReturnRefusal | null;
}

/** When the buyer last got units of this line: delivery or collection, else shipping (a parcel still on its way may come back). */
function receivedByBuyerAt(line: OrderFacts["lines"][number]): Date | null {
  let at: number | null = null;
  for (const f of line.fulfillmentLines) {
    const fo = f.fulfillmentOrder;
    const when = fo.deliveryMode === "PICKUP" ? (f.handedOverQty > 0 ? (fo.pickedUpAt ?? fo.deliveredAt) : null) : fo.status === "SHIPPED" || fo.status === "DELIVERED" ? (fo.deliveredAt ?? fo.shippedAt) : null;
    if (when && (at === null || when.getTime() > at)) at = when.getTime();
  }
  return at === null ? null : new Date(at);
}

/** Units of a line the buyer has: the same rule the ledger captures by. */
export function deliveredUnits(line: OrderFacts["lines"][number]): number {
  return line.fulfillmentLines.reduce((a, f) => a + unitsWithBuyer(f), 0);
}

export function windowDaysFor(policy: ReturnRules, categoryCode: string): number {
  return policy.windowDaysByCategory[categoryCode] ?? policy.windowDays;
}

export function lineFacts(order: OrderFacts, policy: ReturnRules, now: Date): Map<string, LineFacts> {
  const out = new Map<string, LineFacts>();
  const channelRefused = !policy.acceptedChannels.includes(order.channel);
  for (const line of order.lines) {
    const delivered = deliveredUnits(line);
    let committed = 0;
    let pending = 0;
    let received = 0;
    let refunded = 0;
    for (const r of order.returns) {
      if (NOT_COUNTED.has(r.status)) continue;
      for (const rl of r.lines) {
        if (rl.orderLineId !== line.id) continue;
        committed += Math.max(rl.qty, rl.receivedQty);
        received += rl.receivedQty;
        refunded += rl.refundedQty;
        if (r.status === "REQUESTED" || r.status === "APPROVED") pending += Math.max(0, rl.qty - rl.receivedQty);
      }
    }
    const at = receivedByBuyerAt(line);
    const category = line.sku.product.category.code;
    const windowEndsAt = at ? new Date(at.getTime() + windowDaysFor(policy, category) * DAY_MS) : null;
    const left = Math.max(0, delivered - committed);
    let refusal: ReturnRefusal | null = null;
    if (channelRefused) refusal = "CHANNEL_NOT_ACCEPTED";
    else if (policy.nonReturnableCategories.includes(category)) refusal = "NON_RETURNABLE";
    else if (delivered === 0) refusal = "NOT_SHIPPED";
    else if (left === 0) refusal = "ALREADY_RETURNED";
    else if (windowEndsAt && now.getTime() > windowEndsAt.getTime()) refusal = "OUTSIDE_WINDOW";
    out.set(line.id, { orderLineId: line.id, delivered, committed, pending, received, refunded, windowEndsAt, returnable: refusal ? 0 : left, refusal });
  }
  return out;
}


/** Captured minus refunded: what can still go back to the buyer. */
export function refundableMinor(order: Pick<OrderFacts, "payments">): number {
  const t = ledgerTotals(order.payments);
  return Math.max(0, t.capturedMinor - t.refundedMinor);
}

