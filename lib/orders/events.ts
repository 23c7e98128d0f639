// The order's timeline: every transition and change is an OrderEvent with who, when and why,
// written in the same transaction as the change.
import { Prisma } from "@/generated/prisma/client";
import { actorColumns, type Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";

export async function recordOrderEvent(tx: Tx, actor: Actor, orderId: string, type: string, options: { reason?: string | null; data?: unknown } = {}): Promise<void> {
  await tx.orderEvent.create({
    data: {
      orderId,
      type,
      ...actorColumns(actor),
      reason: options.reason ?? null,
      data: (options.data === undefined ? {} : JSON.parse(JSON.stringify(options.data))) as Prisma.InputJsonValue,
    },
  });
}
