// Capture, steps 5 and 6, inside the order's one transaction: reserve the planned units with one
// conditional update (positions locked in the global order, SKU then node, as every command locks
// them) and draw the order number; then write every row in one statement.
import type { Sql } from "@/lib/db";
import type { DraftRows } from "./draft";

/** Column name and PostgreSQL type, as the Prisma schema's migrations create them. */
type Columns = Array<[string, string]>;

const TABLES: Array<{ key: keyof DraftRows; table: string; columns: Columns }> = [
  { key: "customer", table: "Customer", columns: [["id", "text"], ["number", "text"], ["firstName", "text"], ["lastName", "text"], ["email", "text"], ["phone", "text"], ["locale", "text"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"]] },
  { key: "address", table: "Address", columns: [["id", "text"], ["customerId", "text"], ["line1", "text"], ["line2", "text"], ["city", "text"], ["postalCode", "text"], ["country", "text"], ["lat", "float8"], ["lng", "float8"], ["isDefault", "boolean"], ["createdAt", "timestamp(3)"]] },
  {
    key: "order",
    table: "Order",
    columns: [
      ["id", "text"], ["number", "text"], ["channel", `"Channel"`], ["status", `"OrderStatus"`], ["customerId", "text"], ["email", "text"], ["phone", "text"],
      ["shipName", "text"], ["shipLine1", "text"], ["shipLine2", "text"], ["shipCity", "text"], ["shipPostalCode", "text"], ["shipCountry", "text"], ["shipLat", "float8"], ["shipLng", "float8"],
      ["currency", "text"], ["subtotalMinor", "int"], ["shippingMinor", "int"], ["discountMinor", "int"], ["taxMinor", "int"], ["totalMinor", "int"], ["promoCode", "text"],
      ["placedAt", "timestamp(3)"], ["promisedDate", "timestamp(3)"], ["createdBy", "text"], ["version", "int"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
    ],
  },
  {
    key: "lines",
    table: "OrderLine",
    columns: [
      ["id", "text"], ["orderId", "text"], ["lineNo", "int"], ["skuId", "text"], ["qty", "int"], ["unitPriceMinor", "int"], ["discountMinor", "int"], ["deliveryMode", `"DeliveryMode"`],
      ["pickupNodeId", "text"], ["status", `"LineStatus"`], ["promisedDate", "timestamp(3)"], ["version", "int"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
    ],
  },
  { key: "holds", table: "OrderHold", columns: [["id", "text"], ["orderId", "text"], ["type", `"HoldType"`], ["reason", "text"], ["createdAt", "timestamp(3)"]] },
  {
    key: "fulfillmentOrders",
    table: "FulfillmentOrder",
    columns: [
      ["id", "text"], ["number", "text"], ["orderId", "text"], ["nodeId", "text"], ["deliveryMode", `"DeliveryMode"`], ["pickupNodeId", "text"], ["status", `"FulfillmentStatus"`],
      ["releasedAt", "timestamp(3)"], ["pickupCode", "text"], ["promisedDate", "timestamp(3)"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
    ],
  },
  { key: "fulfillmentLines", table: "FulfillmentOrderLine", columns: [["id", "text"], ["fulfillmentOrderId", "text"], ["orderLineId", "text"], ["qty", "int"]] },
  {
    key: "reservations",
    table: "Reservation",
    columns: [["id", "text"], ["orderLineId", "text"], ["fulfillmentOrderLineId", "text"], ["nodeId", "text"], ["skuId", "text"], ["qty", "int"], ["status", `"ReservationStatus"`], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"]],
  },
  {
    key: "decisions",
    table: "SourcingDecision",
    columns: [["id", "text"], ["orderId", "text"], ["reason", `"SourcingReason"`], ["ruleSetId", "text"], ["input", "jsonb"], ["plan", "jsonb"], ["explanation", "jsonb"], ["costMinor", "int"], ["createdAt", "timestamp(3)"]],
  },
  {
    key: "payments",
    table: "PaymentTransaction",
    columns: [["id", "text"], ["orderId", "text"], ["type", `"PaymentType"`], ["amountMinor", "int"], ["currency", "text"], ["method", "text"], ["reference", "text"], ["note", "text"], ["createdBy", "text"], ["createdAt", "timestamp(3)"]],
  },
  {
    key: "events",
    table: "OrderEvent",
    columns: [["id", "text"], ["orderId", "text"], ["type", "text"], ["actorType", `"ActorType"`], ["actorId", "text"], ["actorName", "text"], ["reason", "text"], ["data", "jsonb"], ["createdAt", "timestamp(3)"]],
  },
  {
    key: "outbox",
    table: "OutboxMessage",
    columns: [
      ["id", "text"], ["channel", `"OutboxChannel"`], ["topic", "text"], ["orderId", "text"], ["recipient", "text"], ["subject", "text"], ["payload", "jsonb"], ["status", `"OutboxStatus"`],
      ["attempts", "int"], ["nextAttemptAt", "timestamp(3)"], ["createdAt", "timestamp(3)"],
    ],
  },
];

const q = (name: string) => `"${name}"`;

/** One statement that inserts every table's rows from one JSON parameter each (parents and children: foreign keys are checked at its end). */
const INSERT_SQL = `WITH ${TABLES.map(
  ({ table, columns }, i) =>
    `i${i} AS (INSERT INTO ${q(table)} (${columns.map(([c]) => q(c)).join(", ")}) SELECT ${columns.map(([c]) => `x.${q(c)}`).join(", ")} FROM jsonb_to_recordset($${i + 1}::jsonb) AS x(${columns.map(([c, t]) => `${q(c)} ${t}`).join(", ")}))`,
).join(",\n")}
, claim AS (UPDATE "IdempotencyRecord" SET status = 201, "orderId" = $${TABLES.length + 2} WHERE id = $${TABLES.length + 1})
SELECT 1 AS done`;

export async function insertDraft(sql: Sql, rows: DraftRows, claimId: string | null, orderId: string): Promise<void> {
  await sql.query(INSERT_SQL, [...TABLES.map(({ key }) => JSON.stringify(rows[key])), claimId, orderId], "capture-insert");
}

const RESERVE_SQL = `
  WITH want AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS w("nodeId" text, "skuId" text, qty int)),
  locked AS (
    SELECT p.id, w.qty FROM "InventoryPosition" p JOIN want w ON w."nodeId" = p."nodeId" AND w."skuId" = p."skuId"
     ORDER BY p."skuId", p."nodeId" FOR UPDATE OF p),
  reserved AS (
    UPDATE "InventoryPosition" p SET reserved = p.reserved + l.qty, version = p.version + 1, "updatedAt" = now()
      FROM locked l WHERE p.id = l.id AND p."onHand" - p.reserved - p."safetyStock" >= l.qty
    RETURNING p.id),
  claim AS (
    INSERT INTO "IdempotencyRecord" (id, "apiKeyId", key, "requestHash", status, response)
    SELECT $2, $3, $4, $5, 0, '{}'::jsonb WHERE $3::text IS NOT NULL
    ON CONFLICT ("apiKeyId", key) DO NOTHING
    RETURNING id)
  SELECT (SELECT count(*)::int FROM reserved) AS reserved, nextval('order_number_seq')::text AS seq, (SELECT count(*)::int FROM claim) AS claimed`;

export interface Claim {
  id: string;
  apiKeyId: string;
  key: string;
  requestHash: string;
}

/**
 * Reserves the units (all or nothing is up to the caller: it compares `reserved` with the rows it
 * asked for), claims the idempotency key when there is one, and draws the order number.
 */
export async function reserveAndNumber(sql: Sql, reserve: Array<{ nodeId: string; skuId: string; qty: number }>, claim: Claim | null): Promise<{ reserved: number; seq: string; claimed: boolean }> {
  const [row] = await sql.query<{ reserved: number; seq: string; claimed: number }>(RESERVE_SQL, [
    JSON.stringify(reserve),
    claim?.id ?? null,
    claim?.apiKeyId ?? null,
    claim?.key ?? null,
    claim?.requestHash ?? null,
  ], "capture-reserve");
  return { reserved: row.reserved, seq: row.seq, claimed: row.claimed === 1 };
}

/** Locks every position of these SKUs in the global order (the fallback when optimistic reservation keeps losing races). */
export async function lockSkuPositions(sql: Sql, skuCodes: string[]): Promise<void> {
  await sql.query(`SELECT p.id FROM "InventoryPosition" p JOIN "Sku" s ON s.id = p."skuId" WHERE s.code = ANY($1::text[]) ORDER BY p."skuId", p."nodeId" FOR UPDATE OF p`, [skuCodes]);
}
