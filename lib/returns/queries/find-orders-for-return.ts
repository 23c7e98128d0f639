// The store counter's search for a return (BORIS): any order, from any channel, that has units the
// buyer received (shipped to them or collected at a store), found by its number, an RMA number, the
// buyer's e-mail or name. Each answer says what came to the buyer and which RMAs still expect units,
// so the associate picks the right order before opening it.
import type { Prisma } from "@/generated/prisma/client";
import type { Channel, ReturnStatus } from "@/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/auth";
import { matchCustomerIds } from "@/lib/customers";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { findOrdersForReturnSchema, ORDERS_FOR_RETURN_LIMIT, type FindOrdersForReturnInput } from "./find-orders-for-return.schema";

export { findOrdersForReturnSchema, ORDERS_FOR_RETURN_LIMIT, type FindOrdersForReturnInput };

export interface OrderForReturnRma {
  returnId: string;
  number: string;
  status: ReturnStatus;
  method: "MAIL" | "STORE";
  version: number;
  /** What the policy said the buyer gets back for the authorised units. */
  expectedRefundMinor: number;
  /** Refunded before the units came back: receiving them refunds nothing more. */
  refundedEarly: boolean;
  /** The RMA's lines with units still expected; valueMinor is the authorised units' value as paid. */
  lines: Array<{ orderLineId: string; lineNo: number; sku: string; name: string; qty: number; receivedQty: number; reason: string; valueMinor: number }>;
}

export interface OrderForReturn {
  orderId: string;
  number: string;
  channel: Channel;
  customerName: string;
  placedAt: Date;
  /** Units shipped to the buyer or collected by them. */
  deliveredQty: number;
  /** Authorised RMAs (requested or approved) with units still expected, oldest first. */
  openReturns: OrderForReturnRma[];
}

/** Units of SHIP work that left, and units of PICKUP work handed over: what the buyer has. */
const DELIVERED: Prisma.FulfillmentOrderWhereInput = {
  OR: [{ deliveryMode: "SHIP", status: { in: ["SHIPPED", "DELIVERED"] } }, { deliveryMode: "PICKUP", lines: { some: { handedOverQty: { gt: 0 } } } }],
};

/** The RMAs a receipt may still be made against. */
const OPEN_RETURN: ReturnStatus[] = ["REQUESTED", "APPROVED"];

async function searchWhere(db: Db | Tx, q: string): Promise<Prisma.OrderWhereInput> {
  const variants = [...new Set([q, q.toUpperCase(), q.toLowerCase()])];
  // The digits alone, as a receipt or a label shows them: "105332" is OMS-105332 or RMA-105332.
  const digits = /^\d{3,}$/.test(q) ? [`OMS-${q}`, `RMA-${q}`] : [];
  const or: Prisma.OrderWhereInput[] = [{ number: { in: [...variants, ...digits] } }, { returns: { some: { number: { in: [...variants, ...digits] } } } }];
  if (q.includes("@")) or.push({ email: { in: variants } });
  const customerIds = await matchCustomerIds(db, q);
  if (customerIds.length) or.push({ customerId: { in: customerIds } });
  return { OR: or };
}

export async function findOrdersForReturn(db: Db | Tx, actor: Actor, input: FindOrdersForReturnInput): Promise<OrderForReturn[]> {
  authorize(actor, "return.view");
  const { q } = parseInput(findOrdersForReturnSchema, input);
  const rows = await db.order.findMany({
    where: { AND: [await searchWhere(db, q), { fulfillmentOrders: { some: DELIVERED } }] },
    orderBy: [{ placedAt: "desc" }, { id: "desc" }],
    take: ORDERS_FOR_RETURN_LIMIT,
    select: {
      id: true,
      number: true,
      channel: true,
      placedAt: true,
      customer: { select: { firstName: true, lastName: true } },
      fulfillmentOrders: {
        where: DELIVERED,
        select: { deliveryMode: true, lines: { select: { qty: true, handedOverQty: true } } },
      },
      returns: {
        where: { status: { in: OPEN_RETURN } },
        orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          number: true,
          status: true,
          method: true,
          version: true,
          expectedRefundMinor: true,
          refundedEarlyReason: true,
          lines: {
            select: { orderLineId: true, qty: true, receivedQty: true, reason: true, valueMinor: true, orderLine: { select: { lineNo: true, sku: { select: { code: true, name: true } } } } },
          },
        },
      },
    },
  });
  return rows.map((o) => ({
    orderId: o.id,
    number: o.number,
    channel: o.channel,
    customerName: `${o.customer.firstName} ${o.customer.lastName}`.trim(),
    placedAt: o.placedAt,
    deliveredQty: o.fulfillmentOrders.reduce((sum, fo) => sum + fo.lines.reduce((s, l) => s + (fo.deliveryMode === "SHIP" ? l.qty : l.handedOverQty), 0), 0),
    openReturns: o.returns
      .map((r) => ({
        returnId: r.id,
        number: r.number,
        status: r.status,
        method: r.method === "IN_STORE" ? ("STORE" as const) : ("MAIL" as const),
        version: r.version,
        expectedRefundMinor: r.expectedRefundMinor,
        refundedEarly: r.refundedEarlyReason !== null,
        lines: r.lines
          .filter((l) => l.receivedQty < l.qty)
          .sort((a, b) => a.orderLine.lineNo - b.orderLine.lineNo)
          .map((l) => ({ orderLineId: l.orderLineId, lineNo: l.orderLine.lineNo, sku: l.orderLine.sku.code, name: l.orderLine.sku.name, qty: l.qty, receivedQty: l.receivedQty, reason: l.reason, valueMinor: l.valueMinor })),
      }))
      .filter((r) => r.lines.length > 0),
  }));
}
