"use server";
// Server actions of the outbox page: an admin re-queues a message the dispatcher gave up on.
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions";
import { requireActor } from "@/lib/auth";
import { withTx } from "@/lib/db";
import { retryOutboxMessage, retryOutboxMessageSchema } from "@/lib/notifications";

export async function retryOutboxMessageAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireActor("outbox.retry");
    const data = retryOutboxMessageSchema.parse(input);
    const result = await withTx((tx) => retryOutboxMessage(tx, actor, data));
    revalidatePath("/admin/outbox");
    return result;
  });
}
