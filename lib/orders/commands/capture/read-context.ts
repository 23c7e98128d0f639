// Capture, step 1: everything an order needs to be validated, priced, held and sourced, read in one
// statement (catalogue rows of its SKUs, the customer, the promo code, which rule sets are
// published, the stock of its SKUs and their next inbound supply), plus the network from the
// in-memory cache (lib/orders/sourcing/network-cache.ts).
import { epochMs, type Sql, type SqlPool } from "@/lib/db";
import type { RuleDefinitions } from "@/lib/rules/client";
import { NODES_STAMP_SQL, networkNodes, publishedRefsSql, publishedRules, unitsUsedToday, type CachedNode, type PublishedRef } from "../../sourcing/network-cache";
import { withShadowPrices } from "../../sourcing/shadow-prices";
import type { PromoInput } from "../../pricing";
import type { CaptureOrderInput } from "../../schemas";

export interface SkuRow {
  id: string;
  code: string;
  name: string;
  priceMinor: number;
  currency: string;
  active: boolean;
  /** The SKU's category code (sourcing rules may exclude a category at some nodes). */
  category: string;
}

export interface CustomerRow {
  id: string;
  firstName: string;
  locale: string;
  phone: string | null;
  hasOrders: boolean;
  addresses: Array<{ line1: string; postalCode: string }>;
}

export type PromoRow = Omit<PromoInput, "description">;

export interface CaptureContext {
  /** The order number's sequence value, when one was asked for. */
  seq: string | null;
  skus: SkuRow[];
  customer: CustomerRow | null;
  promo: PromoRow | null;
  nodes: { list: CachedNode[]; byCode: Map<string, CachedNode>; byId: Map<string, CachedNode> };
  sourcing: { definition: RuleDefinitions["SOURCING"]; ruleSetId: string | null };
  holds: { definition: RuleDefinitions["HOLDS"]; ruleSetId: string | null };
  /** node id -> units released today */
  usedToday: Map<string, number>;
  /** available to promise (on hand - reserved - safety stock, never below 0) by node id and SKU id */
  positions: Array<{ id: string; nodeId: string; skuId: string; available: number }>;
  /** the earliest inbound supply in transit per SKU id */
  inbound: Map<string, { nodeId: string; eta: Date }>;
}

interface Row {
  seq: string | null;
  skus: SkuRow[];
  nodesStamp: string;
  published: PublishedRef[];
  customer: (Omit<CustomerRow, "addresses"> & { addresses: CustomerRow["addresses"] | null }) | null;
  promo: (Omit<PromoRow, "validFrom" | "validUntil"> & { validFrom: number | null; validUntil: number | null }) | null;
  positions: Array<{ id: string; nodeId: string; skuId: string; available: number }>;
  inbound: Array<{ skuId: string; nodeId: string; eta: number }>;
}

function contextSql(byCustomerId: boolean): string {
  return `
  WITH s AS (SELECT k.id, k.code, k.name, k."priceMinor", k.currency, k.active, c.code AS category
               FROM "Sku" k JOIN "Product" p ON p.id = k."productId" JOIN "Category" c ON c.id = p."categoryId"
              WHERE k.code = ANY($1::text[]))
  SELECT
    CASE WHEN $4::boolean THEN nextval('order_number_seq')::text END AS seq,
    (SELECT coalesce(json_agg(s), '[]') FROM s) AS skus,
    ${NODES_STAMP_SQL} AS "nodesStamp",
    ${publishedRefsSql(["SOURCING", "HOLDS"])} AS published,
    (SELECT json_build_object(
              'id', c.id, 'firstName', c."firstName", 'locale', c.locale, 'phone', c.phone,
              'hasOrders', EXISTS (SELECT 1 FROM "Order" o WHERE o."customerId" = c.id),
              'addresses', (SELECT json_agg(json_build_object('line1', a.line1, 'postalCode', a."postalCode")) FROM "Address" a WHERE a."customerId" = c.id))
       FROM "Customer" c WHERE ${byCustomerId ? "c.id = $2" : "lower(c.email) = $2"} ORDER BY c."createdAt" ASC LIMIT 1) AS customer,
    (SELECT json_build_object('code', p.code, 'percentOff', p."percentOff", 'amountOffMinor', p."amountOffMinor", 'minSubtotalMinor', p."minSubtotalMinor",
              'active', p.active, 'validFrom', ${epochMs(`p."validFrom"`)}, 'validUntil', ${epochMs(`p."validUntil"`)})
       FROM "PromoCode" p WHERE p.code = $3) AS promo,
    (SELECT coalesce(json_agg(json_build_object('id', p.id, 'nodeId', p."nodeId", 'skuId', p."skuId", 'available', greatest(0, p."onHand" - p.reserved - p."safetyStock"))), '[]')
       FROM "InventoryPosition" p WHERE p."skuId" IN (SELECT id FROM s)) AS positions,
    (SELECT coalesce(json_agg(i), '[]') FROM (
       SELECT DISTINCT ON (l."skuId") l."skuId", sh."toNodeId" AS "nodeId", ${epochMs("sh.eta")} AS eta
         FROM "InboundShipmentLine" l JOIN "InboundShipment" sh ON sh.id = l."shipmentId"
        WHERE sh.status = 'IN_TRANSIT' AND l."skuId" IN (SELECT id FROM s)
        ORDER BY l."skuId", sh.eta ASC) i) AS inbound`;
}

// Built on first use rather than when the module loads: the contexts import each other (orders,
// fulfilment), and a module earlier in that cycle may not have defined its SQL yet at load time.
let contextSqls: { byId: string; byEmail: string } | null = null;
const contextSqlFor = (byId: boolean): string => {
  contextSqls ??= { byId: contextSql(true), byEmail: contextSql(false) };
  return byId ? contextSqls.byId : contextSqls.byEmail;
};

/**
 * Reads the order's context on `sql` (the pool, or a transaction that has locked the SKUs'
 * positions) and, with `drawNumber`, draws the order's number in the same statement. Numbers are
 * unique and increasing; one drawn for an order that is then refused is not reused (as with any
 * sequence, there can be gaps).
 */
export async function readCaptureContext(pool: SqlPool, sql: Sql, input: CaptureOrderInput, now: Date, drawNumber = true): Promise<CaptureContext> {
  const codes = [...new Set(input.lines.map((l) => l.sku))];
  const byId = Boolean(input.customerId);
  const [row] = await sql.query<Row>(contextSqlFor(byId), [codes, input.customerId ?? input.customer.email, input.promoCode ?? null, drawNumber], byId ? "capture-context-id" : "capture-context-email");
  const [nodes, sourcing, holds, usedToday] = await Promise.all([
    networkNodes(pool, sql, row.nodesStamp),
    // With networkPricing on, the latest shadow prices ride along with the rules into the snapshot.
    publishedRules(pool, sql, row.published, "SOURCING").then((rules) => withShadowPrices(pool, sql, rules)),
    publishedRules(pool, sql, row.published, "HOLDS"),
    unitsUsedToday(pool, sql, now),
  ]);
  return {
    seq: row.seq,
    skus: row.skus,
    customer: row.customer ? { ...row.customer, addresses: row.customer.addresses ?? [] } : null,
    promo: row.promo
      ? { ...row.promo, validFrom: row.promo.validFrom === null ? null : new Date(row.promo.validFrom), validUntil: row.promo.validUntil === null ? null : new Date(row.promo.validUntil) }
      : null,
    nodes,
    sourcing,
    holds,
    usedToday,
    positions: row.positions,
    inbound: new Map(row.inbound.map((i) => [i.skuId, { nodeId: i.nodeId, eta: new Date(i.eta) }])),
  };
}
