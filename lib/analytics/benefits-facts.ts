// The data behind the benefits calculator, read from the database for a window and cut into buckets
// (weeks or months in the reporting time zone): collected pickups (BOPIS), returns received by method
// (BORIS), and fulfilment orders shipped to customers from stores with the part that left from excess
// stock. Every figure is SQL over the orders, returns, fulfilment orders and the movement ledger; the
// arithmetic on them is lib/analytics/benefits.ts. Definitions: docs/benefits.md.
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { EMPTY_FACTS, type BenefitsFacts } from "./benefits";
import { REPORTING_TIME_ZONE, type KpiWindow } from "./kpis";

export type BucketUnit = "week" | "month";

export interface FactsBucket {
  /** "YYYY-MM-DD" (the Monday of a week) or "YYYY-MM" (a month), in the reporting time zone. */
  bucket: string;
  facts: BenefitsFacts;
}

/** Weeks up to 13 weeks of period, months beyond. */
export function bucketUnitFor(w: KpiWindow): BucketUnit {
  return w.to.getTime() - w.from.getTime() <= 92 * 86_400_000 ? "week" : "month";
}

function localDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** The bucket a calendar day ("YYYY-MM-DD") falls in: its ISO week's Monday, or its month. */
export function bucketOfDay(day: string, unit: BucketUnit): string {
  if (unit === "month") return day.slice(0, 7);
  const d = new Date(`${day}T12:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/** Every bucket the window touches, oldest first. */
export function bucketsOf(w: KpiWindow, unit: BucketUnit, timeZone = REPORTING_TIME_ZONE): string[] {
  const last = localDay(new Date(w.to.getTime() - 1), timeZone);
  const out: string[] = [];
  for (let d = new Date(`${localDay(w.from, timeZone)}T12:00:00Z`); ; d = new Date(d.getTime() + 86_400_000)) {
    const day = d.toISOString().slice(0, 10);
    const b = bucketOfDay(day, unit);
    if (out.at(-1) !== b) out.push(b);
    if (day >= last || out.length > 400) break;
  }
  return out;
}

const bucketSql = (column: Prisma.Sql, unit: BucketUnit, timeZone: string) =>
  unit === "month"
    ? Prisma.sql`to_char((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM')`
    : Prisma.sql`to_char(date_trunc('week', (${column} AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}), 'YYYY-MM-DD')`;

const within = (column: Prisma.Sql, w: KpiWindow) => Prisma.sql`${column} >= ${w.from} AND ${column} < ${w.to}`;

/** Value of `units` of an order line as the buyer pays for them: unit price, less the line discount's share. */
const lineValue = (units: Prisma.Sql) => Prisma.sql`(${units})::numeric * (ol."unitPriceMinor" * ol.qty - ol."discountMinor") / NULLIF(ol.qty, 0)`;

const CATEGORY_JOIN = Prisma.sql`JOIN "Sku" s ON s.id = ol."skuId" JOIN "Product" p ON p.id = s."productId" JOIN "Category" c ON c.id = p."categoryId"`;

/** Pickup line statuses whose units the customer collected (a return later does not undo the visit). */
const COLLECTED = Prisma.sql`('PICKED_UP', 'RETURN_REQUESTED', 'RETURNED')`;

type Num = number | string | null;
const num = (v: Num) => (v === null ? 0 : Math.round(Number(v)));

export async function readBenefitsFacts(db: Db | Tx, w: KpiWindow, unit: BucketUnit, timeZone = REPORTING_TIME_ZONE): Promise<FactsBucket[]> {
  const placed = bucketSql(Prisma.sql`o."placedAt"`, unit, timeZone);
  const received = bucketSql(Prisma.sql`r."receivedAt"`, unit, timeZone);

  const [bopisRows, bopisLegs, uncollected, borisRows, sfsRows] = await Promise.all([
    // Collected pickup lines of orders placed in the window: per bucket the orders and units, per category the value.
    db.$queryRaw<Array<{ bucket: string; category: string | null; orders: number; units: Num; value: Num }>>`
      SELECT ${placed} AS bucket, c.code AS category, COUNT(DISTINCT o.id)::int AS orders,
             SUM(ol.qty - ol."cancelledQty") AS units, SUM(${lineValue(Prisma.sql`ol.qty - ol."cancelledQty"`)}) AS value
      FROM "Order" o JOIN "OrderLine" ol ON ol."orderId" = o.id ${CATEGORY_JOIN}
      WHERE ${within(Prisma.sql`o."placedAt"`, w)} AND ol."deliveryMode" = 'PICKUP' AND ol.status IN ${COLLECTED}
      GROUP BY GROUPING SETS ((1, 2), (1))`,
    // Their fulfilment: transfer legs to the pickup store, and units picked in a store.
    db.$queryRaw<Array<{ bucket: string; transferLegs: number; storeUnits: Num }>>`
      SELECT ${placed} AS bucket,
             (COUNT(DISTINCT fo.id) FILTER (WHERE fo."nodeId" <> fo."pickupNodeId"))::int AS "transferLegs",
             SUM(fol.qty) FILTER (WHERE n.type = 'STORE') AS "storeUnits"
      FROM "Order" o
      JOIN "FulfillmentOrder" fo ON fo."orderId" = o.id AND fo."deliveryMode" = 'PICKUP' AND fo.status <> 'CANCELLED'
      JOIN "Node" n ON n.id = fo."nodeId"
      JOIN "FulfillmentOrderLine" fol ON fol."fulfillmentOrderId" = fo.id
      WHERE ${within(Prisma.sql`o."placedAt"`, w)}
        AND EXISTS (SELECT 1 FROM "OrderLine" ol WHERE ol."orderId" = o.id AND ol."deliveryMode" = 'PICKUP' AND ol.status IN ${COLLECTED})
      GROUP BY 1`,
    // Pickup orders placed in the window with nothing collected (open, expired or cancelled).
    db.$queryRaw<Array<{ bucket: string; orders: number }>>`
      SELECT ${placed} AS bucket, COUNT(*)::int AS orders
      FROM "Order" o
      WHERE ${within(Prisma.sql`o."placedAt"`, w)}
        AND EXISTS (SELECT 1 FROM "OrderLine" ol WHERE ol."orderId" = o.id AND ol."deliveryMode" = 'PICKUP')
        AND NOT EXISTS (SELECT 1 FROM "OrderLine" ol WHERE ol."orderId" = o.id AND ol."deliveryMode" = 'PICKUP' AND ol.status IN ${COLLECTED})
      GROUP BY 1`,
    // Returns received in the window (not refused), by method: returns, units received and their value.
    db.$queryRaw<Array<{ bucket: string; method: "IN_STORE" | "MAIL"; category: string | null; returns: number; units: Num; value: Num }>>`
      SELECT ${received} AS bucket, r.method::text AS method, c.code AS category, COUNT(DISTINCT r.id)::int AS returns,
             SUM(rl."receivedQty") AS units, SUM(rl."valueMinor"::numeric * rl."receivedQty" / NULLIF(rl.qty, 0)) AS value
      FROM "Return" r
      JOIN "ReturnLine" rl ON rl."returnId" = r.id AND rl."receivedQty" > 0
      JOIN "OrderLine" ol ON ol.id = rl."orderLineId" ${CATEGORY_JOIN}
      WHERE r."receivedAt" IS NOT NULL AND ${within(Prisma.sql`r."receivedAt"`, w)} AND r.status <> 'REJECTED'
      GROUP BY GROUPING SETS ((1, 2, 3), (1, 2))`,
    // Shipped fulfilment orders from stores to customers, of orders placed in the window. A unit left
    // from excess stock when the store's on hand before the shipment (ledger) was above its target
    // stock; unknown when the store has no target or the ledger has no row for the shipment.
    db.$queryRaw<Array<{ bucket: string; category: string | null; shipments: number; units: Num; value: Num; excessUnits: Num; excessValue: Num; unknownUnits: Num; unknownValue: Num }>>`
      WITH lines AS (
        SELECT ${placed} AS bucket, c.code AS category, fo.id AS fo, o.number, fo."nodeId", ol."skuId",
               fol.qty AS units, ${lineValue(Prisma.sql`fol.qty`)} AS value
        FROM "Order" o
        JOIN "FulfillmentOrder" fo ON fo."orderId" = o.id AND fo."deliveryMode" = 'SHIP' AND fo."shippedAt" IS NOT NULL AND fo.status <> 'CANCELLED'
        JOIN "Node" n ON n.id = fo."nodeId" AND n.type = 'STORE'
        JOIN "FulfillmentOrderLine" fol ON fol."fulfillmentOrderId" = fo.id AND fol.qty > 0
        JOIN "OrderLine" ol ON ol.id = fol."orderLineId" ${CATEGORY_JOIN}
        WHERE ${within(Prisma.sql`o."placedAt"`, w)}
      ), shipped AS (
        SELECT number, "nodeId", "skuId", SUM(units) AS units FROM lines GROUP BY 1, 2, 3
      ), levels AS (
        SELECT sh.*, NULLIF(ip."targetStock", 0) AS target,
               (SELECT MAX(m."onHandAfter" - m.qty) FROM "StockMovement" m
                 WHERE m."nodeId" = sh."nodeId" AND m."skuId" = sh."skuId" AND m.kind = 'SHIPMENT' AND m.reference = sh.number) AS before
        FROM shipped sh LEFT JOIN "InventoryPosition" ip ON ip."nodeId" = sh."nodeId" AND ip."skuId" = sh."skuId"
      ), excess AS (
        SELECT number, "nodeId", "skuId", units,
               CASE WHEN target IS NULL OR before IS NULL THEN NULL ELSE LEAST(units, GREATEST(0, before - target)) END AS excess
        FROM levels
      )
      SELECT l.bucket, l.category, COUNT(DISTINCT l.fo)::int AS shipments, SUM(l.units) AS units, SUM(l.value) AS value,
             SUM(l.units::numeric * e.excess / e.units) AS "excessUnits", SUM(l.value * e.excess / e.units) AS "excessValue",
             SUM(l.units) FILTER (WHERE e.excess IS NULL) AS "unknownUnits", SUM(l.value) FILTER (WHERE e.excess IS NULL) AS "unknownValue"
      FROM lines l JOIN excess e ON e.number = l.number AND e."nodeId" = l."nodeId" AND e."skuId" = l."skuId"
      GROUP BY GROUPING SETS ((1, 2), (1))`,
  ]);

  const buckets = new Map<string, BenefitsFacts>(bucketsOf(w, unit, timeZone).map((b) => [b, structuredClone(EMPTY_FACTS)]));
  const at = (b: string) => {
    let f = buckets.get(b);
    if (!f) buckets.set(b, (f = structuredClone(EMPTY_FACTS)));
    return f;
  };

  for (const r of bopisRows) {
    const f = at(r.bucket).bopis;
    if (r.category === null) Object.assign(f, { orders: r.orders, units: num(r.units), valueMinor: num(r.value) });
    else f.valueByCategory[r.category] = num(r.value);
  }
  for (const r of bopisLegs) Object.assign(at(r.bucket).bopis, { transferLegs: r.transferLegs, storeUnits: num(r.storeUnits) });
  for (const r of uncollected) at(r.bucket).bopis.uncollectedOrders = r.orders;
  for (const r of borisRows) {
    const f = at(r.bucket).boris;
    if (r.method === "IN_STORE") {
      if (r.category === null) Object.assign(f, { inStoreReturns: r.returns, inStoreUnits: num(r.units), inStoreValueMinor: num(r.value) });
      else f.inStoreValueByCategory[r.category] = num(r.value);
    } else if (r.category === null) Object.assign(f, { mailReturns: r.returns, mailUnits: num(r.units), mailValueMinor: num(r.value) });
  }
  for (const r of sfsRows) {
    const f = at(r.bucket).shipFromStore;
    if (r.category !== null) f.valueByCategory[r.category] = num(r.value);
    else
      Object.assign(f, {
        shipments: r.shipments,
        units: num(r.units),
        valueMinor: num(r.value),
        excessUnits: num(r.excessUnits),
        excessValueMinor: num(r.excessValue),
        unknownUnits: num(r.unknownUnits),
        unknownValueMinor: num(r.unknownValue),
      });
  }
  return [...buckets.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([bucket, facts]) => ({ bucket, facts }));
}
