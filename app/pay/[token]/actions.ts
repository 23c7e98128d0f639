"use server";
// The buyer pays a payment link (no sign-in: the link's unguessable token is the permission). The
// card is checked with the same schema as the page, authorised, and the order released.
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions";
import { parseInput } from "@/lib/http";
import { payPaymentLink, payPaymentLinkSchema } from "@/lib/orders";

export async function payLinkAction(input: unknown): Promise<ActionResult<{ orderNumber: string }>> {
  return runAction(async () => {
    const data = parseInput(payPaymentLinkSchema, input);
    const { orderNumber } = await payPaymentLink(data);
    revalidatePath(`/pay/${encodeURIComponent(data.token)}`);
    revalidatePath("/orders", "layout");
    return { orderNumber };
  });
}
