"use server";
// Places an order an agent took on the phone: the call centre's channel is forced here (the form
// cannot choose another), the input is checked with the capture schema (a payment is required:
// a card, authorised before anything is written, or a payment link) and captured in one
// transaction. Field errors come back by path ("lines.0.sku", "promoCode") for the form to show.
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions";
import { requireActor } from "@/lib/auth/session";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { captureOrder, captureOrderSchema, type CaptureOrderResult } from "@/lib/orders";

export async function placeOrderAction(input: unknown): Promise<ActionResult<CaptureOrderResult>> {
  return runAction(async () => {
    const actor = await requireActor("order.create");
    const body = input && typeof input === "object" ? input : {};
    const data = parseInput(captureOrderSchema, { ...body, channel: "CALL_CENTER" });
    // A phone order is paid before it is placed: by a card authorised now, or by a payment link.
    if (!data.payment) throw new ValidationError("The order has invalid fields.", { "payment.method": "Choose how the customer pays." });
    const result = await captureOrder(actor, data);
    revalidatePath("/orders", "layout");
    return result;
  });
}
