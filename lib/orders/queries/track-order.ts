// The buyer's public tracking lookup: order number + e-mail, both must match. A wrong e-mail and an
// unknown number give the same answer, so the page cannot be used to discover order numbers, and
// the answer carries as little personal data as possible (first name, no address, no phone).
// The public page goes through lookUpTracking: attempts are limited per client address, and found
// and not found take the same time (one constant-time comparison on both paths, then a floor).
import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { zodFieldIssues, type FieldIssues } from "@/lib/errors";
import { hit } from "@/lib/security";
import type { DeliveryMode, FulfillmentStatus, LineStatus, OrderStatus } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { epochMs, maybeSqlFor, type Db, type Sql, type Tx, type WithEpochMs } from "@/lib/db";

export const trackOrderInput = z.object({
  number: z.string().trim().min(1).max(40),
  email: z.string().trim().min(1).max(254).pipe(z.email()),
});
export type TrackOrderInput = z.input<typeof trackOrderInput>;

export interface TrackedPart {
  /** A stable key for the UI; the fulfilment order number. */
  key: string;
  mode: DeliveryMode;
  status: FulfillmentStatus;
  from: { name: string; city: string; timeZone: string };
  /** Where a pickup part is collected. */
  pickupStore: { name: string; city: string; addressLine1: string; timeZone: string } | null;
  promisedDate: Date | null;
  shippedAt: Date | null;
  readyAt: Date | null;
  deliveredAt: Date | null;
  pickedUpAt: Date | null;
  /** Only while the part waits at the store (READY_FOR_PICKUP); never before, never after. */
  pickupCode: string | null;
  items: Array<{ name: string; qty: number }>;
}

export interface TrackedOrder {
  number: string;
  status: OrderStatus;
  placedAt: Date;
  firstName: string;
  promisedDate: Date | null;
  parts: TrackedPart[];
  /** Units in no part: WAITING for stock (backordered, not yet sourced) or CANCELLED. */
  unassigned: Array<{ name: string; qty: number; kind: "WAITING" | "CANCELLED"; lineStatus: LineStatus }>;
}

export type TrackOrderResult = { found: true; order: TrackedOrder } | { found: false };

const NOT_FOUND: TrackOrderResult = { found: false };

/** Input must already be parsed with trackOrderInput (the page shows its field errors). */
export async function trackOrder(db: Db | Tx, input: z.output<typeof trackOrderInput>): Promise<TrackOrderResult> {
  const number = input.number.trim();
  const email = input.email.trim().toLowerCase();
  // Buyers retype numbers from e-mails in any case; numbers are unique, so try the usual spellings.
  const numbers = [...new Set([number, number.toUpperCase()])];
  const pool = maybeSqlFor(db);
  const order = pool ? await trackedRowSql(pool, numbers) : await trackedRowPrisma(db, numbers);
  // The same comparison whether the number exists or not (against an empty e-mail when it does not).
  const matches = timingSafeEqual(digest(order ? order.email.trim().toLowerCase() : ""), digest(email));
  if (!order || !matches) return NOT_FOUND;

  const assigned = new Map<string, number>();
  for (const fo of order.fulfillmentOrders) {
    if (fo.status === "CANCELLED") continue;
    for (const l of fo.lines) assigned.set(l.orderLineId, (assigned.get(l.orderLineId) ?? 0) + l.qty);
  }
  return {
    found: true,
    order: {
      number: order.number,
      status: order.status,
      placedAt: order.placedAt,
      firstName: order.customer.firstName,
      promisedDate: order.promisedDate,
      parts: order.fulfillmentOrders
        .filter((fo) => fo.status !== "CANCELLED")
        .map((fo) => ({
          key: fo.number,
          mode: fo.deliveryMode,
          status: fo.status,
          from: fo.node,
          pickupStore: fo.deliveryMode === "PICKUP" ? fo.pickupNode : null,
          promisedDate: fo.promisedDate,
          shippedAt: fo.shippedAt,
          readyAt: fo.readyAt,
          deliveredAt: fo.deliveredAt,
          pickedUpAt: fo.pickedUpAt,
          pickupCode: fo.status === "READY_FOR_PICKUP" ? fo.pickupCode : null,
          items: fo.lines.map((l) => ({ name: l.orderLine.sku.name, qty: l.qty })),
        })),
      unassigned: order.lines
        .flatMap((l) => [
          { name: l.sku.name, lineStatus: l.status, kind: "WAITING" as const, qty: l.qty - l.cancelledQty - (assigned.get(l.id) ?? 0) },
          { name: l.sku.name, lineStatus: l.status, kind: "CANCELLED" as const, qty: l.cancelledQty },
        ])
        .filter((l) => l.qty > 0),
    },
  };
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Lookups allowed per client address (found or not), per window. */
export const TRACK_LIMIT = { limit: 20, windowMs: 15 * 60_000 } as const;
/** Every lookup answers after at least this long, found or not (well above the lookup's own time). */
export const TRACK_MIN_DURATION_MS = 400;

export type TrackLookupResult =
  | { status: "found"; order: TrackedOrder }
  | { status: "notFound" }
  | { status: "throttled"; retryAfterSeconds: number }
  | { status: "invalid"; fieldErrors: FieldIssues };

/**
 * The public page's lookup: validates the input (field errors, nothing counted), counts the attempt
 * against the client's address (refused past TRACK_LIMIT), then looks the order up and answers no
 * sooner than `minDurationMs` after the start, found or not.
 */
export async function lookUpTracking(
  db: Db,
  raw: unknown,
  options: { clientAddress: string; minDurationMs?: number },
): Promise<TrackLookupResult> {
  const started = Date.now();
  const parsed = trackOrderInput.safeParse(raw);
  if (!parsed.success) return { status: "invalid", fieldErrors: zodFieldIssues(parsed.error) };
  const allowed = await hit(`track:ip:${options.clientAddress}`, { ...TRACK_LIMIT, db });
  if (!allowed.allowed) return { status: "throttled", retryAfterSeconds: allowed.retryAfterSeconds };
  const result = await trackOrder(db, parsed.data);
  const wait = started + (options.minDurationMs ?? TRACK_MIN_DURATION_MS) - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return result.found ? { status: "found", order: result.order } : { status: "notFound" };
}

const TRACKED_SELECT = {
  number: true,
  status: true,
  placedAt: true,
  email: true,
  promisedDate: true,
  customer: { select: { firstName: true } },
  lines: { orderBy: { lineNo: "asc" }, select: { id: true, qty: true, cancelledQty: true, status: true, sku: { select: { name: true } } } },
  fulfillmentOrders: {
    orderBy: [{ createdAt: "asc" }, { number: "asc" }],
    select: {
      number: true,
      deliveryMode: true,
      status: true,
      pickupCode: true,
      promisedDate: true,
      shippedAt: true,
      readyAt: true,
      deliveredAt: true,
      pickedUpAt: true,
      node: { select: { name: true, city: true, timeZone: true } },
      pickupNode: { select: { name: true, city: true, addressLine1: true, timeZone: true } },
      lines: { select: { qty: true, orderLineId: true, orderLine: { select: { sku: { select: { name: true } } } } } },
    },
  },
} satisfies Prisma.OrderSelect;
type TrackedRow = Prisma.OrderGetPayload<{ select: typeof TRACKED_SELECT }>;

function trackedRowPrisma(db: Db | Tx, numbers: string[]): Promise<TrackedRow | null> {
  return db.order.findFirst({ where: { number: { in: numbers } }, select: TRACKED_SELECT });
}


/** The same row in one statement (buyers refresh this page; Prisma reads it in one query per relation). */
const TRACKED_SQL = `
  SELECT o.number, o.status, ${epochMs(`o."placedAt"`)} AS "placedAt", o.email, ${epochMs(`o."promisedDate"`)} AS "promisedDate",
         json_build_object('firstName', c."firstName") AS customer,
         (SELECT coalesce(json_agg(json_build_object('id', l.id, 'qty', l.qty, 'cancelledQty', l."cancelledQty", 'status', l.status, 'sku', json_build_object('name', s.name)) ORDER BY l."lineNo"), '[]')
            FROM "OrderLine" l JOIN "Sku" s ON s.id = l."skuId" WHERE l."orderId" = o.id) AS lines,
         (SELECT coalesce(json_agg(json_build_object(
                   'number', f.number, 'deliveryMode', f."deliveryMode", 'status', f.status, 'pickupCode', f."pickupCode",
                   'promisedDate', ${epochMs(`f."promisedDate"`)}, 'shippedAt', ${epochMs(`f."shippedAt"`)}, 'readyAt', ${epochMs(`f."readyAt"`)},
                   'deliveredAt', ${epochMs(`f."deliveredAt"`)}, 'pickedUpAt', ${epochMs(`f."pickedUpAt"`)},
                   'node', json_build_object('name', n.name, 'city', n.city, 'timeZone', n."timeZone"),
                   'pickupNode', CASE WHEN pn.id IS NULL THEN NULL ELSE json_build_object('name', pn.name, 'city', pn.city, 'addressLine1', pn."addressLine1", 'timeZone', pn."timeZone") END,
                   'lines', (SELECT coalesce(json_agg(json_build_object('qty', fl.qty, 'orderLineId', fl."orderLineId", 'orderLine', json_build_object('sku', json_build_object('name', s2.name)))), '[]')
                               FROM "FulfillmentOrderLine" fl JOIN "OrderLine" ol ON ol.id = fl."orderLineId" JOIN "Sku" s2 ON s2.id = ol."skuId"
                              WHERE fl."fulfillmentOrderId" = f.id))
                 ORDER BY f."createdAt", f.number), '[]')
            FROM "FulfillmentOrder" f JOIN "Node" n ON n.id = f."nodeId" LEFT JOIN "Node" pn ON pn.id = f."pickupNodeId"
           WHERE f."orderId" = o.id) AS "fulfillmentOrders"
    FROM "Order" o JOIN "Customer" c ON c.id = o."customerId"
   WHERE o.number = ANY($1::text[]) LIMIT 1`;

const date = (v: number | null) => (v === null ? null : new Date(v));

async function trackedRowSql(pool: Sql, numbers: string[]): Promise<TrackedRow | null> {
  type Part = TrackedRow["fulfillmentOrders"][number];
  const [row] = await pool.query<WithEpochMs<Omit<TrackedRow, "fulfillmentOrders">> & { fulfillmentOrders: Array<WithEpochMs<Part>> }>(TRACKED_SQL, [numbers], "track-order");
  if (!row) return null;
  return {
    ...row,
    placedAt: new Date(row.placedAt),
    promisedDate: date(row.promisedDate),
    fulfillmentOrders: row.fulfillmentOrders.map((f) => ({
      ...f,
      promisedDate: date(f.promisedDate),
      shippedAt: date(f.shippedAt),
      readyAt: date(f.readyAt),
      deliveredAt: date(f.deliveredAt),
      pickedUpAt: date(f.pickedUpAt),
    })),
  };
}

