// The order as the channel API returns it (reference contract in issue 5 / docs/api.md): lines with
// their allocations (reserved or consumed units per node) and the units still backordered.
import type { Db, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

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
  };
}
