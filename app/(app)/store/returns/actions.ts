"use server";
// The returns counter's one change: receive returned units at the store, against an RMA or as a
// walk-in on the order. A thin edge: authenticate, authorise through the permission table, keep a
// store associate to their own store, validate with the command's schema, run it in one transaction.
import { runAction, type ActionResult } from "@/lib/actions";
import { assertStoreScope, can, requireActor } from "@/lib/auth";
import { withTx } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { receiveReturn, receiveReturnSchema, type ReturnResult } from "@/lib/returns";
import { revalidatePath } from "next/cache";

export async function receiveReturnAction(input: unknown): Promise<ActionResult<ReturnResult>> {
  return runAction(async () => {
    const actor = await requireActor("return.receive");
    // The counter is a store screen: a DC receives mail returns on its own console.
    if (!can(actor.role, "store.queue.view")) throw new ForbiddenError();
    const data = parseInput(receiveReturnSchema, input);
    assertStoreScope(actor, data.nodeId);
    const result = await withTx((tx) => receiveReturn(tx, actor, data));
    for (const path of ["/store", "/returns", "/orders"]) revalidatePath(path, "layout");
    return result;
  });
}
