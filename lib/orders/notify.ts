// Tells the customer about their order: the message goes to the outbox in the caller's transaction
// (sent after commit by the dispatcher), in the customer's language.
import type { Tx } from "@/lib/db";
import { enqueueCustomerMessage, type CustomerTopic } from "@/lib/notifications";

export async function notifyCustomer(tx: Tx, orderId: string, topic: CustomerTopic, data: Record<string, unknown> = {}): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { email: true } });
  await enqueueCustomerMessage(tx, { topic, orderId, recipient: order.email, data });
}
