// The inputs of the fulfilment commands (pick, short-pick, pack, ship, receive, ready, hand over,
// expire, deliver, count), one zod schema each. Client-safe: the store tablet's forms, the server
// actions and the fulfilment API validate with these same schemas. A schema's own messages are
// error codes (lib/i18n/messages/<lang>/errors/fulfillment.ts); zod's own checks say the rest.
import { z } from "zod";

const id = z.string().trim().min(1).max(64);
/** The fulfilment order's version the user saw: a stale tablet gets a conflict and changes nothing. */
const expectedVersion = z.number().int().min(1).optional();
const units = z.number().int().min(1).max(10_000);

const workRef = { fulfillmentOrderId: id, expectedVersion };

/** Why units could not be picked. */
export const SHORT_PICK_REASONS = ["NOT_FOUND", "DAMAGED"] as const;
export type ShortPickReason = (typeof SHORT_PICK_REASONS)[number];
/** What a fulfilment line's `shortReason` records: a short-pick's reason, or a stock count. */
export type ShortReasonCode = ShortPickReason | "STOCK_COUNT";

/** Carriers the UI offers; the API accepts any carrier name. */
export const CARRIERS = ["Colissimo", "Chronopost", "DPD", "DHL Express", "UPS", "GLS"] as const;

/** How a buyer proves a pickup is theirs at the counter. */
export const HANDOVER_CHECKS = ["PICKUP_CODE", "ID_CHECK"] as const;
export type HandoverCheckKind = (typeof HANDOVER_CHECKS)[number];
export const ID_DOCUMENTS = ["ID_CARD", "PASSPORT", "DRIVING_LICENCE", "RESIDENCE_PERMIT"] as const;

export const PICKUP_CODE_LENGTH = 6;
export const PICKUP_CODE_PATTERN = new RegExp(`^\\d{${PICKUP_CODE_LENGTH}}$`);

export const startPickingSchema = z.object(workRef);
export type StartPickingInput = z.input<typeof startPickingSchema>;

/** Confirms units of one line as picked by the SKU code or barcode scanned or typed. */
export const confirmPickSchema = z.object({
  ...workRef,
  /** The fulfilment order line. */
  lineId: id,
  /** What was scanned or typed: the SKU code or the EAN barcode on the label. */
  scan: z.string().trim().min(1, "SCAN_REQUIRED").max(64),
  /** Units confirmed by this scan; all the line's remaining units when left out. */
  qty: units.optional(),
});
export type ConfirmPickInput = z.input<typeof confirmPickSchema>;

/** Units of a line that are not on the shelf or not sellable: re-sourced elsewhere at once. */
export const shortPickSchema = z.object({
  ...workRef,
  lineId: id,
  qty: units,
  reason: z.enum(SHORT_PICK_REASONS, "SHORT_REASON_REQUIRED"),
});
export type ShortPickInput = z.input<typeof shortPickSchema>;

/** A parcel's limits: the tablet's controls stop at them, the schema refuses beyond them. */
export const MAX_PARCELS = 20;
export const MAX_PARCEL_GRAMS = 70_000;

export const packSchema = z.object({
  ...workRef,
  /** One entry per parcel (box or bag), with its weight when weighed. */
  parcels: z
    .array(z.object({ weightGrams: z.number().int().min(1).max(MAX_PARCEL_GRAMS, "PARCEL_TOO_HEAVY").optional() }))
    .min(1)
    .max(MAX_PARCELS),
});
export type PackInput = z.input<typeof packSchema>;

export const shipSchema = z.object({
  ...workRef,
  carrier: z.string().trim().min(1, "CARRIER_REQUIRED").max(60),
  trackingNumber: z
    .string()
    .trim()
    .min(4)
    .max(40)
    .regex(/^[A-Za-z0-9-]+$/, "TRACKING_NUMBER_FORMAT"),
});
export type ShipInput = z.input<typeof shipSchema>;

/** A transfer for a pickup arrived at the pickup store. */
export const receiveAtStoreSchema = z.object(workRef);
export type ReceiveAtStoreInput = z.input<typeof receiveAtStoreSchema>;

/** The pickup is on the collection shelf: the customer gets the "ready" message with the code. */
export const markReadySchema = z.object(workRef);
export type MarkReadyInput = z.input<typeof markReadySchema>;

export const handOverSchema = z
  .object({
    ...workRef,
    check: z.enum(HANDOVER_CHECKS),
    /** The code from the customer's "ready" message (check PICKUP_CODE). */
    pickupCode: z.string().trim().optional(),
    /** The name on the ID shown (check ID_CHECK); must match the order's customer. */
    buyerName: z.string().trim().max(120).optional(),
    idDocument: z.enum(ID_DOCUMENTS).optional(),
    /** Units collected now; every remaining unit when left out (a pickup may be collected in parts). */
    lines: z.array(z.object({ lineId: id, qty: units })).min(1, "NO_UNITS_CHOSEN").max(100).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.check === "PICKUP_CODE" && !PICKUP_CODE_PATTERN.test(v.pickupCode ?? "")) {
      ctx.addIssue({ code: "custom", path: ["pickupCode"], message: "PICKUP_CODE_FORMAT" });
    }
    if (v.check === "ID_CHECK") {
      if (!v.buyerName || v.buyerName.length < 2) ctx.addIssue({ code: "custom", path: ["buyerName"], message: "BUYER_NAME_REQUIRED" });
      if (!v.idDocument) ctx.addIssue({ code: "custom", path: ["idDocument"], message: "ID_DOCUMENT_REQUIRED" });
    }
  });
export type HandOverInput = z.input<typeof handOverSchema>;

/** An uncollected pickup is cancelled: early by an associate (with a reason), or by the expiry job. */
export const expirePickupSchema = z.object({
  ...workRef,
  reason: z.string().trim().min(3).max(500),
});
export type ExpirePickupInput = z.input<typeof expirePickupSchema>;

/** The carrier delivered a parcel. */
export const markDeliveredSchema = z.object({ ...workRef, deliveredAt: z.coerce.date().optional() });
export type MarkDeliveredInput = z.input<typeof markDeliveredSchema>;

/** The counter's search for ready pickups: a 6-digit code, an order number or a customer's name. */
export const findPickupsSchema = z.object({
  store: z.string().trim().max(40).optional(),
  q: z.string().trim().min(2).max(80),
});
export type FindPickupsInput = z.input<typeof findPickupsSchema>;

/** A counted quantity of one SKU at one node replaces its on-hand figure. */
export const cycleCountSchema = z.object({
  /** Node code; a store associate may only count their own store. */
  node: z.string().trim().min(1).max(40),
  /** SKU code or barcode. */
  sku: z.string().trim().min(1, "SKU_REQUIRED").max(64),
  countedQty: z.number().int().min(0).max(1_000_000),
  reason: z.string().trim().min(3).max(500),
});
export type CycleCountInput = z.input<typeof cycleCountSchema>;
