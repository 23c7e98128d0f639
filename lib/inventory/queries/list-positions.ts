// Live inventory per node and SKU for the supply-chain screen: on hand, reserved, in transit, open
// demand, safety stock and ATP, with search, filters and pagination (all state from the URL).
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { NodeType } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth";
import { availableToPromise, isBelowSafetyStock, isOutOfStock, isStocked } from "../atp";
import { BELOW_SAFETY_SQL, OUT_OF_STOCK_SQL, inTransitByNodeSku, likePattern, openDemandBySku } from "./sql";
import { resolveNodeScope } from "./scope";

const code = z.string().trim().min(1).max(60);
const flag = z.preprocess((v) => v === true || v === "1" || v === "true" || v === "on", z.boolean());

export const listPositionsInputSchema = z.object({
  /** Part of a SKU code or name. */
  q: z.string().trim().max(100).optional(),
  /** A node's code. */
  node: code.optional(),
  /** A category's code. */
  category: code.optional(),
  /** Only positions out of stock or below their safety stock. */
  problems: flag.default(false),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListPositionsInput = z.input<typeof listPositionsInputSchema>;

export interface PositionRow {
  id: string;
  node: { code: string; name: string; type: NodeType };
  sku: { code: string; name: string };
  category: { code: string; name: string };
  onHand: number;
  reserved: number;
  safetyStock: number;
  targetStock: number;
  /** Units inbound to this node (IN_TRANSIT shipments, not yet received). */
  inTransit: number;
  /** Earliest ETA of those shipments (ISO), null when nothing is in transit. */
  nextEta: string | null;
  /** The SKU's network-wide open demand (see openDemandBySku). */
  onDemand: number;
  atp: number;
  /** False when the node does not carry the SKU (nothing wanted, nothing on hand). */
  stocked: boolean;
  outOfStock: boolean;
  belowSafety: boolean;
}

export interface PositionPage {
  rows: PositionRow[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
}

interface RawRow {
  id: string;
  nodeCode: string;
  nodeName: string;
  nodeType: NodeType;
  skuCode: string;
  skuName: string;
  categoryCode: string;
  categoryName: string;
  onHand: number;
  reserved: number;
  safetyStock: number;
  targetStock: number;
  inTransit: number;
  nextEta: Date | null;
  onDemand: number;
}

export async function listInventoryPositions(db: Db | Tx, actor: Actor, input: ListPositionsInput = {}): Promise<PositionPage> {
  authorize(actor, "inventory.view");
  const { q, node, category, problems, page, pageSize } = listPositionsInputSchema.parse(input);
  const nodeId = await resolveNodeScope(db, actor, node);

  const conditions: Prisma.Sql[] = [];
  if (nodeId) conditions.push(Prisma.sql`p."nodeId" = ${nodeId}`);
  if (q) conditions.push(Prisma.sql`(s.code ILIKE ${likePattern(q)} OR s.name ILIKE ${likePattern(q)})`);
  if (category) conditions.push(Prisma.sql`c.code = ${category}`);
  if (problems) conditions.push(Prisma.sql`(${OUT_OF_STOCK_SQL} OR ${BELOW_SAFETY_SQL})`);
  const where = conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
  const from = Prisma.sql`
    FROM "InventoryPosition" p
    JOIN "Node" n ON n.id = p."nodeId"
    JOIN "Sku" s ON s.id = p."skuId"
    JOIN "Product" pr ON pr.id = s."productId"
    JOIN "Category" c ON c.id = pr."categoryId"`;

  const [{ total }] = await db.$queryRaw<Array<{ total: number }>>`SELECT COUNT(*)::int AS total ${from} WHERE ${where}`;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pages);

  // The page is cut first, then only its rows get their supply and demand figures.
  const raw = await db.$queryRaw<RawRow[]>`
    WITH page AS MATERIALIZED (
      SELECT p.id, p."nodeId", p."skuId", p."onHand", p.reserved, p."safetyStock", p."targetStock",
             n.code AS "nodeCode", n.name AS "nodeName", n.type::text AS "nodeType",
             s.code AS "skuCode", s.name AS "skuName", c.code AS "categoryCode", c.name AS "categoryName",
             n.type AS "sortType"
      ${from}
      WHERE ${where}
      ORDER BY s.code, n.type, n.code
      LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}
    ),
    transit AS (${inTransitByNodeSku(Prisma.sql`(sh."toNodeId", l."skuId") IN (SELECT "nodeId", "skuId" FROM page)`)}),
    demand AS (${openDemandBySku(Prisma.sql`ol."skuId" IN (SELECT "skuId" FROM page)`)})
    SELECT page.id, page."nodeCode", page."nodeName", page."nodeType", page."skuCode", page."skuName",
           page."categoryCode", page."categoryName", page."onHand", page.reserved, page."safetyStock", page."targetStock",
           COALESCE(transit.qty, 0)::int AS "inTransit", transit.eta AS "nextEta", COALESCE(demand.demand, 0)::int AS "onDemand"
    FROM page
    LEFT JOIN transit ON transit."nodeId" = page."nodeId" AND transit."skuId" = page."skuId"
    LEFT JOIN demand ON demand."skuId" = page."skuId"
    ORDER BY page."skuCode", page."sortType", page."nodeCode"`;

  return {
    rows: raw.map((r) => ({
      id: r.id,
      node: { code: r.nodeCode, name: r.nodeName, type: r.nodeType },
      sku: { code: r.skuCode, name: r.skuName },
      category: { code: r.categoryCode, name: r.categoryName },
      onHand: r.onHand,
      reserved: r.reserved,
      safetyStock: r.safetyStock,
      targetStock: r.targetStock,
      inTransit: r.inTransit,
      nextEta: r.nextEta ? new Date(r.nextEta).toISOString() : null,
      onDemand: r.onDemand,
      atp: availableToPromise(r),
      stocked: isStocked(r),
      outOfStock: isOutOfStock(r),
      belowSafety: isBelowSafetyStock(r),
    })),
    total,
    page: current,
    pageSize,
    pages,
  };
}
