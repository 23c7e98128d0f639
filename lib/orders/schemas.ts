// The input schemas of the order commands (zod), in a module with no server code so that the
// forms in the browser validate with exactly the schemas the server actions use.
import { z } from "zod";
import { Channel } from "@/generated/prisma/enums";
import { paymentInputSchema } from "@/lib/payments/schemas";

// ---- capture-order

const trimmed = (max: number) => z.string().trim().min(1, "Required.").max(max, `At most ${max} characters.`);

export const addressSchema = z.object({
  name: z.string().trim().max(200).optional(),
  line1: trimmed(200),
  line2: z.string().trim().max(200).optional(),
  city: trimmed(100),
  postalCode: z.string().trim().min(2, "Enter a postcode.").max(12, "At most 12 characters.").regex(/^[A-Za-z0-9 -]+$/, "Letters, digits, spaces and dashes only."),
  country: z.string().trim().length(2, "Use the two-letter country code, e.g. FR.").toUpperCase(),
});

export const customerInputSchema = z.object({
  name: trimmed(200),
  email: z.string().trim().toLowerCase().email("Enter a valid e-mail address."),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().-]{6,20}$/, "Enter a phone number of 6 to 20 digits.")
    .optional(),
});

export const orderLineInputSchema = z.object({
  sku: trimmed(64),
  qty: z.number({ error: "Enter a whole number of units." }).int("Enter a whole number of units.").min(1, "At least 1 unit.").max(999, "At most 999 units."),
  mode: z.enum(["SHIP", "PICKUP"], { error: "Choose SHIP or PICKUP." }),
  pickupStore: z.string().trim().max(32).optional(),
});

export const captureOrderSchema = z
  .object({
    channel: z.enum(Channel, { error: `Channel must be one of ${Object.values(Channel).join(", ")}.` }),
    customerId: z.string().optional(),
    customer: customerInputSchema,
    shippingAddress: addressSchema.optional(),
    lines: z.array(orderLineInputSchema).min(1, "An order needs at least one line.").max(50, "At most 50 lines."),
    promoCode: z.string().trim().toUpperCase().max(40).optional().or(z.literal("").transform(() => undefined)),
    /** How the order is paid; without it the order is recorded as paid by card, as before payments were collected. */
    payment: paymentInputSchema.optional(),
  })
  .superRefine((o, ctx) => {
    o.lines.forEach((l, i) => {
      if (l.mode === "PICKUP" && !l.pickupStore) ctx.addIssue({ code: "custom", path: ["lines", i, "pickupStore"], message: "Choose the store where the customer collects." });
      if (l.mode === "SHIP" && l.pickupStore) ctx.addIssue({ code: "custom", path: ["lines", i, "pickupStore"], message: "Only pickup lines have a pickup store." });
    });
    if (o.lines.some((l) => l.mode === "SHIP") && !o.shippingAddress) {
      ctx.addIssue({ code: "custom", path: ["shippingAddress"], message: "A shipping address is required to ship to the customer." });
    }
  });

export type CaptureOrderInput = z.infer<typeof captureOrderSchema>;


// ---- cancel-line

export const cancelLineSchema = z.object({
  orderId: z.string().min(1),
  lineId: z.string().min(1),
  /** Units to cancel; all the line's open units when omitted. */
  qty: z.number().int().min(1, "Cancel at least 1 unit.").optional(),
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().min(1, "Say why the line is cancelled.").max(500),
});

export type CancelLineInput = z.infer<typeof cancelLineSchema>;


// ---- cancel-order

export const cancelOrderSchema = z.object({
  orderId: z.string().min(1),
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().min(1, "Say why the order is cancelled.").max(500),
});

export type CancelOrderInput = z.infer<typeof cancelOrderSchema>;


// ---- change-quantity

export const changeQuantitySchema = z.object({
  orderId: z.string().min(1),
  lineId: z.string().min(1),
  qty: z.number({ error: "Enter a whole number of units." }).int("Enter a whole number of units.").min(1, "At least 1 unit; cancel the line to remove it.").max(999, "At most 999 units."),
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
    mode: z.enum(["SHIP", "PICKUP"]),
    pickupStore: z.string().trim().max(32).optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .refine((v) => v.mode !== "PICKUP" || !!v.pickupStore, { path: ["pickupStore"], message: "Choose the store where the customer collects." });

export type ChangeDeliveryMethodInput = z.infer<typeof changeDeliveryMethodSchema>;


// ---- release-hold

export const releaseHoldSchema = z.object({
  orderId: z.string().min(1),
  holdId: z.string().min(1),
  expectedVersion: z.number().int().min(1),
  note: z.string().trim().min(1, "Say what you checked.").max(500),
});

export type ReleaseHoldInput = z.infer<typeof releaseHoldSchema>;


// ---- add-note

export const addNoteSchema = z.object({
  orderId: z.string().min(1),
  body: z.string().trim().min(1, "Write the note first.").max(2000, "At most 2,000 characters."),
});

export type AddNoteInput = z.infer<typeof addNoteSchema>;
