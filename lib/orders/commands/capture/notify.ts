// Capture step "notify": the order confirmation to the buyer, in their language, as an outbox row
// written with the order (the dispatcher sends it after commit). A pay-by-link order's confirmation
// carries the link and the amount to pay.
import { newId } from "@/lib/db";
import { composeCustomerMessage, type MessageOrder } from "@/lib/notifications";
import type { CaptureContext } from "./read-context";
import type { CapturePayment } from "./authorise";
import type { SourcedOrder } from "./source";

export function confirmationRow(
  order: { id: string; number: string; currency: string; totalMinor: number; recipient: string; customer: { firstName: string; locale: string } },
  sourced: Pick<SourcedOrder, "lines" | "linePromise" | "orderPromise">,
  ctx: Pick<CaptureContext, "nodes">,
  payment: CapturePayment,
  at: Date,
): Record<string, unknown> {
  const messageOrder: MessageOrder = {
    id: order.id,
    number: order.number,
    currency: order.currency,
    totalMinor: order.totalMinor,
    promisedDate: sourced.orderPromise,
    customer: order.customer,
    lines: sourced.lines.map((l) => {
      const store = l.pickupStore ? ctx.nodes.byCode.get(l.pickupStore) : undefined;
      return {
        id: l.id,
        qty: l.qty,
        cancelledQty: 0,
        deliveryMode: l.mode,
        promisedDate: sourced.linePromise.get(l.id) ?? null,
        sku: { code: l.sku.code, name: l.sku.name },
        pickupNode: store ? { name: store.name, timeZone: store.timeZone } : null,
      };
    }),
  };
  const linkData = payment.kind === "link" ? { paymentUrl: payment.url, paymentExpiresAt: payment.expiresAt.toISOString(), paymentAmountMinor: order.totalMinor } : {};
  const message = composeCustomerMessage("ORDER_CONFIRMED", messageOrder, linkData, null);
  return { id: newId(), channel: "EMAIL", topic: "ORDER_CONFIRMED", orderId: order.id, recipient: order.recipient, subject: message.subject, payload: message.payload, status: "PENDING", attempts: 0, nextAttemptAt: at, createdAt: at };
}
