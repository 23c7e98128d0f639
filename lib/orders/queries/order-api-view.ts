// The order as the channel API returns it (reference contract in issue 5 / docs/api.md): lines with
// their allocations (reserved or consumed units per node) and the units still backordered, the
// fulfilment orders that deliver them, and the payment ledger's totals.
import type { Db, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ledgerTotals, type LedgerTotals } from "../payments";
import { showsPickupCode } from "../state-machine";

export interface ApiOrderLine {
  id: string;
  lineNo: number;
  sku: string;
  qty: number;
  cancelledQty: number;
  mode: "SHIP" | "PICKUP";
  pickupStore: string | null;
  status: string;
  unitPriceMinor: number;
  promisedDate: string | null;
  allocations: Array<{ node: string; qty: number }>;
  backorderedQty: number;
}

/** One part of the order: the units one node delivers to the customer or to a pickup store. */
export interface ApiOrderFulfillment {
  id: string;
  node: string;
  status: string;
  /** "customer" for a delivery, else the code of the pickup store. */
  destination: string;
  /** qty: units first asked of the node (short-picked ones included; they went to another node). */
  lines: Array<{ sku: string; qty: number; pickedQty: number; shortQty: number }>;
  carrier: string | null;
  trackingNumber: string | null;
  /** The code the buyer shows at the pickup counter: only once the part is ready (or collected). */
  pickupCode: string | null;
}

export interface ApiOrder {
  number: string;
  status: string;
  channel: string;
  placedAt: string;
  customer: { name: string; email: string };
  lines: ApiOrderLine[];
  subtotalMinor: number;
  discountMinor: number;
  shippingMinor: number;
  totalMinor: number;
  currency: string;
  promoCode: string | null;
  promisedDate: string | null;
  version: number;
  fulfillments: ApiOrderFulfillment[];
  /** From the payment ledger: authorised (net of voids), captured, refunded, and captured − refunded. */
  payments: LedgerTotals;
}

export async function getApiOrder(db: Db | Tx, where: { number: string } | { id: string }): Promise<ApiOrder> {
  const o = await db.order.findUnique({
    where,
    select: {
      number: true,
      status: true,
      channel: true,
      placedAt: true,
      email: true,
      customer: { select: { firstName: true, lastName: true } },
      subtotalMinor: true,
      discountMinor: true,
      shippingMinor: true,
      totalMinor: true,
      currency: true,
      promoCode: true,
      promisedDate: true,
      version: true,
      lines: {
        orderBy: { lineNo: "asc" },
        select: {
          id: true,
          lineNo: true,
          qty: true,
          cancelledQty: true,
          deliveryMode: true,
          status: true,
          unitPriceMinor: true,
          promisedDate: true,
          sku: { select: { code: true } },
          pickupNode: { select: { code: true } },
          reservations: { where: { status: { in: ["ACTIVE", "CONSUMED"] } }, select: { qty: true, node: { select: { code: true } } } },
        },
      },
      fulfillmentOrders: {
        orderBy: [{ createdAt: "asc" }, { number: "asc" }],
        select: {
          id: true,
          status: true,
          deliveryMode: true,
          carrier: true,
          trackingNumber: true,
          pickupCode: true,
          node: { select: { code: true } },
          pickupNode: { select: { code: true } },
          lines: {
            orderBy: [{ orderLine: { lineNo: "asc" } }, { id: "asc" }],
            select: { qty: true, pickedQty: true, shortQty: true, orderLine: { select: { sku: { select: { code: true } } } } },
          },
        },
      },
      payments: { select: { type: true, amountMinor: true } },
    },
  });
  if (!o) throw new NotFoundError("Order", "number" in where ? where.number : where.id);
  return {
    number: o.number,
    status: o.status,
    channel: o.channel,
    placedAt: o.placedAt.toISOString(),
    customer: { name: `${o.customer.firstName} ${o.customer.lastName}`.trim(), email: o.email },
    lines: o.lines.map((l) => {
      const byNode = new Map<string, number>();
      for (const r of l.reservations) byNode.set(r.node.code, (byNode.get(r.node.code) ?? 0) + r.qty);
      const allocations = [...byNode].map(([node, qty]) => ({ node, qty })).sort((a, b) => a.node.localeCompare(b.node));
      const allocated = allocations.reduce((a, x) => a + x.qty, 0);
      return {
        id: l.id,
        lineNo: l.lineNo,
        sku: l.sku.code,
        qty: l.qty,
        cancelledQty: l.cancelledQty,
        mode: l.deliveryMode,
        pickupStore: l.pickupNode?.code ?? null,
        status: l.status,
        unitPriceMinor: l.unitPriceMinor,
        promisedDate: l.promisedDate?.toISOString() ?? null,
        allocations,
        backorderedQty: l.status === "CANCELLED" ? 0 : Math.max(0, l.qty - l.cancelledQty - allocated),
      };
    }),
    subtotalMinor: o.subtotalMinor,
    discountMinor: o.discountMinor,
    shippingMinor: o.shippingMinor,
    totalMinor: o.totalMinor,
    currency: o.currency,
    promoCode: o.promoCode,
    promisedDate: o.promisedDate?.toISOString() ?? null,
    version: o.version,
    fulfillments: o.fulfillmentOrders.map((f) => ({
      id: f.id,
      node: f.node.code,
      status: f.status,
      destination: f.deliveryMode === "PICKUP" ? (f.pickupNode?.code ?? f.node.code) : "customer",
      lines: f.lines.map((l) => ({ sku: l.orderLine.sku.code, qty: l.qty + l.shortQty, pickedQty: l.pickedQty, shortQty: l.shortQty })),
      carrier: f.carrier,
      trackingNumber: f.trackingNumber,
      pickupCode: f.deliveryMode === "PICKUP" && showsPickupCode(f.status) ? f.pickupCode : null,
    })),
    payments: ledgerTotals(o.payments),
  };
}
