// What an order may still send back, line by line, for the return dialog, the store counter and the
// API: units the buyer has, units already on returns, the window, refusals, exchange options (other
// sizes and colours of the same product with their network availability), open RMAs, the asking
// role's limits and what can still be refunded.
import { authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { unitsValueMinor } from "@/lib/payments";
import { getPublishedRules } from "@/lib/rules";
import { lineFacts, loadOrderFacts, refundableMinor } from "../order-facts";
import { roleLimitMinor } from "../policy";
import type { ReturnableOrder } from "../types";

export async function getReturnableOrder(db: Db | Tx, actor: Actor, by: { orderId: string } | { number: string }, options: { now?: Date } = {}): Promise<ReturnableOrder | null> {
  if (actor.kind === "apiKey") authorize(actor, actor.role === "CHANNEL" ? "api.return.create" : "api.return.receive");
  else if (actor.kind === "user") authorize(actor, "return.view");
  const order = await loadOrderFacts(db, by);
  if (!order) return null;
  if (actor.kind === "apiKey" && actor.role === "CHANNEL" && actor.channel !== order.channel) return null;
  const now = options.now ?? new Date();
  const { definition: policy } = await getPublishedRules(db, "RETURNS");
  const facts = lineFacts(order, policy, now);

  const productIds = [...new Set(order.lines.map((l) => l.sku.productId))];
  const variants = await db.sku.findMany({
    where: { productId: { in: productIds }, active: true },
    select: { id: true, code: true, name: true, attributes: true, priceMinor: true, productId: true, positions: { select: { onHand: true, reserved: true, safetyStock: true } } },
    orderBy: { code: "asc" },
  });
  const role = actor.kind === "user" ? actor.role : "SYSTEM";
  return {
    orderId: order.id,
    number: order.number,
    channel: order.channel,
    version: order.version,
    placedAt: order.placedAt,
    customerName: `${order.customer.firstName} ${order.customer.lastName}`,
    email: order.email,
    currency: order.currency,
    refundableMinor: refundableMinor(order),
    limits: { appeasementMinor: roleLimitMinor(policy.appeasementLimitMinor, role), earlyRefundMinor: roleLimitMinor(policy.earlyRefundLimitMinor, role) },
    lines: order.lines.map((l) => {
      const f = facts.get(l.id)!;
      return {
        orderLineId: l.id,
        lineNo: l.lineNo,
        sku: { code: l.sku.code, name: l.sku.name, category: l.sku.product.category.code },
        qty: l.qty - l.cancelledQty,
        deliveredQty: f.delivered,
        pendingQty: f.pending,
        returnedQty: f.received,
        returnableQty: f.returnable,
        unitValueMinor: f.committed < l.qty - l.cancelledQty ? unitsValueMinor(l, 1, f.committed) : 0,
        windowEndsAt: f.windowEndsAt,
        refusal: f.refusal,
        exchangeOptions: variants
          .filter((v) => v.productId === l.sku.productId && v.id !== l.skuId)
          .map((v) => ({
            sku: v.code,
            name: v.name,
            attributes: Object.fromEntries(Object.entries((v.attributes ?? {}) as Record<string, unknown>).map(([k, x]) => [k, String(x)])),
            priceMinor: v.priceMinor,
            available: v.positions.reduce((a, p) => a + Math.max(0, p.onHand - p.reserved - p.safetyStock), 0),
          })),
      };
    }),
    openReturns: order.returns
      .filter((r) => r.status === "APPROVED" || r.status === "REQUESTED")
      .map((r) => ({
        returnId: r.id,
        number: r.number,
        status: r.status,
        method: r.method === "IN_STORE" ? ("STORE" as const) : ("MAIL" as const),
        version: r.version,
        lines: r.lines.map((rl) => ({ orderLineId: rl.orderLineId, qty: rl.qty, receivedQty: rl.receivedQty, reason: rl.reason })),
      })),
  };
}
