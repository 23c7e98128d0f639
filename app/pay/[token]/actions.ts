"use server";
// The buyer pays a payment link (no sign-in: the link's unguessable token is the permission). The
// card is checked with the same schema as the page, authorised, and the order released.
import { runAction, type ActionResult } from "@/lib/actions";
import { parseInput } from "@/lib/http";
import { payPaymentLink, payPaymentLinkSchema } from "@/lib/orders";

export async function payLinkAction(input: unknown): Promise<ActionResult<{ orderNumber: string }>> {
  return runAction(async () => {
    const data = parseInput(payPaymentLinkSchema, input);
    // The page itself is rendered afresh on every visit; the form shows the confirmation in place.
    const { orderNumber } = await payPaymentLink(data);
    return { orderNumber };
  });
}
