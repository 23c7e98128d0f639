// Live inventory per node and SKU for the supply-chain screen: on hand, reserved, in transit, on
// demand at the node, safety stock, ATP and days of cover, sorted and filtered by any of them (all
// state from the URL), paged for the screen or streamed in batches for the CSV export.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { NodeType } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth";
import { getPublishedRules } from "@/lib/rules";
import { availableToPromise, isBelowSafetyStock, isOutOfStock, isStocked } from "../atp";
import { ATP_SQL, BELOW_SAFETY_SQL, DAYS_OF_COVER_SQL, OUT_OF_STOCK_SQL, inTransitByNodeSku, likePattern, openDemandByNodeSku, recentDemandByNodeSku } from "./sql";
import { resolveNodeScope } from "./scope";

const code = z.string().trim().min(1).max(60);
const count = z.coerce.number().int().min(0).max(1_000_000_000);

/** The figures a manager may sort positions by ("sku" is SKU code then node code). */
export const POSITION_SORTS = ["sku", "onHand", "reserved", "safetyStock", "atp", "inTransit", "nextEta", "onDemand", "daysOfCover"] as const;
export type PositionSort = (typeof POSITION_SORTS)[number];

/** Stock problems to filter on: "any" is out of stock, below safety or at risk. */
export const POSITION_PROBLEMS = ["any", "outOfStock", "belowSafety", "atRisk"] as const;
export type PositionProblem = (typeof POSITION_PROBLEMS)[number];

export const listPositionsInputSchema = z.object({
  /** Part of a SKU code or name. */
  q: z.string().trim().max(100).optional(),
  /** A node's code. */
  node: code.optional(),
  nodeType: z.enum(["DC", "STORE"]).optional(),
  /** A region: the node's country code. */
  region: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).optional(),
  /** A category's code. */
  category: code.optional(),
  problem: z.enum(POSITION_PROBLEMS).optional(),
  /** ATP range, both ends included. */
  atpMin: count.optional(),
  atpMax: count.optional(),
  sort: z.enum(POSITION_SORTS).default("sku"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListPositionsInput = z.input<typeof listPositionsInputSchema>;
export type ListPositionsFilters = z.output<typeof listPositionsInputSchema>;

export interface PositionRow {
  id: string;
  node: { code: string; name: string; type: NodeType; country: string };
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
  /** Open demand this node will serve: units of ACTIVE reservations here (openDemandByNodeSku). */
  onDemand: number;
  atp: number;
  /** Units that left the node for customers per day over the alert rules' demand window. */
  dailyDemand: number;
  /** ATP / daily demand; null when there is no recent demand. */
  daysOfCover: number | null;
  /** False when the node does not carry the SKU (nothing wanted, nothing on hand). */
  stocked: boolean;
  outOfStock: boolean;
  belowSafety: boolean;
  /** Days of cover under the alert rules' stock-out horizon. */
  atRisk: boolean;
}

export interface PositionPage {
  rows: PositionRow[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  /** The alert rules' figures the page used: at risk = days of cover under horizonDays. */
  horizonDays: number;
  demandWindowDays: number;
}

export interface PositionQueryOptions {
  /** The clock for recent demand (tests pin it). */
  now?: Date;
}

interface RawRow {
  id: string;
  nodeCode: string;
  nodeName: string;
  nodeType: NodeType;
  nodeCountry: string;
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
  daily: number;
  daysOfCover: number | null;
}

/** Sorts whose figure is a column of the position: the page can be cut before any figure is computed. */
const STORED_SORTS: Record<string, Prisma.Sql> = {
  sku: Prisma.sql`s.code`,
  onHand: Prisma.sql`p."onHand"`,
  reserved: Prisma.sql`p.reserved`,
  safetyStock: Prisma.sql`p."safetyStock"`,
  atp: ATP_SQL,
};
/** The same sorts over the computed rows (alias r). */
const ROW_SORTS: Record<PositionSort, Prisma.Sql> = {
  sku: Prisma.sql`r."skuCode"`,
  onHand: Prisma.sql`r."onHand"`,
  reserved: Prisma.sql`r.reserved`,
  safetyStock: Prisma.sql`r."safetyStock"`,
  atp: Prisma.sql`r.atp`,
  inTransit: Prisma.sql`r."inTransit"`,
  nextEta: Prisma.sql`r."nextEta"`,
  onDemand: Prisma.sql`r."onDemand"`,
  daysOfCover: Prisma.sql`r."daysOfCover"`,
};

/**
 * NULL days of cover means no recent demand (cover without end): last when the lowest come first,
 * first when the highest do. No ETA means nothing coming: always last.
 */
function rowOrder(sort: PositionSort, dir: "asc" | "desc"): Prisma.Sql {
  const d = dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const nulls = sort === "daysOfCover" && dir === "desc" ? Prisma.sql`NULLS FIRST` : Prisma.sql`NULLS LAST`;
  return Prisma.sql`${ROW_SORTS[sort]} ${d} ${nulls}, r."skuCode" ${d}, r."nodeCode" ASC`;
}

const FROM = Prisma.sql`
  FROM "InventoryPosition" p
  JOIN "Node" n ON n.id = p."nodeId"
  JOIN "Sku" s ON s.id = p."skuId"
  JOIN "Product" pr ON pr.id = s."productId"
  JOIN "Category" c ON c.id = pr."categoryId"`;

const BASE_COLUMNS = Prisma.sql`
  p.id, p."nodeId", p."skuId", p."onHand", p.reserved, p."safetyStock", p."targetStock", ${ATP_SQL} AS atp,
  n.code AS "nodeCode", n.name AS "nodeName", n.type::text AS "nodeType", n.country AS "nodeCountry",
  s.code AS "skuCode", s.name AS "skuName", c.code AS "categoryCode", c.name AS "categoryName"`;

interface Scope {
  /** Conditions on the stored columns (aliases p, n, s, c). */
  where: Prisma.Sql;
  /** Conditions on the computed figures (alias r), or null when none. */
  computed: Prisma.Sql | null;
  horizonDays: number;
  windowDays: number;
  now: Date;
}

async function resolveScope(db: Db | Tx, actor: Actor, f: ListPositionsFilters, options: PositionQueryOptions): Promise<Scope> {
  authorize(actor, "inventory.view");
  const nodeId = await resolveNodeScope(db, actor, f.node);
  const { definition: rules } = await getPublishedRules(db, "ALERTS");
  const horizonDays = rules.stockoutHorizonDays;

  const conditions: Prisma.Sql[] = [];
  if (nodeId) conditions.push(Prisma.sql`p."nodeId" = ${nodeId}`);
  if (f.nodeType) conditions.push(Prisma.sql`n.type = ${f.nodeType}::"NodeType"`);
  if (f.region) conditions.push(Prisma.sql`n.country = ${f.region}`);
  if (f.q) conditions.push(Prisma.sql`(s.code ILIKE ${likePattern(f.q)} OR s.name ILIKE ${likePattern(f.q)})`);
  if (f.category) conditions.push(Prisma.sql`c.code = ${f.category}`);
  if (f.atpMin !== undefined) conditions.push(Prisma.sql`${ATP_SQL} >= ${f.atpMin}`);
  if (f.atpMax !== undefined) conditions.push(Prisma.sql`${ATP_SQL} <= ${f.atpMax}`);
  if (f.problem === "outOfStock") conditions.push(OUT_OF_STOCK_SQL);
  if (f.problem === "belowSafety") conditions.push(BELOW_SAFETY_SQL);

  const atRisk = Prisma.sql`(r."daysOfCover" IS NOT NULL AND r."daysOfCover" < ${horizonDays})`;
  let computed: Prisma.Sql | null = null;
  if (f.problem === "atRisk") computed = atRisk;
  if (f.problem === "any") computed = Prisma.sql`(r."outOfStock" OR r."belowSafety" OR ${atRisk})`;

  return {
    where: conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`,
    computed,
    horizonDays,
    windowDays: rules.demandWindowDays,
    now: options.now ?? new Date(),
  };
}

/**
 * The positions of `base` (a CTE name holding BASE_COLUMNS rows) with every figure, as the CTEs
 * figures_transit, figures_demand, figures_recent and rows (alias r in what follows).
 */
function withFigures(scope: Scope): Prisma.Sql {
  const inBase = (node: Prisma.Sql, sku: Prisma.Sql) => Prisma.sql`(${node}, ${sku}) IN (SELECT "nodeId", "skuId" FROM base)`;
  return Prisma.sql`
    figures_transit AS (${inTransitByNodeSku(inBase(Prisma.sql`sh."toNodeId"`, Prisma.sql`l."skuId"`))}),
    figures_demand AS (${openDemandByNodeSku(Prisma.sql`d."nodeId" IS NOT NULL AND ${inBase(Prisma.sql`d."nodeId"`, Prisma.sql`d."skuId"`)}`)}),
    figures_recent AS (${recentDemandByNodeSku(scope.windowDays, scope.now, inBase(Prisma.sql`m."nodeId"`, Prisma.sql`m."skuId"`))}),
    rows AS (
      SELECT base.*,
             COALESCE(t.qty, 0)::int AS "inTransit", t.eta AS "nextEta",
             COALESCE(d.demand, 0)::int AS "onDemand",
             COALESCE(rd.daily, 0)::float8 AS daily,
             ${DAYS_OF_COVER_SQL(Prisma.sql`base.atp`, Prisma.sql`rd.daily`)} AS "daysOfCover",
             (base."onHand" - base.reserved <= 0 AND (base."safetyStock" > 0 OR base."targetStock" > 0)) AS "outOfStock",
             (base."onHand" - base.reserved < base."safetyStock") AS "belowSafety"
      FROM base
      LEFT JOIN figures_transit t ON t."nodeId" = base."nodeId" AND t."skuId" = base."skuId"
      LEFT JOIN figures_demand d ON d."nodeId" = base."nodeId" AND d."skuId" = base."skuId"
      LEFT JOIN figures_recent rd ON rd."nodeId" = base."nodeId" AND rd."skuId" = base."skuId"
    )`;
}

function toRow(r: RawRow, horizonDays: number): PositionRow {
  const daysOfCover = r.daysOfCover === null ? null : Number(r.daysOfCover);
  return {
    id: r.id,
    node: { code: r.nodeCode, name: r.nodeName, type: r.nodeType, country: r.nodeCountry },
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
    dailyDemand: Number(r.daily),
    daysOfCover,
    stocked: isStocked(r),
    outOfStock: isOutOfStock(r),
    belowSafety: isBelowSafetyStock(r),
    atRisk: daysOfCover !== null && daysOfCover < horizonDays,
  };
}

const ROW_COLUMNS = Prisma.sql`r.id, r."nodeCode", r."nodeName", r."nodeType", r."nodeCountry", r."skuCode", r."skuName", r."categoryCode", r."categoryName",
  r."onHand", r.reserved, r."safetyStock", r."targetStock", r."inTransit", r."nextEta", r."onDemand", r.daily, r."daysOfCover"`;

export async function listInventoryPositions(db: Db | Tx, actor: Actor, input: ListPositionsInput = {}, options: PositionQueryOptions = {}): Promise<PositionPage> {
  const f = listPositionsInputSchema.parse(input);
  const scope = await resolveScope(db, actor, f, options);
  const { page, pageSize, sort, dir } = f;
  const figures = withFigures(scope);

  // The count follows every filter: on the stored columns alone when it can, else on the figures.
  const [{ total }] = scope.computed
    ? await db.$queryRaw<Array<{ total: number }>>`
        WITH base AS MATERIALIZED (SELECT ${BASE_COLUMNS} ${FROM} WHERE ${scope.where}), ${figures}
        SELECT COUNT(*)::int AS total FROM rows r WHERE ${scope.computed}`
    : await db.$queryRaw<Array<{ total: number }>>`SELECT COUNT(*)::int AS total ${FROM} WHERE ${scope.where}`;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pages);
  const offset = (current - 1) * pageSize;
  const order = rowOrder(sort, dir);

  let raw: RawRow[];
  const stored = STORED_SORTS[sort];
  if (stored && !scope.computed) {
    // Sorted by a column of the position: cut the page first, then compute only its figures.
    const d = dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
    raw = await db.$queryRaw<RawRow[]>`
      WITH base AS MATERIALIZED (
        SELECT ${BASE_COLUMNS} ${FROM} WHERE ${scope.where}
        ORDER BY ${stored} ${d}, s.code ${d}, n.code ASC
        LIMIT ${pageSize} OFFSET ${offset}
      ), ${figures}
      SELECT ${ROW_COLUMNS} FROM rows r ORDER BY ${order}`;
  } else if (!scope.computed) {
    raw = await pageByFigure(db, scope, sort, dir, total, offset, pageSize);
  } else {
    raw = await db.$queryRaw<RawRow[]>`
      WITH base AS MATERIALIZED (SELECT ${BASE_COLUMNS} ${FROM} WHERE ${scope.where}), ${figures}
      SELECT ${ROW_COLUMNS} FROM rows r WHERE ${scope.computed}
      ORDER BY ${order}
      LIMIT ${pageSize} OFFSET ${offset}`;
  }

  return {
    rows: raw.map((r) => toRow(r, scope.horizonDays)),
    total,
    page: current,
    pageSize,
    pages,
    horizonDays: scope.horizonDays,
    demandWindowDays: scope.windowDays,
  };
}

/**
 * Positions whose figure differs from its value "when nothing is going on" (no supply in transit,
 * no demand, no recent sales): few of a network's positions, found from the figure's own rows.
 */
type FigureSort = "inTransit" | "nextEta" | "onDemand" | "daysOfCover";

/**
 * Positions whose figure differs from its value "when nothing is going on" (no supply in transit,
 * no demand, no recent sales): few of a network's positions, found from the figure's own rows, with
 * what the figure is computed from as "v". Returns rows ("nodeId", "skuId", v).
 */
function figureCandidates(scope: Scope, sort: FigureSort): Prisma.Sql {
  switch (sort) {
    case "inTransit":
      return Prisma.sql`SELECT x."nodeId", x."skuId", x.qty AS v FROM (${inTransitByNodeSku()}) x WHERE x.qty > 0`;
    case "nextEta":
      return Prisma.sql`SELECT x."nodeId", x."skuId", x.eta AS v FROM (${inTransitByNodeSku()}) x`;
    case "onDemand":
      return Prisma.sql`SELECT x."nodeId", x."skuId", x.demand AS v FROM (${openDemandByNodeSku(Prisma.sql`d."nodeId" IS NOT NULL`)}) x WHERE x.demand > 0`;
    case "daysOfCover":
      return Prisma.sql`SELECT x."nodeId", x."skuId", x.daily AS v FROM (${recentDemandByNodeSku(scope.windowDays, scope.now)}) x WHERE x.daily > 0`;
  }
}

/** The figure of a candidate position (aliases p and cand), the same arithmetic as the rows' figures. */
function candidateFigure(sort: FigureSort): Prisma.Sql {
  return sort === "daysOfCover" ? DAYS_OF_COVER_SQL(ATP_SQL, Prisma.sql`cand.v`) : Prisma.sql`cand.v`;
}

/**
 * A page sorted by a computed figure without computing it for every position: the positions with
 * a figure (the candidates) are sorted among themselves by that one figure; the others all share
 * the default value (0, or none), so they sort by the tie-breakers alone, like a stored column, and
 * come first or last as the direction says. The page is cut from the two runs, and only its rows
 * get every figure.
 */
async function pageByFigure(db: Db | Tx, scope: Scope, sort: PositionSort, dir: "asc" | "desc", total: number, offset: number, size: number): Promise<RawRow[]> {
  const figureSort = sort as FigureSort;
  const candidates = figureCandidates(scope, figureSort);
  const figures = withFigures(scope);
  const joinCand = Prisma.sql`JOIN cand ON cand."nodeId" = p."nodeId" AND cand."skuId" = p."skuId"`;
  const [{ count: k }] = await db.$queryRaw<Array<{ count: number }>>`
    WITH cand AS MATERIALIZED (${candidates})
    SELECT COUNT(*)::int AS count ${FROM} ${joinCand} WHERE ${scope.where}`;
  // Without a figure: no supply in transit (0, no ETA), no demand (0), no recent sales (cover without end).
  const defaultsFirst = (sort === "inTransit" || sort === "onDemand") && dir === "asc" ? true : sort === "daysOfCover" && dir === "desc";
  const runs = defaultsFirst ? (["defaults", "candidates"] as const) : (["candidates", "defaults"] as const);
  const sizes = { candidates: k, defaults: total - k };
  const d = dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const out: RawRow[] = [];
  let skip = offset;
  for (const run of runs) {
    const want = size - out.length;
    if (want <= 0) break;
    if (skip >= sizes[run]) {
      skip -= sizes[run];
      continue;
    }
    const rows =
      run === "candidates"
        ? await db.$queryRaw<RawRow[]>`
            WITH cand AS MATERIALIZED (${candidates}),
            base AS MATERIALIZED (
              SELECT ${BASE_COLUMNS} ${FROM} ${joinCand} WHERE ${scope.where}
              ORDER BY ${candidateFigure(figureSort)} ${d}, s.code ${d}, n.code ASC LIMIT ${want} OFFSET ${skip}
            ), ${figures}
            SELECT ${ROW_COLUMNS} FROM rows r ORDER BY ${rowOrder(sort, dir)}`
        : await db.$queryRaw<RawRow[]>`
            WITH cand AS MATERIALIZED (${candidates}),
            base AS MATERIALIZED (
              SELECT ${BASE_COLUMNS} ${FROM}
              WHERE ${scope.where} AND NOT EXISTS (SELECT 1 FROM cand WHERE cand."nodeId" = p."nodeId" AND cand."skuId" = p."skuId")
              ORDER BY s.code ${d}, n.code ASC LIMIT ${want} OFFSET ${skip}
            ), ${figures}
            SELECT ${ROW_COLUMNS} FROM rows r ORDER BY r."skuCode" ${d}, r."nodeCode" ASC`;
    out.push(...rows);
    skip = 0;
  }
  return out;
}

/**
 * Every position matching the filters, in batches of `batchSize`, for an export: the batches walk the
 * positions by SKU code then node code with a keyset cursor, so each costs the same however far the
 * export has gone, and figures are computed batch by batch (a batch may hold fewer rows when a
 * filter on a figure drops some). The sort of the screen does not apply: the file is in SKU order.
 */
export async function* streamInventoryPositions(
  db: Db | Tx,
  actor: Actor,
  input: ListPositionsInput = {},
  options: PositionQueryOptions & { batchSize?: number } = {},
): AsyncGenerator<PositionRow[]> {
  const f = listPositionsInputSchema.parse(input);
  const scope = await resolveScope(db, actor, f, options);
  const batchSize = options.batchSize ?? 2_000;
  const figures = withFigures(scope);
  let cursor: { sku: string; node: string } | null = null;
  for (;;) {
    const after: Prisma.Sql = cursor ? Prisma.sql`(s.code, n.code) > (${cursor.sku}, ${cursor.node})` : Prisma.sql`TRUE`;
    const raw: Array<RawRow & { kept: boolean }> = await db.$queryRaw<Array<RawRow & { kept: boolean }>>`
      WITH base AS MATERIALIZED (
        SELECT ${BASE_COLUMNS} ${FROM} WHERE ${scope.where} AND ${after}
        ORDER BY s.code, n.code
        LIMIT ${batchSize}
      ), ${figures}
      SELECT ${ROW_COLUMNS}, (${scope.computed ?? Prisma.sql`TRUE`}) AS kept FROM rows r ORDER BY r."skuCode", r."nodeCode"`;
    if (raw.length === 0) return;
    const last = raw[raw.length - 1];
    cursor = { sku: last.skuCode, node: last.nodeCode };
    const rows = raw.filter((r) => r.kept).map((r) => toRow(r, scope.horizonDays));
    if (rows.length) yield rows;
    if (raw.length < batchSize) return;
  }
}
