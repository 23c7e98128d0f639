// How an order is paid, as the capture input carries it (no server code: the phone order form
// validates with the same schema the server uses):
//   { method: "CARD", card: { number, expiry, cvc } }   authorised with the configured provider
//   { method: "PAY_BY_LINK" }                           held until the buyer pays by link
//   { method, reference, provider? }                    already authorised by the channel
import { z } from "zod";
import { expiryValid, luhnValid } from "./card";

export const cardInputSchema = z.object({
  number: z
    .string()
    .trim()
    .min(1)
    .refine((v) => /^[\d\s-]+$/.test(v) && luhnValid(v), "CARD_NUMBER_INVALID"),
  expiry: z
    .string()
    .trim()
    .regex(/^\d{2}\s*\/\s*\d{2}$/, "CARD_EXPIRY_FORMAT")
    .refine((v) => expiryValid(v), "CARD_EXPIRED"),
  cvc: z.string().trim().regex(/^\d{3,4}$/, "CARD_CVC_FORMAT"),
});

export type CardInput = z.infer<typeof cardInputSchema>;

export const PAY_BY_LINK = "PAY_BY_LINK";

export const paymentInputSchema = z
  .object({
    method: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][A-Z0-9_]{1,31}$/, "PAYMENT_METHOD_FORMAT"),
    card: cardInputSchema.optional(),
    /** The channel's authorisation reference, when the channel took the payment. */
    reference: z.string().trim().min(1, "PAYMENT_REFERENCE_REQUIRED").max(200).optional(),
    /** Who authorised it; "channel" when not said. */
    provider: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9_.-]{0,39}$/, "PAYMENT_PROVIDER_FORMAT")
      .optional(),
  })
  .superRefine((p, ctx) => {
    if (p.method === PAY_BY_LINK) {
      if (p.card || p.reference || p.provider) ctx.addIssue({ code: "custom", path: ["method"], message: "PAY_LINK_NO_CARD" });
      return;
    }
    if (p.card) {
      if (p.method !== "CARD") ctx.addIssue({ code: "custom", path: ["method"], message: "CARD_METHOD_ONLY" });
      if (p.reference || p.provider) ctx.addIssue({ code: "custom", path: ["reference"], message: "CARD_OR_REFERENCE" });
      return;
    }
    if (!p.reference) ctx.addIssue({ code: "custom", path: p.method === "CARD" ? ["card"] : ["reference"], message: p.method === "CARD" ? "CARD_REQUIRED" : "PAYMENT_REFERENCE_REQUIRED" });
  });

export type PaymentInput = z.infer<typeof paymentInputSchema>;

/** What a channel sends: a payment its own provider already authorised. */
export const channelPaymentSchema = z.object({
  method: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9_]{1,31}$/, "PAYMENT_METHOD_FORMAT")
    .refine((m) => m !== PAY_BY_LINK, "PAY_LINK_NOT_FOR_CHANNELS")
    .describe("How the buyer paid, e.g. CARD, PAYPAL, APPLE_PAY, MARKETPLACE."),
  reference: z.string().trim().min(1, "PAYMENT_REFERENCE_REQUIRED").max(200).describe("The authorisation reference your payment provider gave."),
  provider: paymentInputSchema.shape.provider.describe('Who authorised it, e.g. "stripe", "adyen", "paypal"; "channel" when omitted.'),
});

// ---- paying a payment link (the buyer's page)

export const payPaymentLinkSchema = z.object({
  token: z.string().trim().min(1).max(100),
  /** Drawn by the page for each try: a double submit authorises once, a new card after a decline is asked afresh. */
  attemptId: z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/),
  card: cardInputSchema,
});

export type PayPaymentLinkInput = z.infer<typeof payPaymentLinkSchema>;
