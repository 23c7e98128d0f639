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
const why = z.string().trim().min(3, "Say why (at least 3 characters).").max(500);

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
  lines: z.array(returnLineInputSchema).min(1, "Choose at least one line to return.").max(100),
  refundNow: z.object({ reason: why }).optional(),
  note: z.string().trim().max(500).optional(),
});
export type AuthoriseReturnInput = z.infer<typeof authoriseReturnSchema>;

/** One line received: the condition found, and the disposition when the person overrides the proposal (with a reason). */
export const receiptLineInputSchema = z
  .object({
    orderLineId: id,
    qty,
    condition: z.enum(RETURN_CONDITIONS),
    disposition: z.enum(DISPOSITIONS).optional(),
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
    lines: z.array(receiptLineInputSchema).min(1, "Receive at least one line.").max(100),
    /** The RMA's version as the receiver saw it (optimistic lock); absent for a walk-in. */
    expectedVersion: z.number().int().min(1).optional(),
  })
  .refine((v) => Boolean(v.returnId) !== Boolean(v.orderId), { message: "Give either the return or the order.", path: ["returnId"] });
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
  .refine((v) => (v.amountMinor === undefined) !== (v.percent === undefined), { message: "Give an amount or a percentage.", path: ["amountMinor"] });
export type AppeasementInput = z.infer<typeof appeasementSchema>;

/** A supervisor approves or refuses a goodwill refund above its requester's limit. */
export const decideAppeasementSchema = z.object({ appeasementId: id, expectedVersion: z.number().int().min(1), approve: z.boolean(), note: z.string().trim().max(500).optional() });
export type DecideAppeasementInput = z.infer<typeof decideAppeasementSchema>;
