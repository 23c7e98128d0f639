// The stock movement ledger of the demo world: 90 days of history for every inventory position,
// ending exactly at the position's on hand. The movements come from what the world did (orders
// shipped and handed over, purchase orders and transfers received and shipped, returns restocked,
// counted corrections) plus what stores sell over the counter, with the store replenishments and
// the opening balance that make the numbers add up. A position's movements always sum to its on
// hand and no running balance is ever negative, as the database's ledger trigger guarantees for
// live changes (prisma/migrations/20261203100000_inventory_supply).
import type { StockMovementKind } from "@/generated/prisma/enums";
import type { NodeRec, Row, SkuRec, Stock } from "./model";
import type { Random } from "./random";
import { DAY, HOUR, localParts } from "./time";

/** One change of on hand at a position (node x SKU), before it becomes a StockMovement row. */
export interface StockEvent {
  node: number;
  sku: number;
  at: number;
  /** Signed change of on hand. */
  qty: number;
  kind: StockMovementKind;
  reference: string | null;
  reason: string | null;
  /** On hand right after it: filled in by buildStockHistory. */
  after?: number;
}

/** Days of history before "now" (the SKU page shows the last 90). */
export const HISTORY_DAYS = 90;
/** The opening balance is dated just before the history window, so a 90-day chart starts from it. */
export const OPENING_REASON = "Stock before the movement ledger";
export const STORE_SALE_REASON = "Sold in store";

export interface HistoryInput {
  rng: Random;
  now: number;
  nodes: NodeRec[];
  skus: SkuRec[];
  /** Safety and target stock per position (and its layout). */
  stock: Stock;
  /** Each position's on hand at `now`: the history ends there. */
  final: Int32Array;
  /** What the world did (order shipments, receipts, transfers, returns, corrections). */
  events: StockEvent[];
  /**
   * Units a store sells over the counter per day at a position, on average; 0 for none. Sales are
   * drawn day by day over the whole history.
   */
  storeSalesPerDay: (node: NodeRec, sku: SkuRec, position: number) => number;
  /** Extra over-the-counter sales per day in the last `days` days at some positions (a rush). */
  rushes?: Map<number, { perDay: number; days: number }>;
}

export interface StockHistory {
  /** StockMovement rows (without ids), position by position, each position's oldest first. */
  rows: Row[];
  counts: Partial<Record<StockMovementKind, number>>;
}

/**
 * Builds the ledger. Each position is walked backwards from its final on hand: an outflow means
 * there was more before it; an inflow larger than what was there after it means units left in
 * between (a store sale, or a DC's store replenishment); a store whose shelf would hold more than
 * its target plus safety stock was replenished just before (a receipt from its DC). What is left at
 * the start is the opening balance.
 */
export function buildStockHistory(input: HistoryInput): StockHistory {
  const { rng, now, nodes, skus, stock, final } = input;
  const skuCount = skus.length;
  const start = now - HISTORY_DAYS * DAY;
  const openingAt = start - 12 * HOUR;
  const byPosition: (StockEvent[] | undefined)[] = new Array(final.length);
  const add = (e: StockEvent) => {
    const i = e.node * skuCount + e.sku;
    (byPosition[i] ??= []).push(e);
  };
  for (const e of input.events) {
    if (e.qty === 0) continue;
    e.at = Math.min(now, Math.max(start, e.at));
    add(e);
  }

  // Over-the-counter sales: one movement per store, SKU and day with sales.
  const dayStarts = Array.from({ length: HISTORY_DAYS }, (_, d) => localParts(now - d * DAY).midnight);
  for (const node of nodes) {
    if (node.type !== "STORE") continue;
    for (const sku of skus) {
      const i = stock.at(node.idx, sku.idx);
      const base = input.storeSalesPerDay(node, sku, i);
      const rush = input.rushes?.get(i);
      if (base <= 0 && !rush) continue;
      const salesOn = (rate: number, fromDay: number, toDay: number) => {
        if (rate <= 0) return;
        // Days with at least one sale, skipping ahead geometrically (cheap for slow movers).
        const p = 1 - Math.exp(-rate);
        const logq = Math.log(1 - Math.min(p, 0.999999));
        let d = fromDay - 1;
        for (;;) {
          d += 1 + Math.floor(Math.log(1 - rng.next()) / logq);
          if (d > toDay) return;
          let qty = 1;
          while (qty < 20 && rng.next() < rate / (qty + 1)) qty++;
          // Opening hours: 10:00-19:00 local time.
          const at = dayStarts[d] + Math.floor((10 + rng.next() * 9) * HOUR);
          if (at >= now) continue; // later today
          add({ node: node.idx, sku: sku.idx, at, qty: -qty, kind: "SALE", reference: null, reason: STORE_SALE_REASON });
        }
      };
      salesOn(base, 0, HISTORY_DAYS - 1);
      if (rush) salesOn(rush.perDay, 0, Math.min(HISTORY_DAYS, rush.days) - 1);
    }
  }

  const nearestDc = new Map<number, string>();
  const dcs = nodes.filter((n) => n.type === "DC");
  for (const n of nodes) {
    if (n.type !== "STORE" || !dcs.length) continue;
    let best = dcs[0];
    for (const dc of dcs) if ((dc.lat - n.lat) ** 2 + (dc.lng - n.lng) ** 2 < (best.lat - n.lat) ** 2 + (best.lng - n.lng) ** 2) best = dc;
    nearestDc.set(n.idx, best.code);
  }

  const rows: Row[] = [];
  const counts: Partial<Record<StockMovementKind, number>> = {};
  const forward: StockEvent[] = [];
  for (let i = 0; i < final.length; i++) {
    const list = byPosition[i];
    const end = final[i];
    if (!list && end === 0) continue;
    const nodeIdx = Math.floor(i / skuCount);
    const node = nodes[nodeIdx];
    const sku = skus[i - nodeIdx * skuCount];
    const isStore = node.type === "STORE";
    const cap = isStore ? Math.max(2, stock.target[i] + stock.safety[i] + 2) : Infinity;
    forward.length = 0;
    // Newest first.
    const events = list ? list.sort((a, b) => b.at - a.at) : [];
    let after = end;
    let later = now; // when the next (more recent) movement happened
    for (let k = 0; k < events.length; k++) {
      const e = events[k];
      const earlier = k + 1 < events.length ? events[k + 1].at : start;
      let before = after - e.qty;
      if (before < 0) {
        // More came in than was there afterwards: the difference left in between.
        const gone = -before;
        const at = e.at + Math.max(1, Math.floor((later - e.at) * rng.float(0.2, 0.8)));
        forward.push(
          isStore
            ? { node: nodeIdx, sku: sku.idx, at: Math.min(at, later), qty: -gone, kind: "SALE", reference: null, reason: STORE_SALE_REASON, after }
            : { node: nodeIdx, sku: sku.idx, at: Math.min(at, later), qty: -gone, kind: "TRANSFER_OUT", reference: null, reason: "Store replenishment", after },
        );
        after += gone;
        before = 0;
      }
      e.after = after;
      forward.push(e);
      if (isStore && e.qty < 0 && before > cap) {
        // A full shelf before this sale: the DC had just topped it up.
        const low = rng.int(0, Math.max(1, stock.safety[i]));
        // Between the previous movement and this sale (on a tie, the emitted order keeps it right).
        const at = Math.max(earlier, e.at - Math.floor(rng.float(2, 20) * HOUR));
        forward.push({ node: nodeIdx, sku: sku.idx, at, qty: before - low, kind: "RECEIPT", reference: null, reason: `Replenishment from ${nearestDc.get(nodeIdx) ?? "the DC"}`, after: before });
        before = low;
        later = at;
      } else later = e.at;
      after = before;
    }
    if (after > 0) forward.push({ node: nodeIdx, sku: sku.idx, at: openingAt, qty: after, kind: "OPENING", reference: null, reason: OPENING_REASON, after });
    // forward holds the movements newest first: emit them oldest first.
    for (let k = forward.length - 1; k >= 0; k--) {
      const e = forward[k];
      counts[e.kind] = (counts[e.kind] ?? 0) + 1;
      rows.push({ nodeId: node.id, skuId: sku.id, kind: e.kind, qty: e.qty, onHandAfter: e.after!, reason: e.reason, reference: e.reference, occurredAt: new Date(e.at) });
    }
  }
  return { rows, counts };
}
