"use server";
// The phone order's two server actions. `quoteOrderAction` prices and dates the cart as the agent
// builds it, with the capture's own pricing and promise (lib/orders/queries/quote-order.ts), so the
// read-back says what the order gets. `placeOrderAction` places it: the input is checked with the
// schema the form validates with (phoneOrderSchema: a payment is required, a card authorised
// before anything is written or a payment link), the call centre's channel is set here (the form
// cannot choose another) and the order is captured. Field errors come back by path ("lines.0.sku",
// "promoCode") for the form to show on its fields.
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions";
import { requireActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { captureOrder, phoneOrderSchema, quoteOrder, quoteOrderSchema, type CaptureOrderResult, type OrderQuote } from "@/lib/orders";

export async function quoteOrderAction(input: unknown): Promise<ActionResult<OrderQuote>> {
  return runAction(async () => {
    await requireActor("order.create");
    return quoteOrder(await getDb(), parseInput(quoteOrderSchema, input));
  });
}

export async function placeOrderAction(input: unknown): Promise<ActionResult<CaptureOrderResult>> {
  return runAction(async () => {
    const actor = await requireActor("order.create");
    const data = parseInput(phoneOrderSchema, input);
    const result = await captureOrder(actor, { ...data, channel: "CALL_CENTER" });
    revalidatePath("/orders", "layout");
    return result;
  });
}
