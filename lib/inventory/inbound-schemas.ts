// Inputs of the inbound supply commands (purchase orders and node-to-node transfers): created,
// shipped, received in part or in full, closed short or cancelled. Browser-safe: the forms validate
// with the same schemas as the server actions and the API.
import { z } from "zod";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const INBOUND_TYPES = ["PURCHASE_ORDER", "TRANSFER"] as const;
export const INBOUND_STATUSES = ["PLANNED", "IN_TRANSIT", "RECEIVED", "CANCELLED"] as const;
/** At most this many lines on one purchase order or transfer. */
export const INBOUND_MAX_LINES = 200;
export const INBOUND_MAX_QTY = 1_000_000;

const code = z.string().trim().min(1).max(64);
const note = z.preprocess(blankToUndefined, z.string().trim().max(500).optional());
/** A day (YYYY-MM-DD): the ETA is that day, noon UTC, so it is the same day in every European time zone. */
const etaDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "INVALID_DATE")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T12:00:00Z`)), "INVALID_DATE");

/** The ETA instant of a day entered on a form or sent by a client. */
export function etaOfDay(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

const orderedLine = z.object({ sku: code, qty: z.number().int().min(1).max(INBOUND_MAX_QTY) });

/** Each SKU once per shipment: a receipt, a shortfall and the ledger all speak per SKU. */
function noRepeatedSku(lines: Array<{ sku: string }>, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    const key = l.sku.trim().toUpperCase();
    if (key && seen.has(key)) ctx.addIssue({ code: "custom", path: ["lines", i, "sku"], message: "INBOUND_DUPLICATE_SKU" });
    seen.add(key);
  });
}

const purchaseOrderFields = {
  supplier: z.string().trim().min(1).max(120),
  toNode: code,
  eta: etaDay,
  lines: z.array(orderedLine).min(1).max(INBOUND_MAX_LINES),
  note,
};
const transferFields = {
  fromNode: code,
  toNode: code,
  eta: etaDay,
  lines: z.array(orderedLine).min(1).max(INBOUND_MAX_LINES),
  note,
  /** Ship at once: the units leave the source now (otherwise the transfer is PLANNED). */
  shipNow: z.boolean().optional(),
};

function transferRules(v: { fromNode: string; toNode: string; lines: Array<{ sku: string }> }, ctx: z.RefinementCtx) {
  if (v.fromNode.trim().toUpperCase() === v.toNode.trim().toUpperCase()) ctx.addIssue({ code: "custom", path: ["toNode"], message: "INBOUND_SAME_NODE" });
  noRepeatedSku(v.lines, ctx);
}

export const createPurchaseOrderSchema = z
  .object(purchaseOrderFields)
  .strict()
  .superRefine((v, ctx) => noRepeatedSku(v.lines, ctx));
export type CreatePurchaseOrderInput = z.input<typeof createPurchaseOrderSchema>;

export const createTransferSchema = z.object(transferFields).strict().superRefine(transferRules);
export type CreateTransferInput = z.input<typeof createTransferSchema>;

/** One input for the "new inbound" form: a purchase order or a transfer, by `type`. */
export const createInboundSchema = z
  .discriminatedUnion("type", [z.object({ type: z.literal("PURCHASE_ORDER"), ...purchaseOrderFields }).strict(), z.object({ type: z.literal("TRANSFER"), ...transferFields }).strict()])
  .superRefine((v, ctx) => (v.type === "TRANSFER" ? transferRules(v, ctx) : noRepeatedSku(v.lines, ctx)));
export type CreateInboundInput = z.input<typeof createInboundSchema>;

const reference = z.string().trim().min(1).max(40);

export const shipTransferSchema = z.object({ reference, expectedVersion: z.number().int().min(1) }).strict();
export type ShipTransferInput = z.input<typeof shipTransferSchema>;

const receiptFields = {
  lines: z.array(z.object({ sku: code, qty: z.number().int().min(0).max(INBOUND_MAX_QTY) }).strict()).min(1).max(INBOUND_MAX_LINES),
  close: z.boolean().optional(),
  note,
};

function receiptRules(v: { lines: Array<{ sku: string; qty: number }>; close?: boolean }, ctx: z.RefinementCtx) {
  noRepeatedSku(v.lines, ctx);
  if (!v.close && v.lines.every((l) => l.qty === 0)) ctx.addIssue({ code: "custom", path: ["lines"], message: "INBOUND_NOTHING_RECEIVED" });
}

/**
 * A delivery against a shipment: units per SKU (0 for a line that did not come this time). With
 * `close`, the shipment stops waiting for what is still missing (closed short).
 */
export const receiveInboundSchema = z
  .object({
    reference,
    /** The version the receiver saw; omitted by systems that report what arrived whatever changed. */
    expectedVersion: z.number().int().min(1).optional(),
    ...receiptFields,
  })
  .strict()
  .superRefine(receiptRules);
/** The body of POST /api/v1/inbound/{reference}/receipts (the reference is in the path). */
export const inboundReceiptRequestSchema = z.object(receiptFields).strict().superRefine(receiptRules);
export type ReceiveInboundInput = z.input<typeof receiveInboundSchema>;

/** Close short (stop waiting for the missing units) or cancel: the version seen and why. */
export const closeInboundSchema = z.object({ reference, expectedVersion: z.number().int().min(1), reason: note }).strict();
export type CloseInboundInput = z.input<typeof closeInboundSchema>;
export const cancelInboundSchema = closeInboundSchema;
export type CancelInboundInput = CloseInboundInput;

export const listInboundInputSchema = z.object({
  /** OPEN: planned or in transit (the screen's default); ALL or nothing: every status. */
  status: z.preprocess((v) => (v === "ALL" ? undefined : blankToUndefined(v)), z.enum([...INBOUND_STATUSES, "OPEN"]).optional()),
  type: z.preprocess(blankToUndefined, z.enum(INBOUND_TYPES).optional()),
  node: z.preprocess(blankToUndefined, code.optional()),
  /** Only shipments whose ETA has passed while still open. */
  late: z.preprocess((v) => (v === "1" || v === "true" || v === true ? true : undefined), z.boolean().optional()),
  q: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
  cursor: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListInboundInput = z.input<typeof listInboundInputSchema>;

export const transferSourcesInputSchema = z.object({ sku: code, toNode: z.preprocess(blankToUndefined, code.optional()) });
