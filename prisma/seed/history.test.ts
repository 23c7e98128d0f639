// The seeded movement ledger, as a property: whatever the world did and whatever each position
// holds at the end, every position's movements add up to its on hand, each movement's "on hand
// after" is the running balance in time order, no balance is ever negative, and nothing happens
// outside the history window.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildStockHistory, HISTORY_DAYS, type StockEvent } from "./history";
import { Stock, type NodeRec, type Row, type SkuRec } from "./model";
import { Random } from "./random";

const NOW = Date.parse("2026-11-25T10:30:00Z");
const DAY = 86_400_000;
const HOURS: NodeRec["hours"] = { mon: [["10:00", "19:00"]], tue: [["10:00", "19:00"]], wed: [["10:00", "19:00"]], thu: [["10:00", "19:00"]], fri: [["10:00", "19:00"]], sat: [["10:00", "19:00"]], sun: [] };

function node(idx: number, type: "DC" | "STORE"): NodeRec {
  const code = type === "DC" ? `DC-T${idx}` : `ST-T${idx}`;
  return { idx, id: `node_${code}`, code, name: code, type, city: "Paris", country: "FR", lat: 48.8 + idx / 10, lng: 2.3, hours: HOURS, canShipFromStore: type === "STORE", franchise: false, size: "M", address: "" };
}
const NODES = [node(0, "DC"), node(1, "STORE"), node(2, "STORE")];
const SKUS: SkuRec[] = [0, 1, 2].map((idx) => ({ idx, id: `sku_${idx}`, code: `T-${idx}`, name: `T ${idx}`, productIdx: 0, categoryCode: "T", priceMinor: 1000, weightGrams: 100, popularity: 1 - idx / 3 }));
const KINDS = ["RECEIPT", "TRANSFER_OUT", "SHIPMENT", "SALE", "RETURN", "ADJUSTMENT"] as const;

const eventArb = fc.record({
  node: fc.nat(NODES.length - 1),
  sku: fc.nat(SKUS.length - 1),
  // Coarse times so that several events often share an instant.
  hoursAgo: fc.integer({ min: 0, max: HISTORY_DAYS * 24 - 1 }).map((h) => h - (h % 6)),
  qty: fc.integer({ min: -40, max: 120 }).filter((q) => q !== 0),
  kind: fc.constantFrom(...KINDS),
});

const worldArb = fc.record({
  seed: fc.integer(),
  final: fc.array(fc.nat(30), { minLength: NODES.length * SKUS.length, maxLength: NODES.length * SKUS.length }),
  target: fc.array(fc.nat(12), { minLength: NODES.length * SKUS.length, maxLength: NODES.length * SKUS.length }),
  salesPerDay: fc.constantFrom(0, 0.05, 0.4, 1.5),
  events: fc.array(eventArb, { maxLength: 60 }),
  rush: fc.boolean(),
});

function check(rows: Row[], final: Int32Array): void {
  const times = rows.map((r) => (r.occurredAt as Date).getTime());
  // Within the window (the opening balance just before it); each position's movements oldest first.
  const last = new Map<string, number>();
  rows.forEach((r, k) => {
    const key = `${r.nodeId}|${r.skuId}`;
    expect(times[k]).toBeGreaterThanOrEqual(last.get(key) ?? -Infinity);
    last.set(key, times[k]);
  });
  for (const t of times) {
    expect(t).toBeLessThanOrEqual(NOW);
    expect(t).toBeGreaterThanOrEqual(NOW - HISTORY_DAYS * DAY - DAY);
  }
  const balance = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.nodeId}|${r.skuId}`;
    const b = (balance.get(key) ?? 0) + (r.qty as number);
    expect(r.qty).not.toBe(0);
    expect(b).toBeGreaterThanOrEqual(0);
    expect(r.onHandAfter).toBe(b);
    balance.set(key, b);
  }
  NODES.forEach((n) =>
    SKUS.forEach((s) => {
      expect(balance.get(`${n.id}|${s.id}`) ?? 0).toBe(final[n.idx * SKUS.length + s.idx]);
    }),
  );
}

describe("the seeded stock movement history", () => {
  it("adds up to on hand for every position, in time order, never below zero", () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const stock = new Stock(NODES.length, SKUS.length);
        w.target.forEach((t, i) => {
          if (NODES[Math.floor(i / SKUS.length)].type === "STORE") {
            stock.target[i] = t;
            stock.safety[i] = t >= 6 ? 2 : t >= 3 ? 1 : 0;
          }
        });
        const final = Int32Array.from(w.final);
        const events: StockEvent[] = w.events.map((e) => ({ node: e.node, sku: e.sku, at: NOW - e.hoursAgo * 3_600_000, qty: e.qty, kind: e.kind, reference: null, reason: null }));
        const rushes = w.rush ? new Map([[stock.at(1, 0), { perDay: 2, days: 28 }]]) : undefined;
        const { rows, counts } = buildStockHistory({
          rng: new Random(w.seed),
          now: NOW,
          nodes: NODES,
          skus: SKUS,
          stock,
          final,
          events,
          storeSalesPerDay: (n, s, i) => (stock.target[i] > 0 ? w.salesPerDay * s.popularity : 0),
          rushes,
        });
        check(rows, final);
        // Everything the world did is in the ledger, once.
        for (const kind of KINDS) {
          const given = events.filter((e) => e.kind === kind).length;
          expect(counts[kind] ?? 0).toBeGreaterThanOrEqual(given);
        }
        expect(events.every((e) => e.after !== undefined)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("gives a store selling fast a sawtooth of sales and replenishments, not one huge opening", () => {
    const stock = new Stock(NODES.length, SKUS.length);
    const i = stock.at(1, 0);
    stock.target[i] = 8;
    stock.safety[i] = 2;
    const final = new Int32Array(NODES.length * SKUS.length);
    final[i] = 5;
    const { rows } = buildStockHistory({ rng: new Random(7), now: NOW, nodes: NODES, skus: SKUS, stock, final, events: [], storeSalesPerDay: (n, s, k) => (k === i ? 1 : 0) });
    check(rows, final);
    const sold = -rows.filter((r) => r.kind === "SALE").reduce((a, r) => a + (r.qty as number), 0);
    expect(sold).toBeGreaterThan(50);
    expect(rows.filter((r) => r.kind === "RECEIPT").length).toBeGreaterThan(5);
    // The shelf never holds much more than its target plus safety stock (a few units of one sale over).
    expect(Math.max(...rows.map((r) => r.onHandAfter as number))).toBeLessThanOrEqual(8 + 2 + 2 + 6);
  });
});
