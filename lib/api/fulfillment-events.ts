// POST /api/v1/fulfillments/{id}/events as one command: a warehouse or store system reports what
// happened to a fulfilment order (picked, short-picked, packed, shipped, received, ready, picked
// up, delivered). Each event runs the fulfilment context's command for it — the same command the
// store tablet runs — exactly once per Idempotency-Key, in one transaction, and the answer is the
// fulfilment order as it is afterwards.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { withTx, type Tx } from "@/lib/db";
import { DomainError, fieldIssue, RuleViolation, ValidationError, zodFieldIssues, type FieldIssues } from "@/lib/errors";
import {
  confirmPick,
  confirmPickSchema,
  FULFILLMENT_EVENT_TYPES,
  getFulfillmentWork,
  handOver,
  handOverSchema,
  markDelivered,
  markReady,
  pack,
  packSchema,
  PICKUP_CODE_PATTERN,
  receiveAtStore,
  ship,
  shipSchema,
  SHORT_PICK_REASONS,
  shortPick,
  shortPickSchema,
  type FulfillmentEventType,
  type FulfillmentWork,
  type WorkLine,
} from "@/lib/fulfillment";
import { parseInput } from "@/lib/http";
import type { FulfillmentActor } from "./fulfillment-auth";
import { toApiFulfillment, type ApiFulfillment } from "./fulfillment-view";
import { requestHash, runIdempotent } from "./idempotency";

const units = z.number().int().min(1).max(10_000);

/** The fields each event type needs besides `type` (the OpenAPI document says the same). */
export const EVENT_REQUIRED_FIELDS: Partial<Record<FulfillmentEventType, ReadonlyArray<"lines" | "reason" | "carrier" | "trackingNumber" | "pickupCode">>> = {
  PICKED: ["lines"],
  SHORT_PICKED: ["lines", "reason"],
  SHIPPED: ["carrier", "trackingNumber"],
  PICKED_UP: ["pickupCode"],
};

/** The body of an event. Fields an event type does not use are ignored. */
export const fulfillmentEventSchema = z
  .object({
    type: z.enum(FULFILLMENT_EVENT_TYPES).describe("What happened to the fulfilment order."),
    lines: z
      .array(
        z.object({
          sku: z.string().trim().min(1).max(64).describe("SKU code (any letter case) or the EAN barcode on the label."),
          qty: units,
        }),
      )
      .max(100)
      .optional()
      .describe("Units per SKU: picked (PICKED), missing (SHORT_PICKED) or collected (PICKED_UP; every remaining unit when left out)."),
    reason: z.enum(SHORT_PICK_REASONS).optional().describe("Why the units are missing (SHORT_PICKED)."),
    parcels: z.number().int().min(1).max(20).optional().describe("Boxes or bags packed (PACKED); 1 when left out."),
    carrier: shipSchema.shape.carrier.optional().describe("Carrier name (SHIPPED)."),
    trackingNumber: shipSchema.shape.trackingNumber.optional().describe("The carrier's tracking number (SHIPPED)."),
    pickupCode: z.string().trim().regex(PICKUP_CODE_PATTERN, "API_PICKUP_CODE_FORMAT").optional().describe("The code the customer shows at the counter (PICKED_UP)."),
  })
  .superRefine((v, ctx) => {
    for (const field of EVENT_REQUIRED_FIELDS[v.type] ?? []) {
      // An empty list says no more than a missing one; events that need lines need at least one.
      if (v[field] === undefined || (field === "lines" && v.lines?.length === 0)) ctx.addIssue({ code: "custom", path: [field], message: "API_EVENT_FIELD_REQUIRED" });
    }
  });
export type FulfillmentEvent = z.output<typeof fulfillmentEventSchema>;

/** The event in the body, or a 422 listing every problem by field. */
export function parseFulfillmentEvent(body: Record<string, unknown>): FulfillmentEvent {
  const parsed = fulfillmentEventSchema.safeParse(body);
  if (!parsed.success) throw new ValidationError(zodFieldIssues(parsed.error));
  return parsed.data;
}

interface LinePart {
  /** Index of the entry in the request's `lines`, for field errors. */
  index: number;
  sku: string;
  lineId: string;
  qty: number;
}

/**
 * Resolves each `{ sku, qty }` of the request to the fulfilment order's lines. Entries for the same
 * SKU are added up; when the order holds several lines of one SKU, the units fill them in line
 * order by what each still has to do (`open`), and any excess goes to the last one so that its
 * command refuses it. Every SKU that is not in the fulfilment order is reported at once.
 */
function resolveLines(work: FulfillmentWork, lines: Array<{ sku: string; qty: number }>, open: (l: WorkLine) => number): LinePart[] {
  const fields: FieldIssues = {};
  const wanted = new Map<string, { index: number; qty: number; lines: WorkLine[] }>();
  lines.forEach(({ sku, qty }, index) => {
    // As at the shelf: SKU codes compare without case, barcodes exactly.
    const matching = work.lines.filter((l) => l.sku.toUpperCase() === sku.toUpperCase() || (l.barcode !== null && l.barcode === sku));
    if (!matching.length) {
      fields[`lines.${index}.sku`] = fieldIssue("API_SKU_NOT_IN_FULFILLMENT", { sku, number: work.number });
      return;
    }
    const key = matching[0].id;
    const entry = wanted.get(key);
    if (entry) entry.qty += qty;
    else wanted.set(key, { index, qty, lines: [...matching].sort((a, b) => a.lineNo - b.lineNo) });
  });
  if (Object.keys(fields).length) throw new ValidationError(fields);
  const parts: LinePart[] = [];
  for (const { index, qty, lines: matching } of wanted.values()) {
    let left = qty;
    matching.forEach((l, i) => {
      const take = i === matching.length - 1 ? left : Math.min(left, Math.max(0, open(l)));
      if (take > 0) parts.push({ index, sku: lines[index].sku, lineId: l.id, qty: take });
      left -= take;
    });
  }
  return parts;
}

/** Runs a command; a refusal of it comes back with its fields renamed to the request's paths. */
async function withFieldsAs<T>(rename: (field: string) => string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof DomainError) || !e.fields) throw e;
    const fields: FieldIssues = {};
    for (const [k, v] of Object.entries(e.fields)) fields[rename(k)] = v;
    if (e instanceof ValidationError) throw new ValidationError(fields, e.code, e.params);
    if (e instanceof RuleViolation) throw new RuleViolation(e.code, e.params, fields);
    throw e;
  }
}

/** The command's line fields (`lineId`, `scan`, `qty`) are the request's `lines.N.sku` / `lines.N.qty`. */
const lineField = (index: number) => (field: string) => (field === "qty" ? `lines.${index}.qty` : field === "lineId" || field === "scan" ? `lines.${index}.sku` : field);

async function applyEvent(tx: Tx, actor: FulfillmentActor, work: FulfillmentWork, event: FulfillmentEvent, options: { now?: Date }): Promise<void> {
  const ref = { fulfillmentOrderId: work.id };
  switch (event.type) {
    case "PICKED":
      for (const p of resolveLines(work, event.lines!, (l) => l.qty - l.pickedQty)) {
        await withFieldsAs(lineField(p.index), () => confirmPick(tx, actor, parseInput(confirmPickSchema, { ...ref, lineId: p.lineId, scan: p.sku, qty: p.qty }), options));
      }
      return;
    case "SHORT_PICKED":
      for (const p of resolveLines(work, event.lines!, (l) => l.qty - l.pickedQty)) {
        await withFieldsAs(lineField(p.index), () => shortPick(tx, actor, parseInput(shortPickSchema, { ...ref, lineId: p.lineId, qty: p.qty, reason: event.reason }), options));
      }
      return;
    case "PACKED":
      await pack(tx, actor, parseInput(packSchema, { ...ref, parcels: Array.from({ length: event.parcels ?? 1 }, () => ({})) }), options);
      return;
    case "SHIPPED":
      await ship(tx, actor, parseInput(shipSchema, { ...ref, carrier: event.carrier, trackingNumber: event.trackingNumber }), options);
      return;
    case "RECEIVED_AT_STORE":
      await receiveAtStore(tx, actor, ref, options);
      return;
    case "READY_FOR_PICKUP":
      await markReady(tx, actor, ref, options);
      return;
    case "PICKED_UP": {
      const parts = event.lines?.length ? resolveLines(work, event.lines, (l) => l.qty - l.handedOverQty) : undefined;
      const lines = parts?.map((p) => ({ lineId: p.lineId, qty: p.qty }));
      // The command names its own `lines.i.…`; i is a resolved part, which came from a request line.
      const rename = (field: string) => {
        const m = /^lines\.(\d+)\.(\w+)$/.exec(field);
        const part = m && parts?.[Number(m[1])];
        return part ? lineField(part.index)(m[2]) : field;
      };
      await withFieldsAs(rename, () => handOver(tx, actor, parseInput(handOverSchema, { ...ref, check: "PICKUP_CODE", pickupCode: event.pickupCode, lines }), options));
      return;
    }
    case "DELIVERED":
      await markDelivered(tx, actor, ref, options);
      return;
  }
}

export interface ReportedEvent {
  status: number;
  fulfillment: ApiFulfillment;
  replayed: boolean;
}

/**
 * Runs the event once per (API key, Idempotency-Key): a replay with the same fulfilment order and
 * body answers the first result and changes nothing; the same key with anything else is a 409.
 * A refusal (4xx) rolls everything back, the key's claim included.
 */
export async function reportFulfillmentEvent(
  actor: FulfillmentActor,
  input: { fulfillmentOrderId: string; idempotencyKey: string; event: FulfillmentEvent },
  options: { now?: Date } = {},
): Promise<ReportedEvent> {
  const hash = requestHash({ fulfillmentOrderId: input.fulfillmentOrderId, event: input.event });
  const result = await withTx((tx) =>
    runIdempotent(tx, { apiKeyId: actor.id, key: input.idempotencyKey, requestHash: hash }, async () => {
      const before = await getFulfillmentWork(tx, actor, { id: input.fulfillmentOrderId });
      await applyEvent(tx, actor, before, input.event, options);
      const after = await getFulfillmentWork(tx, actor, { id: input.fulfillmentOrderId });
      return { status: 200, body: toApiFulfillment(after) as unknown as Prisma.InputJsonValue };
    }),
  );
  return { status: result.status, fulfillment: result.body as ApiFulfillment, replayed: result.replayed };
}
