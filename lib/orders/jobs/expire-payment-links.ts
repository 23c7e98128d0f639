// A phone order paid by link waits on a PAYMENT hold with its stock reserved. When the link expires
// unpaid, the order is cancelled (the units go back to stock, the buyer is told), so stock is never
// held for a payment that will not come. Run by the payments job in the app.
import type { Actor } from "@/lib/auth";
import type { Db } from "@/lib/db";
import { withTx } from "@/lib/db";
import { cancelOrder } from "../commands/cancel-order";

export const PAYMENT_LINK_EXPIRY_ACTOR: Actor = { kind: "system", id: "system", name: "Payment links", role: "SYSTEM" };
export const EXPIRED_LINK_REASON = "The payment link expired unpaid";

export interface ExpireLinksResult {
  cancelled: string[];
  failed: number;
}

export async function expirePaymentLinks(db: Db, options: { now?: Date; log?: (message: string, error?: unknown) => void } = {}): Promise<ExpireLinksResult> {
  const now = options.now ?? new Date();
  const result: ExpireLinksResult = { cancelled: [], failed: 0 };
  const expired = await db.paymentLink.findMany({
    where: { completedAt: null, expiresAt: { lt: now }, order: { status: { not: "CANCELLED" }, holds: { some: { type: "PAYMENT", releasedAt: null } } } },
    select: { orderId: true, order: { select: { number: true } } },
    orderBy: { expiresAt: "asc" },
    take: 500,
  });
  for (const link of expired) {
    try {
      await withTx(
        async (tx) => {
          const order = await tx.order.findUniqueOrThrow({ where: { id: link.orderId }, select: { version: true } });
          await cancelOrder(tx, PAYMENT_LINK_EXPIRY_ACTOR, { orderId: link.orderId, expectedVersion: order.version, reason: EXPIRED_LINK_REASON });
        },
        { db },
      );
      result.cancelled.push(link.order.number);
    } catch (e) {
      // Another change won the race, or the rules forbid cancelling now: the next pass tries again.
      result.failed += 1;
      options.log?.(`[payment-links] order ${link.order.number} could not be cancelled`, e);
    }
  }
  return result;
}
