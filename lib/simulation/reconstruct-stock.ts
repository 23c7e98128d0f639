// The stock each replayed order saw: per node and SKU of its lines, the units available to promise,
// and each node's capacity left that day. Three sources, best first:
// - SNAPSHOT: what capture recorded on the order's CAPTURE sourcing decision (SourcingDecision.stock).
// - LEDGER: rebuilt from the stock movement ledger. On hand at the instant the order was placed is
//   today's on hand minus every movement after it; from it come the units held at that instant by
//   the reservations of other orders (created by then, and still active or ended later) and today's
//   safety stock (its history is not kept). Capacity left is the node's daily capacity minus the
//   units it had released earlier that local day (fulfilment orders by their release time).
// - CURRENT: today's available to promise and the full daily capacity, for orders placed before the
//   ledger covers every position (see ledgerStart).
// Done per chunk of orders in a handful of statements, whatever the chunk's size: the positions of
// its SKUs with their on hand at the chunk's first instant, the movements, reservations and releases
// inside the chunk's time span, then one walk through time in JS.
import type { Sql } from "@/lib/db";
import type { NodeInfo } from "@/lib/orders";
import type { SimOrder } from "./load-orders";

export type StockSource = "SNAPSHOT" | "LEDGER" | "CURRENT";

export interface OrderStock {
  source: StockSource;
  /** `${nodeCode}|${skuCode}` -> units available to promise (only units > 0). */
  available: Map<string, number>;
  /** node code -> units it could still release that day. */
  capacityLeft: Map<string, number>;
}

/**
 * The reason the ledger migration (20261203100000_inventory_supply) and the demo seed give the
 * opening movement of stock held before the ledger existed. Before the last of them, the ledger does
 * not know every position's on hand.
 */
export const BEFORE_LEDGER_REASON = "Stock before the movement ledger";

/** From this instant on, the ledger accounts for every unit of every position (null: since the first movement). */
export async function ledgerStart(sql: Sql): Promise<Date | null> {
  const [row] = await sql.query<{ at: number | null }>(
    `SELECT (extract(epoch FROM max("occurredAt")) * 1000)::float8 AS at FROM "StockMovement" WHERE kind = 'OPENING' AND reason = $1`,
    [BEFORE_LEDGER_REASON],
  );
  return row?.at != null ? new Date(row.at) : null;
}

const iso = (ms: number) => new Date(ms).toISOString();
const DAY_MS = 86_400_000;

/** Local calendar day (YYYY-MM-DD) of an instant in a time zone, with one formatter per zone. */
const dayFormatters = new Map<string, { format: Intl.DateTimeFormat; slot: number; day: string }>();
/** Every zone's offset is a multiple of a quarter hour: within one, the local day cannot change. */
const SLOT_MS = 15 * 60_000;
function localDay(ms: number, timeZone: string): string {
  let f = dayFormatters.get(timeZone);
  if (!f) dayFormatters.set(timeZone, (f = { format: new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }), slot: NaN, day: "" }));
  const slot = Math.floor(ms / SLOT_MS);
  if (slot !== f.slot) {
    f.slot = slot;
    f.day = f.format.format(ms);
  }
  return f.day;
}

interface SnapshotJson {
  available?: Array<[string, string, number]>;
  capacityLeft?: Record<string, number>;
}

function fromSnapshot(stock: SnapshotJson): OrderStock {
  const available = new Map<string, number>();
  for (const row of stock.available ?? []) if (Array.isArray(row) && row[2] > 0) available.set(`${row[0]}|${row[1]}`, row[2]);
  return { source: "SNAPSHOT", available, capacityLeft: new Map(Object.entries(stock.capacityLeft ?? {})) };
}

/**
 * Reconstructs the stock of successive chunks of orders, in the order they were placed (chunks
 * must come in ascending placedAt: the ledger's running on hand only moves forward). Each position
 * is read once, when its SKU first appears; after that, each chunk reads only the movements,
 * reservations and releases of its own time span.
 */
export interface StockReconstructor {
  forChunk(orders: SimOrder[]): Promise<OrderStock[]>;
}

/**
 * `nodes` are the network's nodes the replay builds instances over; `since` is ledgerStart():
 * orders placed before it use today's stock.
 */
export function stockReconstructor(sql: Sql, nodes: NodeInfo[], since: Date | null): StockReconstructor {
  const ledger = new LedgerWalk(sql, nodes);
  return {
    async forChunk(orders) {
      const result: Array<OrderStock | undefined> = new Array(orders.length);
      if (!orders.length) return [];
      const snapshots = await sql.query<{ orderId: string; stock: SnapshotJson }>(
        `SELECT DISTINCT ON ("orderId") "orderId", stock FROM "SourcingDecision"
          WHERE "orderId" = ANY($1::text[]) AND reason = 'CAPTURE' AND stock IS NOT NULL
          ORDER BY "orderId", "createdAt", id`,
        [orders.map((o) => o.id)],
      );
      const snapshotOf = new Map(snapshots.map((s) => [s.orderId, s.stock]));
      const fromLedger: number[] = [];
      const current: number[] = [];
      orders.forEach((o, i) => {
        const snapshot = snapshotOf.get(o.id);
        if (snapshot && typeof snapshot === "object") result[i] = fromSnapshot(snapshot);
        else if (!since || o.placedAt.getTime() >= since.getTime()) fromLedger.push(i);
        else current.push(i);
      });
      if (fromLedger.length) await ledger.chunk(orders, fromLedger, result);
      if (current.length) await fromCurrent(sql, orders, current, nodes, result);
      return result as OrderStock[];
    },
  };
}

/** The stock of one chunk of orders (a reconstructor of its own: for a single chunk, or tests). */
export async function reconstructStock(sql: Sql, orders: SimOrder[], nodes: NodeInfo[], since: Date | null): Promise<OrderStock[]> {
  return stockReconstructor(sql, nodes, since).forChunk(orders);
}

const skuIdsOf = (orders: SimOrder[], indexes: number[]) => [...new Set(indexes.flatMap((i) => orders[i].lines.map((l) => l.skuId)))];

async function fromCurrent(sql: Sql, orders: SimOrder[], indexes: number[], nodes: NodeInfo[], out: Array<OrderStock | undefined>): Promise<void> {
  const codeOf = new Map(nodes.map((n) => [n.id, n.code]));
  const rows = await sql.query<{ nodeId: string; skuId: string; atp: number }>(
    `SELECT "nodeId", "skuId", ("onHand" - reserved - "safetyStock")::int AS atp
       FROM "InventoryPosition" WHERE "skuId" = ANY($1::text[]) AND "onHand" - reserved - "safetyStock" > 0`,
    [skuIdsOf(orders, indexes)],
  );
  const bySku = new Map<string, Array<[string, number]>>();
  for (const r of rows) {
    const code = codeOf.get(r.nodeId);
    if (!code) continue;
    let list = bySku.get(r.skuId);
    if (!list) bySku.set(r.skuId, (list = []));
    list.push([code, r.atp]);
  }
  const capacityLeft = new Map(nodes.map((n) => [n.code, n.dailyCapacity]));
  for (const i of indexes) {
    const available = new Map<string, number>();
    for (const line of orders[i].lines) for (const [code, units] of bySku.get(line.skuId) ?? []) available.set(`${code}|${line.sku}`, units);
    out[i] = { source: "CURRENT", available, capacityLeft };
  }
}

interface PositionRow {
  nodeId: string;
  skuId: string;
  /** On hand at the walk's current instant. */
  onHand: number;
  safetyStock: number;
}
interface MovementRow {
  nodeId: string;
  skuId: string;
  qty: number;
  at: number;
}
interface ReservationRow {
  nodeId: string;
  skuId: string;
  qty: number;
  orderId: string;
  createdAt: number;
  /** When it stopped holding units (consumed or released); null while active. */
  endedAt: number | null;
}
interface ReleaseRow {
  nodeId: string;
  at: number;
  units: number;
  day: string;
}

// Positions of SKUs seen for the first time, with their on hand at instant $2 (today's on hand
// minus every later movement). Positions at 0 without safety stock are left out: 0 is the default.
const NEW_POSITIONS_SQL = `
  WITH later AS (
    SELECT "nodeId", "skuId", sum(qty)::int AS qty FROM "StockMovement"
     WHERE "skuId" = ANY($1::text[]) AND "occurredAt" > $2::timestamp
     GROUP BY "nodeId", "skuId"
  )
  SELECT p."nodeId", p."skuId", (p."onHand" - coalesce(later.qty, 0))::int AS "onHand", p."safetyStock"
    FROM "InventoryPosition" p
    LEFT JOIN later ON later."nodeId" = p."nodeId" AND later."skuId" = p."skuId"
   WHERE p."skuId" = ANY($1::text[]) AND (p."onHand" - coalesce(later.qty, 0) <> 0 OR p."safetyStock" > 0)`;

// Every movement in (from, to]: the walk keeps those of the SKUs it follows.
const MOVEMENTS_SQL = `
  SELECT "nodeId", "skuId", qty, (extract(epoch FROM "occurredAt") * 1000)::float8 AS at
    FROM "StockMovement"
   WHERE "occurredAt" > $1::timestamp AND "occurredAt" <= $2::timestamp
   ORDER BY "occurredAt", id`;

// Reservations of these SKUs holding units at some instant of [from, to].
const RESERVATIONS_SQL = `
  SELECT r."nodeId", r."skuId", r.qty, l."orderId",
         (extract(epoch FROM r."createdAt") * 1000)::float8 AS "createdAt",
         CASE WHEN r.status = 'ACTIVE' THEN NULL ELSE (extract(epoch FROM r."updatedAt") * 1000)::float8 END AS "endedAt"
    FROM "Reservation" r
    JOIN "OrderLine" l ON l.id = r."orderLineId"
   WHERE r."skuId" = ANY($1::text[]) AND r."createdAt" <= $3::timestamp
     AND (r.status = 'ACTIVE' OR r."updatedAt" > $2::timestamp)`;

// Units each node released (fulfilment orders by release time) in [from, to), with the node's
// local day; the walk reads from two days before the chunk (enough for any time zone's midnight).
const RELEASES_SQL = `
  SELECT fo."nodeId", (extract(epoch FROM fo."releasedAt") * 1000)::float8 AS at, sum(fol.qty)::int AS units,
         to_char((fo."releasedAt" AT TIME ZONE 'UTC') AT TIME ZONE n."timeZone", 'YYYY-MM-DD') AS day
    FROM "FulfillmentOrder" fo
    JOIN "Node" n ON n.id = fo."nodeId"
    JOIN "FulfillmentOrderLine" fol ON fol."fulfillmentOrderId" = fo.id
   WHERE fo."releasedAt" >= $1::timestamp AND fo."releasedAt" < $2::timestamp
   GROUP BY fo.id, fo."nodeId", fo."releasedAt", n."timeZone"
   ORDER BY fo."releasedAt", fo.id`;

/** Figures of one SKU at every network node (by the node's index in the network). */
interface SkuState {
  onHand: Int32Array;
  safety: Int32Array;
  /** Units held by other orders' reservations at the instant walked (rebuilt per chunk). */
  reserved: Int32Array;
}

/** The ledger walked forward in time: on hand of every followed position at instant `at`. */
class LedgerWalk {
  private readonly nodeIndex: Map<string, number>;
  private readonly zones: string[];
  private readonly skus = new Map<string, SkuState>();
  private at: number | null = null;
  /** Releases read and not yet walked past, and where the reading ended (exclusive). */
  private releases: ReleaseRow[] = [];
  private nextRelease = 0;
  private releasedUntil: number | null = null;
  /** local day -> units each node (by index) released so far that day. */
  private readonly released = new Map<string, Int32Array>();

  constructor(
    private readonly sql: Sql,
    private readonly nodes: NodeInfo[],
  ) {
    this.nodeIndex = new Map(nodes.map((n, i) => [n.id, i]));
    this.zones = [...new Set(nodes.map((n) => n.timeZone))];
  }

  async chunk(orders: SimOrder[], indexes: number[], out: Array<OrderStock | undefined>): Promise<void> {
    const n = this.nodes.length;
    const walk = [...indexes].sort((a, b) => orders[a].placedAt.getTime() - orders[b].placedAt.getTime());
    const t0 = orders[walk[0]].placedAt.getTime();
    const t1 = orders[walk[walk.length - 1]].placedAt.getTime();
    if (this.at === null || t0 < this.at) this.reset(t0);
    const at = this.at!;
    const skuIds = skuIdsOf(orders, indexes);
    const fresh = skuIds.filter((s) => !this.skus.has(s));
    if (fresh.length) {
      for (const s of fresh) this.skus.set(s, { onHand: new Int32Array(n), safety: new Int32Array(n), reserved: new Int32Array(n) });
      for (const p of await this.sql.query<PositionRow>(NEW_POSITIONS_SQL, [fresh, iso(at)])) {
        const node = this.nodeIndex.get(p.nodeId);
        const sku = this.skus.get(p.skuId);
        if (node === undefined || !sku) continue;
        sku.onHand[node] = p.onHand;
        sku.safety[node] = p.safetyStock;
      }
    }
    const movements = await this.sql.query<MovementRow>(MOVEMENTS_SQL, [iso(at), iso(t1)]);
    const reservations = await this.sql.query<ReservationRow>(RESERVATIONS_SQL, [skuIds, iso(t0), iso(t1)]);
    await this.loadReleases(t0, t1);

    // Reservations as two time-ordered streams: units start being held, units stop being held.
    for (const s of skuIds) this.skus.get(s)!.reserved.fill(0);
    const starts = [...reservations].sort((a, b) => a.createdAt - b.createdAt);
    const ends = reservations.filter((r) => r.endedAt !== null).sort((a, b) => a.endedAt! - b.endedAt!);
    const ownByOrder = new Map<string, ReservationRow[]>();
    for (const r of reservations) {
      let list = ownByOrder.get(r.orderId);
      if (!list) ownByOrder.set(r.orderId, (list = []));
      list.push(r);
    }
    const hold = (r: ReservationRow, sign: 1 | -1) => {
      const node = this.nodeIndex.get(r.nodeId);
      if (node !== undefined) this.skus.get(r.skuId)!.reserved[node] += sign * r.qty;
    };
    let mi = 0;
    let si = 0;
    let ei = 0;
    for (const i of walk) {
      const order = orders[i];
      const t = order.placedAt.getTime();
      // Movements up to and including t happened before the order saw the stock.
      for (; mi < movements.length && movements[mi].at <= t; mi++) this.apply(movements[mi]);
      for (; si < starts.length && starts[si].createdAt <= t; si++) hold(starts[si], 1);
      for (; ei < ends.length && ends[ei].endedAt! <= t; ei++) hold(ends[ei], -1);
      // The order's own reservations were made for it: they are not what it saw.
      const own = (ownByOrder.get(order.id) ?? []).filter((r) => r.createdAt <= t && (r.endedAt === null || r.endedAt > t));
      for (const r of own) hold(r, -1);
      const available = new Map<string, number>();
      for (const line of order.lines) {
        const sku = this.skus.get(line.skuId)!;
        for (let node = 0; node < n; node++) {
          const units = sku.onHand[node] - sku.reserved[node] - sku.safety[node];
          if (units > 0) available.set(`${this.nodes[node].code}|${line.sku}`, units);
        }
      }
      for (const r of own) hold(r, 1);
      out[i] = { source: "LEDGER", available, capacityLeft: this.capacityAt(t) };
    }
    for (; mi < movements.length; mi++) this.apply(movements[mi]);
    this.at = t1;
  }

  private apply(m: MovementRow): void {
    const sku = this.skus.get(m.skuId);
    const node = this.nodeIndex.get(m.nodeId);
    if (sku && node !== undefined) sku.onHand[node] += m.qty;
  }

  private async loadReleases(t0: number, t1: number): Promise<void> {
    const from = t0 - 2 * DAY_MS;
    if (this.releasedUntil === null || this.releasedUntil < from) {
      this.released.clear();
      this.lastCapacity = null;
      this.releases = [];
      this.nextRelease = 0;
      this.releasedUntil = from;
    }
    if (this.releasedUntil >= t1) return;
    const rows = await this.sql.query<ReleaseRow>(RELEASES_SQL, [iso(this.releasedUntil), iso(t1)]);
    this.releases = this.releases.slice(this.nextRelease).concat(rows);
    this.nextRelease = 0;
    this.releasedUntil = t1;
  }

  /** The last answer of capacityAt and what it depended on: orders in a row often share it. */
  private lastCapacity: { days: string; map: Map<string, number> } | null = null;

  /** Each node's daily capacity less what it released earlier on its local day of t (a map shared with other orders: read only). */
  private capacityAt(t: number): Map<string, number> {
    const consumed = this.nextRelease;
    for (; this.nextRelease < this.releases.length && this.releases[this.nextRelease].at < t; this.nextRelease++) {
      const r = this.releases[this.nextRelease];
      const node = this.nodeIndex.get(r.nodeId);
      if (node === undefined) continue;
      let units = this.released.get(r.day);
      if (!units) this.released.set(r.day, (units = new Int32Array(this.nodes.length)));
      units[node] += r.units;
    }
    const dayOf = new Map(this.zones.map((z) => [z, localDay(t, z)]));
    const days = this.zones.map((z) => dayOf.get(z)).join(",");
    if (this.lastCapacity && this.lastCapacity.days === days && consumed === this.nextRelease) return this.lastCapacity.map;
    const capacityLeft = new Map<string, number>();
    this.nodes.forEach((node, i) => {
      capacityLeft.set(node.code, Math.max(0, node.dailyCapacity - (this.released.get(dayOf.get(node.timeZone)!)?.[i] ?? 0)));
    });
    this.lastCapacity = { days, map: capacityLeft };
    return capacityLeft;
  }

  private reset(at: number): void {
    this.at = at;
    this.skus.clear();
    this.released.clear();
    this.releases = [];
    this.nextRelease = 0;
    this.releasedUntil = null;
    this.lastCapacity = null;
  }
}
