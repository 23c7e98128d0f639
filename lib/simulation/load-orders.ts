// The past orders a what-if simulation replays: those placed in [from, to), read in pages in the
// order they were placed (keyset on placedAt, id), each with its lines as the sourcing engine saw
// them at capture. Lines added by a later change are left out (they were not part of the order the
// engine sourced); an order with no such line is skipped.
import type { Sql } from "@/lib/db";

export interface SimLine {
  /** The order line's id: the engine's line id, so plans and explanations name real lines. */
  id: string;
  sku: string;
  skuId: string;
  /** The SKU's category code, for the rules' category exclusions. */
  category: string;
  /** Units ordered (cancellations after capture do not change what the engine was asked). */
  qty: number;
  mode: "SHIP" | "PICKUP";
  pickupNode?: string;
}

export interface SimOrder {
  id: string;
  number: string;
  placedAt: Date;
  /** The shipping address's point; for an order that only picks up, its (first) pickup store's. */
  destination: { lat: number; lng: number };
  lines: SimLine[];
}

/** Where the next page starts: after this order. */
export interface OrderCursor {
  placedAt: Date;
  id: string;
}

/** A line counts as captured with its order when it was written within this long of the order. */
const CAPTURED_WITH_ORDER = "interval '1 minute'";

const HAS_CAPTURED_LINE = `EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = o.id AND l."createdAt" <= o."createdAt" + ${CAPTURED_WITH_ORDER})`;

const iso = (d: Date) => d.toISOString();

/** Orders of the period a simulation replays (with at least one line). */
export async function countSimulationOrders(sql: Sql, period: { from: Date; to: Date }): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Order" o WHERE o."placedAt" >= $1::timestamp AND o."placedAt" < $2::timestamp AND ${HAS_CAPTURED_LINE}`,
    [iso(period.from), iso(period.to)],
  );
  return row?.n ?? 0;
}

/** Orders of the period up to and including `cursor` (those a resumed run has already been through). */
export async function countSimulationOrdersThrough(sql: Sql, period: { from: Date; to: Date }, cursor: OrderCursor): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Order" o
      WHERE o."placedAt" >= $1::timestamp AND o."placedAt" < $2::timestamp
        AND (o."placedAt", o.id) <= ($3::timestamp, $4::text) AND ${HAS_CAPTURED_LINE}`,
    [iso(period.from), iso(period.to), iso(cursor.placedAt), cursor.id],
  );
  return row?.n ?? 0;
}

interface OrderRow {
  id: string;
  number: string;
  placedAt: number;
  shipLat: number | null;
  shipLng: number | null;
  lines: Array<{ id: string; sku: string; skuId: string; category: string; qty: number; mode: "SHIP" | "PICKUP"; pickupNode: string | null; pickupLat: number | null; pickupLng: number | null }>;
}

const PAGE_SQL = `
  WITH page AS (
    SELECT o.id, o.number, o."placedAt", o."createdAt", o."shipLat", o."shipLng"
      FROM "Order" o
     WHERE o."placedAt" >= $1::timestamp AND o."placedAt" < $2::timestamp
       AND ($3::timestamp IS NULL OR (o."placedAt", o.id) > ($3::timestamp, $4::text))
       AND ${HAS_CAPTURED_LINE}
     ORDER BY o."placedAt", o.id
     LIMIT $5
  )
  SELECT p.id, p.number, (extract(epoch FROM p."placedAt") * 1000)::float8 AS "placedAt", p."shipLat", p."shipLng",
         json_agg(json_build_object(
           'id', l.id, 'sku', s.code, 'skuId', s.id, 'category', c.code, 'qty', l.qty, 'mode', l."deliveryMode",
           'pickupNode', pn.code, 'pickupLat', pn.lat, 'pickupLng', pn.lng) ORDER BY l."lineNo") AS lines
    FROM page p
    JOIN "OrderLine" l ON l."orderId" = p.id AND l."createdAt" <= p."createdAt" + ${CAPTURED_WITH_ORDER}
    JOIN "Sku" s ON s.id = l."skuId"
    JOIN "Product" pr ON pr.id = s."productId"
    JOIN "Category" c ON c.id = pr."categoryId"
    LEFT JOIN "Node" pn ON pn.id = l."pickupNodeId"
   GROUP BY p.id, p.number, p."placedAt", p."shipLat", p."shipLng"
   ORDER BY p."placedAt", p.id`;

/** The next page of orders placed in [from, to) after `after` (from the start when null). */
export async function loadOrderPage(sql: Sql, period: { from: Date; to: Date }, after: OrderCursor | null, limit: number): Promise<SimOrder[]> {
  const rows = await sql.query<OrderRow>(PAGE_SQL, [iso(period.from), iso(period.to), after ? iso(after.placedAt) : null, after?.id ?? null, limit]);
  return rows.map(toSimOrder);
}

function toSimOrder(row: OrderRow): SimOrder {
  const lines: SimLine[] = row.lines.map((l) => ({
    id: l.id,
    sku: l.sku,
    skuId: l.skuId,
    category: l.category,
    qty: l.qty,
    mode: l.mode,
    ...(l.mode === "PICKUP" && l.pickupNode ? { pickupNode: l.pickupNode } : {}),
  }));
  // As capture does: the shipping point, else the first pickup store, else nowhere in particular.
  const pickup = row.lines.find((l) => l.mode === "PICKUP" && l.pickupLat !== null && l.pickupLng !== null);
  const destination =
    row.shipLat !== null && row.shipLng !== null
      ? { lat: row.shipLat, lng: row.shipLng }
      : pickup
        ? { lat: pickup.pickupLat!, lng: pickup.pickupLng! }
        : { lat: 0, lng: 0 };
  return { id: row.id, number: row.number, placedAt: new Date(row.placedAt), destination, lines };
}
