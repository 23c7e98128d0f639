// The input schemas of the order commands (zod), in a module with no server code so that the
// forms in the browser validate with exactly the schemas the server actions use.
import { z } from "zod";
import { Channel } from "@/generated/prisma/enums";
import { paymentInputSchema } from "@/lib/payments/client";

// ---- capture-order

const text = (max: number) => z.string().trim().min(1).max(max);
/** Optional text: left blank (a form's empty box) it is absent. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || undefined)
    .optional();

export const addressSchema = z.object({
  name: optionalText(200),
  line1: text(200),
  line2: optionalText(200),
  city: text(100),
  postalCode: z
    .string()
    .trim()
    .min(1)
    .regex(/^[A-Za-z0-9 -]{2,12}$/, "POSTCODE_FORMAT"),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, "COUNTRY_CODE_FORMAT")
    .toUpperCase(),
});

const PHONE = /^\+?[0-9 ().-]{6,20}$/;

export const customerInputSchema = z.object({
  name: text(200),
  email: z.string().trim().toLowerCase().email(),
  phone: z
    .string()
    .trim()
    .refine((v) => v === "" || PHONE.test(v), "PHONE_FORMAT")
    .transform((v) => v || undefined)
    .optional(),
});

export const orderLineInputSchema = z.object({
  sku: text(64),
  // A box left empty or holding text reads as "enter a whole number".
  qty: z
    .number({ error: (issue) => (issue.code === "invalid_type" ? "NOT_INTEGER" : undefined) })
    .int()
    .min(1)
    .max(999),
  mode: z.enum(["SHIP", "PICKUP"], { error: "DELIVERY_OPTION_REQUIRED" }),
  pickupStore: optionalText(32),
});

const captureOrderFields = z.object({
  channel: z.enum(Channel),
  customerId: z.string().optional(),
  customer: customerInputSchema,
  shippingAddress: addressSchema.optional(),
  lines: z.array(orderLineInputSchema).min(1, "LINES_REQUIRED").max(50),
  promoCode: z
    .string()
    .trim()
    .toUpperCase()
    .max(40)
    .transform((v) => v || undefined)
    .optional(),
  /** How the order is paid; without it the order is recorded as paid by card, as before payments were collected. */
  payment: paymentInputSchema.optional(),
});

/** Where each line goes: a pickup line names its store, only pickup lines do, and shipping needs an address. */
function checkDelivery(o: { lines: Array<{ mode: "SHIP" | "PICKUP"; pickupStore?: string }>; shippingAddress?: unknown }, ctx: z.RefinementCtx): void {
  o.lines.forEach((l, i) => {
    if (l.mode === "PICKUP" && !l.pickupStore) ctx.addIssue({ code: "custom", path: ["lines", i, "pickupStore"], message: "PICKUP_STORE_REQUIRED" });
    if (l.mode === "SHIP" && l.pickupStore) ctx.addIssue({ code: "custom", path: ["lines", i, "pickupStore"], message: "PICKUP_STORE_SHIP_LINE" });
  });
  if (o.lines.some((l) => l.mode === "SHIP") && !o.shippingAddress) {
    ctx.addIssue({ code: "custom", path: ["shippingAddress"], message: "SHIPPING_ADDRESS_REQUIRED" });
  }
}

export const captureOrderSchema = captureOrderFields.superRefine(checkDelivery);

export type CaptureOrderInput = z.infer<typeof captureOrderSchema>;

/**
 * A phone order as the agent's form sends it and its server action parses it: the capture's fields
 * without the channel (the action sets the call centre's), and a payment is required.
 */
export const phoneOrderSchema = captureOrderFields.omit({ channel: true }).superRefine((o, ctx) => {
  checkDelivery(o, ctx);
  if (!o.payment) ctx.addIssue({ code: "custom", path: ["payment", "method"], message: "PAYMENT_METHOD_REQUIRED" });
});

export type PhoneOrderInput = z.infer<typeof phoneOrderSchema>;

/**
 * A cart to price and date before it is placed (lib/orders/queries/quote-order.ts): the capture's
 * lines, address and promo code; a line's delivery may not be chosen yet.
 */
export const quoteOrderSchema = captureOrderFields.pick({ shippingAddress: true, promoCode: true }).extend({
  lines: z.array(orderLineInputSchema.partial({ mode: true })).min(1, "LINES_REQUIRED").max(50),
});

export type QuoteOrderInput = z.infer<typeof quoteOrderSchema>;


// ---- cancel-line

/** A number of units: a box left empty or holding text reads as "enter a whole number". */
const units = () => z.number({ error: (issue) => (issue.code === "invalid_type" ? "NOT_INTEGER" : undefined) }).int();

export const cancelLineSchema = z.object({
  orderId: z.string().min(1),
  lineId: z.string().min(1),
  /** Units to cancel; all the line's open units when omitted. */
  qty: units().min(1).optional(),
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().min(1, "CANCEL_LINE_REASON_REQUIRED").max(500),
});

export type CancelLineInput = z.infer<typeof cancelLineSchema>;


// ---- cancel-order

export const cancelOrderSchema = z.object({
  orderId: z.string().min(1),
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().min(1, "CANCEL_ORDER_REASON_REQUIRED").max(500),
});

export type CancelOrderInput = z.infer<typeof cancelOrderSchema>;


// ---- change-quantity

export const changeQuantitySchema = z.object({
  orderId: z.string().min(1),
  lineId: z.string().min(1),
  qty: units().min(1, "QTY_ZERO_CANCEL_INSTEAD").max(999),
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().max(500).optional(),
});

export type ChangeQuantityInput = z.infer<typeof changeQuantitySchema>;


// ---- add-line

export const addLineSchema = z.object({
  orderId: z.string().min(1),
  expectedVersion: z.number().int().min(1),
  line: orderLineInputSchema,
});

export type AddLineInput = z.infer<typeof addLineSchema>;


// ---- change-address

export const changeAddressSchema = z.object({
  orderId: z.string().min(1),
  expectedVersion: z.number().int().min(1),
  address: addressSchema,
  reason: z.string().trim().max(500).optional(),
});

export type ChangeAddressInput = z.infer<typeof changeAddressSchema>;


// ---- change-delivery-method

export const changeDeliveryMethodSchema = z
  .object({
    orderId: z.string().min(1),
    lineId: z.string().min(1),
    expectedVersion: z.number().int().min(1),
    mode: z.enum(["SHIP", "PICKUP"], { error: "DELIVERY_OPTION_REQUIRED" }),
    pickupStore: z.string().trim().max(32).optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .refine((v) => v.mode !== "PICKUP" || !!v.pickupStore, { path: ["pickupStore"], message: "PICKUP_STORE_REQUIRED" });

export type ChangeDeliveryMethodInput = z.infer<typeof changeDeliveryMethodSchema>;


// ---- release-hold

export const releaseHoldSchema = z.object({
  orderId: z.string().min(1),
  holdId: z.string().min(1),
  expectedVersion: z.number().int().min(1),
  note: z.string().trim().min(1, "HOLD_CHECK_REQUIRED").max(500),
});

export type ReleaseHoldInput = z.infer<typeof releaseHoldSchema>;


// ---- add-note

export const addNoteSchema = z.object({
  orderId: z.string().min(1),
  body: z.string().trim().min(1, "NOTE_REQUIRED").max(2000),
});

export type AddNoteInput = z.infer<typeof addNoteSchema>;
