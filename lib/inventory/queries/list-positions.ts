// Live inventory per node and SKU for the supply-chain screen: on hand, reserved, in transit, on
// demand at the node, safety stock, ATP and days of cover, sorted and filtered by any of them (all
// state from the URL), paged for the screen or streamed in batches for the CSV export.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { NodeType } from "@/generated/prisma/enums";
import { maybeSqlFor, type Db, type Tx } from "@/lib/db";
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
  /** Conditions on the stored columns (aliases p, n, s, c), and on rc when `problemJoin` is set. */
  where: Prisma.Sql;
  /** Conditions on the computed figures (alias r), or null when none. */
  computed: Prisma.Sql | null;
  /**
   * For a problem filter: the join of the positions with recent demand (CTE rc, see recentCandidates),
   * so the at-risk test runs on the positions with demand only, not on every position's figures.
   */
  problemJoin: Prisma.Sql | null;
  /** `where` without the problem filter: stored columns only (aliases p, n, s, c). */
  storedWhere: Prisma.Sql;
  /** False when every condition is on p alone: a count needs no join. */
  joins: boolean;
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

  const joins = Boolean(f.nodeType || f.region || f.q || f.category);
  const storedWhere = conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;

  const atRisk = Prisma.sql`(r."daysOfCover" IS NOT NULL AND r."daysOfCover" < ${horizonDays})`;
  let computed: Prisma.Sql | null = null;
  let problemJoin: Prisma.Sql | null = null;
  // The same at-risk test on rc (recent demand > 0): days of cover exist only where there is demand.
  const atRiskRc = Prisma.sql`(${DAYS_OF_COVER_SQL(ATP_SQL, Prisma.sql`rc.daily`)} < ${horizonDays})`;
  if (f.problem === "atRisk") {
    computed = atRisk;
    problemJoin = Prisma.sql`JOIN rc ON rc."nodeId" = p."nodeId" AND rc."skuId" = p."skuId"`;
    conditions.push(atRiskRc);
  }
  if (f.problem === "any") {
    computed = Prisma.sql`(r."outOfStock" OR r."belowSafety" OR ${atRisk})`;
    problemJoin = Prisma.sql`LEFT JOIN rc ON rc."nodeId" = p."nodeId" AND rc."skuId" = p."skuId"`;
    conditions.push(Prisma.sql`(${OUT_OF_STOCK_SQL} OR ${BELOW_SAFETY_SQL} OR COALESCE(${atRiskRc}, FALSE))`);
  }

  return {
    where: conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`,
    storedWhere,
    computed,
    problemJoin,
    joins,
    horizonDays,
    windowDays: rules.demandWindowDays,
    now: options.now ?? new Date(),
  };
}

/**
 * The positions of `base` (a CTE name holding BASE_COLUMNS rows) with every figure, as the CTEs
 * figures_transit, figures_demand, figures_recent and rows (alias r in what follows).
 */
function withFigures(scope: Scope, recentFromRc = false, bySku = false): Prisma.Sql {
  // bySku: narrow the figures to the SKUs of base (an export batch holds whole runs of SKUs, which the
  // SKU indexes find directly); the join on node and SKU below keeps each position's own figures.
  const inBase = bySku
    ? (_node: Prisma.Sql, sku: Prisma.Sql) => Prisma.sql`${sku} IN (SELECT DISTINCT "skuId" FROM base)`
    : (node: Prisma.Sql, sku: Prisma.Sql) => Prisma.sql`(${node}, ${sku}) IN (SELECT "nodeId", "skuId" FROM base)`;
  // When the CTE rc (every position's recent demand) is already there, the page's rows read it.
  const recent = recentFromRc
    ? Prisma.sql`SELECT rc."nodeId", rc."skuId", rc.daily FROM rc WHERE ${inBase(Prisma.sql`rc."nodeId"`, Prisma.sql`rc."skuId"`)}`
    : recentDemandByNodeSku(scope.windowDays, scope.now, inBase(Prisma.sql`m."nodeId"`, Prisma.sql`m."skuId"`));
  return Prisma.sql`
    figures_transit AS (${inTransitByNodeSku(inBase(Prisma.sql`sh."toNodeId"`, Prisma.sql`l."skuId"`))}),
    figures_demand AS (${openDemandByNodeSku(Prisma.sql`d."nodeId" IS NOT NULL AND ${inBase(Prisma.sql`d."nodeId"`, Prisma.sql`d."skuId"`)}`)}),
    figures_recent AS (${recent}),
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

/** Recent demand of the positions that have any (rows "nodeId", "skuId", daily > 0): where days of cover exist. */
function recentCandidates(scope: Scope): Prisma.Sql {
  return Prisma.sql`SELECT x."nodeId", x."skuId", x.daily FROM (${recentDemandByNodeSku(scope.windowDays, scope.now)}) x WHERE x.daily > 0`;
}

export async function listInventoryPositions(db: Db | Tx, actor: Actor, input: ListPositionsInput = {}, options: PositionQueryOptions = {}): Promise<PositionPage> {
  const f = listPositionsInputSchema.parse(input);
  const scope = await resolveScope(db, actor, f, options);
  const { page, pageSize, sort, dir } = f;
  const result = (raw: RawRow[], total: number, current: number): PositionPage => ({
    rows: raw.map((r) => toRow(r, scope.horizonDays)),
    total,
    page: current,
    pageSize,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    horizonDays: scope.horizonDays,
    demandWindowDays: scope.windowDays,
  });

  if (scope.problemJoin) {
    // A problem filter: the matching positions are found from the stored columns and recent demand
    // (CTE rc), counted, and only the page's rows get every figure (all matching rows when the
    // sort is a computed figure).
    const matched = Prisma.sql`rc AS MATERIALIZED (${recentCandidates(scope)}),
      matched AS MATERIALIZED (SELECT ${BASE_COLUMNS} ${FROM} ${scope.problemJoin} WHERE ${scope.where})`;
    const figures = withFigures(scope, true);
    const d = dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
    const run = (offset: number) =>
      STORED_SORTS[sort]
        ? db.$queryRaw<Array<RawRow & { total: number }>>`
            WITH ${matched},
            base AS MATERIALIZED (SELECT * FROM matched r ORDER BY ${ROW_SORTS[sort]} ${d}, r."skuCode" ${d}, r."nodeCode" ASC LIMIT ${pageSize} OFFSET ${offset}),
            ${figures}
            SELECT ${ROW_COLUMNS}, (SELECT COUNT(*) FROM matched)::int AS total FROM rows r ORDER BY ${rowOrder(sort, dir)}`
        : db.$queryRaw<Array<RawRow & { total: number }>>`
            WITH ${matched},
            base AS (SELECT * FROM matched), ${figures}
            SELECT ${ROW_COLUMNS}, (SELECT COUNT(*) FROM matched)::int AS total FROM rows r ORDER BY ${rowOrder(sort, dir)} LIMIT ${pageSize} OFFSET ${offset}`;
    let raw = await run((page - 1) * pageSize);
    if (raw.length > 0) return result(raw, raw[0].total, page);
    // Past the last page (or nothing matches): count, then show the last page.
    const [{ total }] = await db.$queryRaw<Array<{ total: number }>>`
      WITH rc AS MATERIALIZED (${recentCandidates(scope)})
      SELECT COUNT(*)::int AS total ${FROM} ${scope.problemJoin} WHERE ${scope.where}`;
    const current = Math.max(1, Math.ceil(total / pageSize));
    raw = total > 0 && current !== page ? await run((current - 1) * pageSize) : [];
    return result(raw, total, Math.min(page, current));
  }

  const figures = withFigures(scope);
  // The count follows every filter; with conditions on the position alone it needs no join.
  const [{ total }] = scope.joins
    ? await db.$queryRaw<Array<{ total: number }>>`SELECT COUNT(*)::int AS total ${FROM} WHERE ${scope.where}`
    : await db.$queryRaw<Array<{ total: number }>>`SELECT COUNT(*)::int AS total FROM "InventoryPosition" p WHERE ${scope.where}`;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pages);
  const offset = (current - 1) * pageSize;
  const order = rowOrder(sort, dir);

  let raw: RawRow[];
  const stored = STORED_SORTS[sort];
  if (stored) {
    // Sorted by a column of the position: cut the page first, then compute only its figures.
    const d = dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
    raw = await db.$queryRaw<RawRow[]>`
      WITH base AS MATERIALIZED (
        SELECT ${BASE_COLUMNS} ${FROM} WHERE ${scope.where}
        ORDER BY ${stored} ${d}, s.code ${d}, n.code ASC
        LIMIT ${pageSize} OFFSET ${offset}
      ), ${figures}
      SELECT ${ROW_COLUMNS} FROM rows r ORDER BY ${order}`;
  } else {
    raw = await pageByFigure(db, scope, sort, dir, total, offset, pageSize);
  }
  return result(raw, total, current);
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
  const countCand = scope.joins
    ? Prisma.sql`SELECT COUNT(*) ${FROM} ${joinCand} WHERE ${scope.where}`
    : Prisma.sql`SELECT COUNT(*) FROM "InventoryPosition" p ${joinCand} WHERE ${scope.where}`;
  const d = dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  // Without a figure: no supply in transit (0, no ETA), no demand (0), no recent sales (cover without end).
  const defaultsFirst = (sort === "inTransit" || sort === "onDemand") && dir === "asc" ? true : sort === "daysOfCover" && dir === "desc";
  const candidatePage = (want: number, skip: number) => db.$queryRaw<Array<RawRow & { k: number }>>`
    WITH cand AS MATERIALIZED (${candidates}),
    base AS MATERIALIZED (
      SELECT ${BASE_COLUMNS} ${FROM} ${joinCand} WHERE ${scope.where}
      ORDER BY ${candidateFigure(figureSort)} ${d}, s.code ${d}, n.code ASC LIMIT ${want} OFFSET ${skip}
    ), ${figures}
    SELECT ${ROW_COLUMNS}, (${countCand})::int AS k FROM rows r ORDER BY ${rowOrder(sort, dir)}`;
  const defaultPage = (want: number, skip: number) => db.$queryRaw<RawRow[]>`
    WITH cand AS MATERIALIZED (${candidates}),
    base AS MATERIALIZED (
      SELECT ${BASE_COLUMNS} ${FROM}
      WHERE ${scope.where} AND NOT EXISTS (SELECT 1 FROM cand WHERE cand."nodeId" = p."nodeId" AND cand."skuId" = p."skuId")
      ORDER BY s.code ${d}, n.code ASC LIMIT ${want} OFFSET ${skip}
    ), ${figures}
    SELECT ${ROW_COLUMNS} FROM rows r ORDER BY r."skuCode" ${d}, r."nodeCode" ASC`;
  const strip = (rows: Array<RawRow & { k: number }>): RawRow[] => rows.map(({ k: _k, ...r }) => r);

  if (!defaultsFirst) {
    // The candidates' run first: its page and its size in one statement; the defaults only when it ends.
    const rows = await candidatePage(size, offset);
    if (rows.length === size) return strip(rows);
    const k = rows.length
      ? rows[0].k
      : (await db.$queryRaw<Array<{ k: number }>>`WITH cand AS MATERIALIZED (${candidates}) SELECT (${countCand})::int AS k`)[0].k;
    const want = size - rows.length;
    const skip = Math.max(0, offset - k);
    if (skip >= total - k) return strip(rows);
    return [...strip(rows), ...(await defaultPage(want, skip))];
  }
  const [{ k }] = await db.$queryRaw<Array<{ k: number }>>`WITH cand AS MATERIALIZED (${candidates}) SELECT (${countCand})::int AS k`;
  const defaults = total - k;
  const out: RawRow[] = [];
  if (offset < defaults) out.push(...(await defaultPage(size, offset)));
  const want = size - out.length;
  if (want > 0) out.push(...strip(await candidatePage(want, Math.max(0, offset - defaults))));
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
  const batchSize = options.batchSize ?? 20_000;
  const figures = withFigures(scope, false, true);
  const pool = maybeSqlFor(db);
  let cursor: { sku: string; node: string } | null = null;
  for (;;) {
    // "s.code >=" alone lets the SKU code index start at the cursor; the row comparison is exact.
    const after: Prisma.Sql = cursor ? Prisma.sql`s.code >= ${cursor.sku} AND (s.code, n.code) > (${cursor.sku}, ${cursor.node})` : Prisma.sql`TRUE`;
    const statement = Prisma.sql`
      WITH base AS MATERIALIZED (
        SELECT ${BASE_COLUMNS} ${FROM} WHERE ${scope.storedWhere} AND ${after}
        ORDER BY s.code, n.code
        LIMIT ${batchSize}
      ), ${figures}
      SELECT ${ROW_COLUMNS}, (${scope.computed ?? Prisma.sql`TRUE`}) AS kept FROM rows r ORDER BY r."skuCode", r."nodeCode"`;
    // Large batches go through the database's SQL runner when there is one (outside a transaction):
    // Prisma's row decoding would cost more than the statement.
    const raw: Array<RawRow & { kept: boolean }> = pool
      ? await pool.query<RawRow & { kept: boolean }>(statement.text, statement.values)
      : await db.$queryRaw<Array<RawRow & { kept: boolean }>>(statement);
    if (raw.length === 0) return;
    const last = raw[raw.length - 1];
    cursor = { sku: last.skuCode, node: last.nodeCode };
    const rows = raw.filter((r) => r.kept).map((r) => toRow(r, scope.horizonDays));
    if (rows.length) yield rows;
    if (raw.length < batchSize) return;
  }
}
