// Nothing leaves for the buyer while the order waits for their payment (a payment link not yet
// paid, or a card authorisation that lapsed and could not be renewed): work may be picked and
// packed, but not shipped or handed over.
import type { Tx } from "@/lib/db";
import { RuleViolation } from "@/lib/errors";

export async function assertNotAwaitingPayment(tx: Tx, orderId: string, orderNumber: string): Promise<void> {
  const waiting = await tx.orderHold.count({ where: { orderId, type: "PAYMENT", releasedAt: null } });
  if (waiting) {
    throw new RuleViolation("PAYMENT_HOLD", { orderNumber });
  }
}
