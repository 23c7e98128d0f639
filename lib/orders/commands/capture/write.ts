// Capture, step 5: the order's one write, as one statement (its own transaction): reserve the
// planned units, claim the API's idempotency key, insert every row; or nothing at all.
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
      ["placedAt", "timestamp(3)"], ["promisedDate", "timestamp(3)"], ["sourcingRuleSetId", "text"], ["holdRuleSetId", "text"], ["createdBy", "text"], ["version", "int"],
      ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
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
    columns: [["id", "text"], ["orderId", "text"], ["reason", `"SourcingReason"`], ["ruleSetId", "text"], ["input", "jsonb"], ["stock", "jsonb"], ["plan", "jsonb"], ["explanation", "jsonb"], ["costMinor", "int"], ["createdAt", "timestamp(3)"]],
  },
  {
    key: "payments",
    table: "PaymentTransaction",
    columns: [
      ["id", "text"], ["orderId", "text"], ["type", `"PaymentType"`], ["amountMinor", "int"], ["currency", "text"], ["method", "text"], ["provider", "text"], ["reference", "text"], ["idempotencyKey", "text"],
      ["note", "text"], ["createdBy", "text"], ["createdAt", "timestamp(3)"],
    ],
  },
  {
    key: "paymentLinks",
    table: "PaymentLink",
    columns: [["id", "text"], ["token", "text"], ["orderId", "text"], ["amountMinor", "int"], ["currency", "text"], ["expiresAt", "timestamp(3)"], ["createdAt", "timestamp(3)"]],
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
const N = TABLES.length;
/** Parameters after the tables' rows. */
const P = { reserve: N + 1, expected: N + 2, claimId: N + 3, apiKeyId: N + 4, key: N + 5, hash: N + 6, orderId: N + 7 };

/**
 * The order's whole write as one statement, so one transaction with no round trip for BEGIN or
 * COMMIT. It locks the planned positions in the global order (SKU, then node) and checks each
 * still has the units; only if every one does (and the API's idempotency key is free) does it
 * reserve them, claim the key and insert every row. Otherwise it writes nothing and says why.
 * Foreign keys between the inserted rows are checked at the end of the statement.
 */
const WRITE_SQL = `
  WITH want AS (SELECT * FROM jsonb_to_recordset($${P.reserve}::jsonb) AS w(id text, qty int)),
  held AS (
    SELECT p.id, p."onHand" - p.reserved - p."safetyStock" AS free FROM "InventoryPosition" p
     WHERE p.id = ANY(ARRAY(SELECT id FROM want)) ORDER BY p."skuId", p."nodeId" FOR UPDATE),
  locked AS (SELECT h.id, w.qty, h.free >= w.qty AS ok FROM held h JOIN want w ON w.id = h.id),
  stock AS (SELECT count(*) FILTER (WHERE ok) = $${P.expected}::int AS ok FROM locked),
  claim AS (
    INSERT INTO "IdempotencyRecord" (id, "apiKeyId", key, "requestHash", status, response, "orderId")
    SELECT $${P.claimId}, $${P.apiKeyId}, $${P.key}, $${P.hash}, 201, '{}'::jsonb, $${P.orderId}
     WHERE $${P.apiKeyId}::text IS NOT NULL AND (SELECT ok FROM stock)
    ON CONFLICT ("apiKeyId", key) DO NOTHING
    RETURNING id),
  verdict AS (SELECT (SELECT ok FROM stock) AND ($${P.apiKeyId}::text IS NULL OR EXISTS (SELECT 1 FROM claim)) AS ok),
  reserved AS (
    UPDATE "InventoryPosition" p SET reserved = p.reserved + l.qty, version = p.version + 1, "updatedAt" = now()
      FROM locked l WHERE p.id = l.id AND (SELECT ok FROM verdict)
    RETURNING p.id),
${TABLES.map(
  ({ table, columns }, i) =>
    `  i${i} AS (INSERT INTO ${q(table)} (${columns.map(([c]) => q(c)).join(", ")})
    SELECT ${columns.map(([c]) => `x.${q(c)}`).join(", ")} FROM jsonb_to_recordset($${i + 1}::jsonb) AS x(${columns.map(([c, t]) => `${q(c)} ${t}`).join(", ")})
     WHERE (SELECT ok FROM verdict))`,
).join(",\n")}
  SELECT (SELECT ok FROM stock) AS stock, (SELECT count(*)::int FROM claim) AS claimed, (SELECT count(*)::int FROM reserved) AS reserved`;

export interface Claim {
  id: string;
  apiKeyId: string;
  key: string;
  requestHash: string;
}

export type WriteOutcome = "WRITTEN" | "STOCK_MOVED" | "KEY_TAKEN";

/** Writes the order (see WRITE_SQL), or nothing when the stock moved since the plan or the key is taken. */
export async function writeOrder(sql: Sql, input: { rows: DraftRows; reserve: Array<{ id: string; qty: number }>; orderId: string; claim: Claim | null }): Promise<WriteOutcome> {
  const { rows, reserve, claim } = input;
  const params: unknown[] = TABLES.map(({ key }) => JSON.stringify(rows[key]));
  params.push(JSON.stringify(reserve.map(({ id, qty }) => ({ id, qty }))), reserve.length, claim?.id ?? null, claim?.apiKeyId ?? null, claim?.key ?? null, claim?.requestHash ?? null, input.orderId);
  const [row] = await sql.query<{ stock: boolean; claimed: number; reserved: number }>(WRITE_SQL, params, "capture-write");
  if (!row.stock) return "STOCK_MOVED";
  if (claim && row.claimed !== 1) return "KEY_TAKEN";
  if (row.reserved !== reserve.length) throw new Error(`Capture reserved ${row.reserved} of ${reserve.length} positions it had checked and locked.`);
  return "WRITTEN";
}

/** Locks every position of these SKUs in the global order (the fallback when optimistic reservation keeps losing races). */
export async function lockSkuPositions(sql: Sql, skuCodes: string[]): Promise<void> {
  await sql.query(`SELECT p.id FROM "InventoryPosition" p JOIN "Sku" s ON s.id = p."skuId" WHERE s.code = ANY($1::text[]) ORDER BY p."skuId", p."nodeId" FOR UPDATE OF p`, [skuCodes]);
}
