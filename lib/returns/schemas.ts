// The returns context's inputs: one zod schema per command, parsed by the server actions, the API
// and the forms alike. Quantities are units; money is in minor units (cents).
import { z } from "zod";

/** How the units come back: by mail to a DC, or to a store's counter (BORIS). API and screens say STORE; the database IN_STORE. */
export const RETURN_METHODS = ["MAIL", "STORE"] as const;
export type ReturnMethodInput = (typeof RETURN_METHODS)[number];
export const RETURN_CONDITIONS = ["RESELLABLE", "DAMAGED", "WRONG_ITEM"] as const;
export type ReturnConditionInput = (typeof RETURN_CONDITIONS)[number];
export const DISPOSITIONS = ["RESTOCK", "SEND_TO_DC", "DISPOSE"] as const;
export type DispositionInput = (typeof DISPOSITIONS)[number];

const id = z.string().trim().min(1).max(64);
const qty = z.number().int().min(1).max(10_000);
const why = z.string().trim().min(3, "SAY_WHY").max(500);
/** A cross-field rule runs even when a field failed, on whatever object came in. */
const everyTime = (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null;

/** One line of a return authorisation: units of an order line, the buyer's reason, and for an exchange the SKU wanted instead. */
export const returnLineInputSchema = z.object({
  orderLineId: id,
  qty,
  reason: z.string().trim().min(1).max(40),
  /** SKU code sent instead of a refund (an exchange): same price is even, another price uneven. */
  exchangeSku: z.string().trim().min(1).max(64).optional(),
});

/** Authorise a return (an RMA). refundNow: the agent refunds at once, before the units arrive (up to the role's limit). */
export const authoriseReturnSchema = z.object({
  orderId: id,
  method: z.enum(RETURN_METHODS),
  lines: z.array(returnLineInputSchema).min(1, "RETURN_CHOOSE_LINE").max(100),
  refundNow: z.object({ reason: why }).optional(),
  note: z.string().trim().max(500).optional(),
});
export type AuthoriseReturnInput = z.infer<typeof authoriseReturnSchema>;

/** One line received: the condition found, and the disposition when the person overrides the proposal (with a reason). */
export const receiptLineInputSchema = z.object({
  orderLineId: id,
  qty,
  condition: z.enum(RETURN_CONDITIONS, "CHOOSE_CONDITION"),
  disposition: z.enum(DISPOSITIONS, "CHOOSE_DISPOSITION").optional(),
  overrideReason: z.string().trim().max(500).optional(),
  /** The buyer's reason: required for a walk-in return with no RMA (the RMA has its own). */
  reason: z.string().trim().min(1).max(40).optional(),
});

/**
 * Receive returned units at a node: against an RMA (returnId), or at a store counter for an order
 * with no RMA (orderId, BORIS walk-in). nodeId: the receiving node (a store associate's own store).
 */
export const receiveReturnSchema = z
  .object({
    returnId: id.optional(),
    orderId: id.optional(),
    nodeId: id,
    lines: z.array(receiptLineInputSchema).min(1, "RECEIVE_CHOOSE_LINE").max(100),
    /** The RMA's version as the receiver saw it (optimistic lock); absent for a walk-in. */
    expectedVersion: z.number().int().min(1).optional(),
  })
  .superRefine(
    (v, ctx) => {
      if (Boolean(v.returnId) === Boolean(v.orderId)) ctx.addIssue({ code: "custom", path: ["returnId"], message: "RETURN_OR_ORDER" });
      (Array.isArray(v.lines) ? v.lines : []).forEach((l, i) => {
        if (!l || typeof l !== "object") return;
        // A walk-in has no RMA to say why the units come back: the buyer says it at the counter.
        if (v.orderId && !v.returnId && !l.reason) ctx.addIssue({ code: "custom", path: ["lines", i, "reason"], message: "RETURN_REASON_REQUIRED" });
        // Doing otherwise than the returns router proposes is a decision with a reason.
        if (l.disposition !== undefined && String(l.overrideReason ?? "").trim().length < 3) ctx.addIssue({ code: "custom", path: ["lines", i, "overrideReason"], message: "OVERRIDE_REASON_REQUIRED" });
      });
    },
    // Alongside the fields' own problems, so a form shows every one on the first submit.
    { when: everyTime },
  );
export type ReceiveReturnInput = z.infer<typeof receiveReturnSchema>;

/** Refund an authorised return before its units arrive: an agent's decision, with a reason. */
export const refundReturnSchema = z.object({ returnId: id, expectedVersion: z.number().int().min(1), reason: why });
export type RefundReturnInput = z.infer<typeof refundReturnSchema>;

/** A goodwill refund: an amount or a percentage, of one line or of the whole order, with a reason. */
export const appeasementSchema = z
  .object({
    orderId: id,
    orderLineId: id.optional(),
    amountMinor: z.number().int().min(1).max(10_000_000).optional(),
    percent: z.number().int().min(1).max(100).optional(),
    reason: why,
  })
  .refine((v) => (v.amountMinor === undefined) !== (v.percent === undefined), { message: "AMOUNT_OR_PERCENT", path: ["amountMinor"], when: everyTime });
export type AppeasementInput = z.infer<typeof appeasementSchema>;

/** A supervisor approves or refuses a goodwill refund above its requester's limit. */
export const decideAppeasementSchema = z.object({ appeasementId: id, expectedVersion: z.number().int().min(1), approve: z.boolean(), note: z.string().trim().max(500).optional() });
export type DecideAppeasementInput = z.infer<typeof decideAppeasementSchema>;
