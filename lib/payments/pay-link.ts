// The buyer's side of a payment link: what the public payment page shows. Paying it completes the
// order's capture (lib/orders/commands/capture/pay-link.ts).
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";

export type PaymentLinkState = "OPEN" | "PAID" | "EXPIRED" | "CANCELLED";

export interface PaymentLinkView {
  orderNumber: string;
  amountMinor: number;
  currency: string;
  expiresAt: Date;
  state: PaymentLinkState;
  firstName: string | null;
  lines: Array<{ name: string; qty: number }>;
}

/** Who pays by link: the buyer, with no account. */
export const PAYMENT_LINK_ACTOR: Actor = { kind: "system", id: "system", name: "Buyer (payment link)", role: "SYSTEM" };

export function paymentLinkState(link: { completedAt: Date | null; expiresAt: Date }, orderStatus: string, now: Date): PaymentLinkState {
  if (link.completedAt) return "PAID";
  if (orderStatus === "CANCELLED") return "CANCELLED";
  if (link.expiresAt <= now) return "EXPIRED";
  return "OPEN";
}

/** The link behind a token as its page shows it, or null when there is none. */
export async function getPaymentLink(db: Db | Tx, token: string, options: { now?: Date } = {}): Promise<PaymentLinkView | null> {
  if (!token || token.length > 100) return null;
  const link = await db.paymentLink.findUnique({
    where: { token },
    select: {
      amountMinor: true,
      currency: true,
      expiresAt: true,
      completedAt: true,
      order: {
        select: {
          number: true,
          status: true,
          customer: { select: { firstName: true } },
          lines: { select: { qty: true, cancelledQty: true, sku: { select: { name: true } } }, orderBy: { lineNo: "asc" } },
        },
      },
    },
  });
  if (!link) return null;
  return {
    orderNumber: link.order.number,
    amountMinor: link.amountMinor,
    currency: link.currency,
    expiresAt: link.expiresAt,
    state: paymentLinkState(link, link.order.status, options.now ?? new Date()),
    firstName: link.order.customer?.firstName ?? null,
    lines: link.order.lines.filter((l) => l.qty > l.cancelledQty).map((l) => ({ name: l.sku.name, qty: l.qty - l.cancelledQty })),
  };
}

