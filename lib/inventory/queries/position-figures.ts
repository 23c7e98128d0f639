// Positions with every stock figure, for systems (GET /api/v1/inventory): on hand, reserved, safety
// stock, ATP, in transit with the next ETA, and on demand at the node, page by page in a stable order
// (node code, SKU code). A fulfilment key sees only the nodes it is bound to. The figures are the
// shared definitions of ./sql.ts (docs/inventory.md "The figures").
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { assertStoreScope, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError, fieldIssue } from "@/lib/errors";
import { ATP_SQL, inTransitByNodeSku, openDemandByNodeSku } from "./sql";
import { isStoreAssociate } from "./scope";

export const POSITION_FIGURES_MAX_LIMIT = 500;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const positionFiguresQuerySchema = z.object({
  /** SKU code (any letter case) or barcode. */
  sku: z.preprocess(emptyToUndefined, z.string().trim().min(1).max(64).optional()),
  /** Node code. */
  node: z.preprocess(emptyToUndefined, z.string().trim().min(1).max(40).optional()),
  cursor: z.preprocess(emptyToUndefined, z.string().max(200, "API_CURSOR_UNKNOWN").optional()),
  limit: z.preprocess(emptyToUndefined, z.coerce.number({ error: "NOT_INTEGER" }).int().min(1).max(POSITION_FIGURES_MAX_LIMIT).optional()),
});
export type PositionFiguresQuery = z.input<typeof positionFiguresQuerySchema>;

export interface PositionFigures {
  node: string;
  sku: string;
  onHand: number;
  reserved: number;
  safetyStock: number;
  /** Available to promise: on hand - reserved - safety stock, never below 0. */
  atp: number;
  /** Units of purchase orders and transfers on their way to the node, not yet received. */
  inTransit: number;
  /** The earliest ETA of that supply (ISO 8601), or null. */
  nextEta: string | null;
  /** Open order units held at this node and not yet shipped or handed over. */
  onDemand: number;
}

export interface PositionFiguresPage {
  items: PositionFigures[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

const encodeCursor = (node: string, sku: string) => Buffer.from(JSON.stringify([node, sku])).toString("base64url");

function decodeCursor(cursor: string): [string, string] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "string")) return v as [string, string];
  } catch {
    // falls through to the refusal
  }
  throw new ValidationError({ cursor: fieldIssue("API_CURSOR_UNKNOWN") });
}

/** The node ids the actor may read (null: every node), narrowed to `node` when given. */
async function nodeScope(db: Db | Tx, actor: Actor, nodeCode: string | undefined): Promise<string[] | null> {
  if (nodeCode) {
    const node = await db.node.findUnique({ where: { code: nodeCode }, select: { id: true } });
    // A key or an associate learns nothing about nodes outside its scope, not even that they exist.
    if (!node && (actor.kind === "apiKey" || isStoreAssociate(actor))) throw new ForbiddenError("NOT_YOUR_NODE");
    if (!node) throw new NotFoundError("node", nodeCode);
    assertStoreScope(actor, node.id);
    return [node.id];
  }
  if (actor.kind === "apiKey") {
    if (actor.role !== "FULFILLMENT") throw new ForbiddenError("NOT_YOUR_NODE");
    return actor.nodeIds;
  }
  if (isStoreAssociate(actor)) return actor.storeId ? [actor.storeId] : [];
  return null;
}

export async function listPositionFigures(db: Db | Tx, actor: Actor, query: z.output<typeof positionFiguresQuerySchema>): Promise<PositionFiguresPage> {
  const limit = query.limit ?? 100;
  const nodeIds = await nodeScope(db, actor, query.node);
  if (nodeIds && !nodeIds.length) return { items: [], nextCursor: null };
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const conditions: Prisma.Sql[] = [];
  if (nodeIds) conditions.push(Prisma.sql`p."nodeId" IN (${Prisma.join(nodeIds)})`);
  if (query.sku) conditions.push(Prisma.sql`(UPPER(s.code) = UPPER(${query.sku}) OR s.barcode = ${query.sku})`);
  if (after) conditions.push(Prisma.sql`(n.code, s.code) > (${after[0]}, ${after[1]})`);
  const where = conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
  const inPage = Prisma.sql`("nodeId", "skuId") IN (SELECT "nodeId", "skuId" FROM page)`;
  const rows = await db.$queryRaw<Array<Omit<PositionFigures, "nextEta"> & { nextEta: Date | null }>>`
    WITH page AS (
      SELECT p."nodeId", p."skuId", n.code AS node, s.code AS sku, p."onHand", p.reserved, p."safetyStock", ${ATP_SQL} AS atp
        FROM "InventoryPosition" p
        JOIN "Node" n ON n.id = p."nodeId"
        JOIN "Sku" s ON s.id = p."skuId"
       WHERE ${where}
       ORDER BY n.code, s.code
       LIMIT ${limit + 1}
    )
    SELECT page.node, page.sku, page."onHand", page.reserved, page."safetyStock", page.atp::int AS atp,
           COALESCE(t.qty, 0)::int AS "inTransit", t.eta AS "nextEta", COALESCE(d.demand, 0)::int AS "onDemand"
      FROM page
      LEFT JOIN (${inTransitByNodeSku(Prisma.sql`(sh."toNodeId", l."skuId") IN (SELECT "nodeId", "skuId" FROM page)`)}) t ON t."nodeId" = page."nodeId" AND t."skuId" = page."skuId"
      LEFT JOIN (${openDemandByNodeSku(inPage)}) d ON d."nodeId" = page."nodeId" AND d."skuId" = page."skuId"
     ORDER BY page.node, page.sku`;
  const more = rows.length > limit;
  const items = rows.slice(0, limit).map((r) => ({ ...r, nextEta: r.nextEta ? r.nextEta.toISOString() : null }));
  const last = items.at(-1);
  return { items, nextCursor: more && last ? encodeCursor(last.node, last.sku) : null };
}
