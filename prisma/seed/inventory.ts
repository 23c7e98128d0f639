// Stock positions for every node and SKU (DCs deep, stores shallow, some out of stock or below
// safety stock) and the inbound supply: purchase orders to DCs and DC-to-store transfers, in
// transit with an ETA (a few of them late, one partly received), received in the past with their
// receipts, or planned and not shipped yet.
import { SUPPLIERS } from "./catalog-data";
import { byDistance } from "./customers";
import type { StockEvent } from "./history";
import type { InboundSim, NodeRec, Row, SkuRec } from "./model";
import { Stock } from "./model";
import type { Random } from "./random";
import { pad, WeightedTable } from "./random";
import { DAY, HOUR } from "./time";

const SUPPLIER_BY_CATEGORY: Record<string, string[]> = {
  WOM: ["Textiles du Nord SA", "Tessitura Como Srl", "Istanbul Denim Mills", "Filature Vosgienne"],
  MEN: ["Textiles du Nord SA", "Istanbul Denim Mills", "Filature Vosgienne"],
  KID: ["Textiles du Nord SA", "Atelier Lyonnais SARL"],
  SHO: ["Porto Footwear Lda"],
  HOM: ["Faïencerie de Gien", "Atelier Lyonnais SARL"],
  ELE: ["Shenzhen Brightway Electronics"],
  BEA: ["Cosmétiques de Grasse"],
  SPO: ["Sportline Iberia SL"],
  BAG: ["Maroquinerie d'Anjou"],
  OUT: ["Alpine Outdoor GmbH"],
};

export function buildStock(rng: Random, nodes: NodeRec[], skus: SkuRec[]): Stock {
  const stock = new Stock(nodes.length, skus.length);
  const maxDcCapacity = 8000;
  for (const node of nodes) {
    const depth = node.type === "DC" ? 0.5 + (node.code === "DC-PAR" ? 0.5 : node.code === "DC-LYO" ? 0.3 : 0.15) : 0;
    const carry = node.size === "L" ? 0.9 : node.size === "M" ? 0.75 : 0.6;
    const sizeFactor = node.size === "L" ? 1.6 : node.size === "M" ? 1.1 : 0.8;
    for (const sku of skus) {
      const i = stock.at(node.idx, sku.idx);
      const pop = sku.popularity;
      if (node.type === "DC") {
        const expected = Math.round(Math.pow(pop, 0.6) * depth * rng.float(300, 1400) * (maxDcCapacity / 8000)) + rng.int(5, 30);
        const safety = Math.max(5, Math.round(expected * 0.08));
        stock.safety[i] = safety;
        const r = rng.next();
        stock.onHand[i] = r < 0.03 ? 0 : r < 0.07 ? rng.int(0, safety - 1) : expected;
      } else if (rng.chance(Math.min(0.98, carry * (0.75 + pop)))) {
        const target = Math.max(1, Math.min(12, Math.round((1 + pop * 6) * sizeFactor * rng.float(0.7, 1.3))));
        stock.target[i] = target;
        stock.safety[i] = target >= 6 ? 2 : target >= 3 ? 1 : 0;
        stock.onHand[i] = rng.chance(0.1) ? 0 : rng.int(Math.max(0, target - 3), target + 2);
      }
    }
  }
  return stock;
}

export function buildInbound(rng: Random, nodes: NodeRec[], skus: SkuRec[], stock: Stock, now: number): InboundSim[] {
  const dcs = nodes.filter((n) => n.type === "DC");
  const stores = nodes.filter((n) => n.type === "STORE");
  const byCategory = new Map<string, SkuRec[]>();
  for (const s of skus) byCategory.set(s.categoryCode, [...(byCategory.get(s.categoryCode) ?? []), s]);
  const tables = new Map([...byCategory].map(([c, list]) => [c, new WeightedTable(list, list.map((s) => 0.05 + s.popularity))]));
  const categories = [...byCategory.keys()];
  const shipments: InboundSim[] = [];
  // A bigger catalogue gets bigger purchase orders and transfers (the default world: factor 1).
  const lineFactor = Math.max(1, skus.length / 2000);

  const purchaseOrder = (dc: NodeRec, status: "IN_TRANSIT" | "RECEIVED", eta: number, receivedAt: number | null) => {
    const category = rng.pick(categories);
    const suppliers = SUPPLIER_BY_CATEGORY[category] ?? SUPPLIERS;
    const shippedAt = Math.min(now - rng.int(2, 30) * HOUR, eta - rng.int(4, 18) * DAY);
    const lines = new Map<number, number>();
    const count = Math.round(rng.int(8, 30) * lineFactor);
    for (let k = 0; k < count; k++) {
      const sku = tables.get(category)!.pick(rng);
      const carton = sku.weightGrams > 2000 ? 2 : 12;
      lines.set(sku.idx, Math.max(1, Math.round((40 + 500 * Math.sqrt(sku.popularity) * rng.float(0.5, 1.5)) / carton)) * carton);
    }
    shipments.push({
      id: "",
      reference: "",
      type: "PURCHASE_ORDER",
      status,
      to: dc,
      from: null,
      supplier: rng.pick(suppliers),
      eta,
      shippedAt,
      receivedAt,
      createdAt: shippedAt - rng.int(2, 12) * DAY,
      lines,
    });
  };

  for (const dc of dcs) {
    for (let k = 0; k < 18; k++) {
      const receivedAt = now - rng.float(1, 88) * DAY;
      purchaseOrder(dc, "RECEIVED", receivedAt + rng.float(-2, 1) * DAY, receivedAt);
    }
    for (let k = 0; k < 12; k++) {
      // ETAs spread over the next 1-21 days.
      purchaseOrder(dc, "IN_TRANSIT", now + (1 + (20 * (k + rng.next())) / 12) * DAY, null);
    }
  }

  for (const store of stores) {
    const dc = byDistance(dcs, store.lat, store.lng)[0];
    const below: number[] = [];
    const carried: number[] = [];
    for (const s of skus) {
      const i = stock.at(store.idx, s.idx);
      if (stock.target[i] > 0) carried.push(s.idx);
      if (stock.target[i] > 0 && stock.onHand[i] < stock.target[i]) below.push(s.idx);
    }
    const transfers = rng.int(1, 2) + (store.size === "L" ? 1 : 0);
    for (let k = 0; k < transfers + 4; k++) {
      const inTransit = k < transfers;
      const lines = new Map<number, number>();
      const count = Math.round(rng.int(4, 14) * lineFactor);
      for (let j = 0; j < count; j++) {
        const pool = inTransit && below.length ? below : carried.length ? carried : [rng.int(0, skus.length - 1)];
        const skuIdx = rng.pick(pool);
        const i = stock.at(store.idx, skuIdx);
        lines.set(skuIdx, inTransit ? Math.max(1, stock.target[i] - stock.onHand[i] + stock.safety[i]) : rng.int(1, Math.max(2, stock.target[i])));
      }
      const eta = inTransit ? now + rng.float(0.6, 4) * DAY : now - rng.float(1, 85) * DAY;
      const shippedAt = inTransit ? now - rng.float(0.1, 1.2) * DAY : eta - rng.float(1, 3) * DAY;
      shipments.push({
        id: "",
        reference: "",
        type: "TRANSFER",
        status: inTransit ? "IN_TRANSIT" : "RECEIVED",
        to: store,
        from: dc,
        supplier: null,
        eta,
        shippedAt,
        receivedAt: inTransit ? null : eta + rng.float(-0.2, 0.5) * DAY,
        createdAt: shippedAt - rng.float(0.2, 1) * DAY,
        lines,
      });
    }
  }

  shipments.sort((a, b) => a.createdAt - b.createdAt || a.to.idx - b.to.idx);
  let po = 0;
  let tr = 0;
  for (const s of shipments) {
    s.reference = s.type === "PURCHASE_ORDER" ? `PO-${pad(++po, 6)}` : `TR-${pad(++tr, 6)}`;
    s.id = `inb_${s.reference}`;
  }
  return shipments;
}

/**
 * Supply that needs a planner's attention, added after the orders are planned (so no order waits
 * for it): purchase orders and transfers whose ETA has passed (late), one of those purchase orders
 * partly received, and transfers planned by the supply planner but not shipped yet. References
 * continue the PO-/TR- numbering.
 */
export function addInboundToWatch(rng: Random, nodes: NodeRec[], skus: SkuRec[], stock: Stock, now: number, shipments: InboundSim[], planner: { id: string } | null): void {
  const dcs = nodes.filter((n) => n.type === "DC");
  const stores = nodes.filter((n) => n.type === "STORE");
  const lineFactor = Math.max(1, skus.length / 2000);
  const extra: InboundSim[] = [];
  const popular = new WeightedTable(skus, skus.map((s) => 0.05 + s.popularity));
  const belowTarget = (store: NodeRec): number[] => {
    const out: number[] = [];
    for (const s of skus) {
      const i = stock.at(store.idx, s.idx);
      if (stock.target[i] > 0 && stock.onHand[i] - stock.reserved[i] < stock.target[i]) out.push(s.idx);
    }
    return out;
  };
  const transferLines = (store: NodeRec, count: number): Map<number, number> => {
    const pool = belowTarget(store);
    const lines = new Map<number, number>();
    for (let j = 0; j < count && pool.length; j++) {
      const skuIdx = rng.pick(pool);
      const i = stock.at(store.idx, skuIdx);
      lines.set(skuIdx, Math.max(1, stock.target[i] - stock.onHand[i] + stock.reserved[i] + stock.safety[i]));
    }
    return lines;
  };

  // Late purchase orders: two per DC, due 0.5 to 6 days ago; the first one partly received.
  dcs.forEach((dc, d) => {
    for (let k = 0; k < 2; k++) {
      const eta = now - rng.float(0.5, 6) * DAY;
      const shippedAt = eta - rng.int(5, 15) * DAY;
      const lines = new Map<number, number>();
      const count = Math.round(rng.int(6, 16) * lineFactor);
      for (let j = 0; j < count; j++) {
        const sku = popular.pick(rng);
        const carton = sku.weightGrams > 2000 ? 2 : 12;
        lines.set(sku.idx, Math.max(1, Math.round((40 + 400 * Math.sqrt(sku.popularity) * rng.float(0.5, 1.5)) / carton)) * carton);
      }
      const po: InboundSim = { id: "", reference: "", type: "PURCHASE_ORDER", status: "IN_TRANSIT", to: dc, from: null, supplier: rng.pick(SUPPLIERS), eta, shippedAt, receivedAt: null, createdAt: shippedAt - rng.int(2, 10) * DAY, lines };
      if (d === 0 && k === 0) {
        // The first cartons arrived yesterday; the rest is still on its way.
        const got = new Map<number, number>();
        [...lines].forEach(([skuIdx, qty], j) => {
          if (j % 2 === 0) got.set(skuIdx, Math.max(1, Math.floor(qty / 2)));
        });
        po.partialReceipts = [{ at: Math.max(eta, now - rng.float(20, 30) * HOUR), lines: got }];
      }
      extra.push(po);
    }
  });

  // Late transfers: a couple of stores still wait for a truck that was due.
  for (let k = 0; k < Math.min(3, stores.length); k++) {
    const store = stores[(k * 7 + 3) % stores.length];
    const dc = byDistance(dcs, store.lat, store.lng)[0];
    const eta = now - rng.float(0.3, 2) * DAY;
    const shippedAt = eta - rng.float(1, 3) * DAY;
    const lines = transferLines(store, Math.round(rng.int(3, 8) * lineFactor));
    if (lines.size) extra.push({ id: "", reference: "", type: "TRANSFER", status: "IN_TRANSIT", to: store, from: dc, supplier: null, eta, shippedAt, receivedAt: null, createdAt: shippedAt - rng.float(0.2, 1) * DAY, lines });
  }

  // Planned transfers: the supply planner's top-ups for one store in five, not shipped yet.
  stores.forEach((store, k) => {
    if (k % 5 !== 2) return;
    const dc = byDistance(dcs, store.lat, store.lng)[0];
    const createdAt = now - rng.float(1, 30) * HOUR;
    const lines = transferLines(store, Math.round(rng.int(3, 10) * lineFactor));
    if (!lines.size) return;
    extra.push({
      id: "",
      reference: "",
      type: "TRANSFER",
      status: "PLANNED",
      to: store,
      from: dc,
      supplier: null,
      eta: createdAt + rng.float(2, 5) * DAY,
      shippedAt: null,
      receivedAt: null,
      createdAt,
      lines,
      createdById: planner?.id ?? null,
      note: rng.pick(["Weekly top-up", "Top-up before the weekend", "Rebalance after the promotion"]),
    });
  });

  extra.sort((a, b) => a.createdAt - b.createdAt || a.to.idx - b.to.idx);
  let po = shipments.filter((s) => s.type === "PURCHASE_ORDER").length;
  let tr = shipments.length - po;
  for (const s of extra) {
    s.reference = s.type === "PURCHASE_ORDER" ? `PO-${pad(++po, 6)}` : `TR-${pad(++tr, 6)}`;
    s.id = `inb_${s.reference}`;
    shipments.push(s);
  }
}

export interface InboundRowsOptions {
  /** "user:<id>" or "apiKey:<id>": who records a delivery at this node. */
  receivedBy: (node: NodeRec) => string;
}

/**
 * Shipment, line and receipt rows, and the stock movements they caused: a transfer leaves its
 * source when it ships (TRANSFER_OUT), every delivery raises on hand at the destination (RECEIPT).
 */
export function inboundRows(shipments: InboundSim[], skus: SkuRec[], rng: Random, options: InboundRowsOptions): { shipments: Row[]; lines: Row[]; receipts: Row[]; events: StockEvent[] } {
  const shipmentRows: Row[] = [];
  const lineRows: Row[] = [];
  const receiptRows: Row[] = [];
  const events: StockEvent[] = [];
  for (const s of shipments) {
    shipmentRows.push({
      id: s.id,
      reference: s.reference,
      type: s.type,
      status: s.status,
      toNodeId: s.to.id,
      fromNodeId: s.from?.id ?? null,
      supplier: s.supplier,
      eta: new Date(s.eta),
      shippedAt: s.shippedAt === null ? null : new Date(s.shippedAt),
      receivedAt: s.receivedAt === null ? null : new Date(s.receivedAt),
      note: s.note ?? null,
      createdById: s.createdById ?? null,
      version: 1,
      createdAt: new Date(s.createdAt),
    });
    const origin = s.from ? `From ${s.from.code}` : s.supplier ? `From ${s.supplier}` : null;
    let n = 0;
    const lineIds = new Map<number, string>();
    const received = new Map<number, number>();
    for (const [skuIdx, qty] of s.lines) {
      const short = s.status === "RECEIVED" && rng.chance(0.04) ? rng.int(1, Math.max(1, Math.floor(qty / 10))) : 0;
      const partial = (s.partialReceipts ?? []).reduce((a, r) => a + (r.lines.get(skuIdx) ?? 0), 0);
      const receivedQty = s.status === "RECEIVED" ? Math.max(0, qty - short) : Math.min(qty, partial);
      const id = `${s.id}_${pad(++n, 3)}`;
      lineIds.set(skuIdx, id);
      received.set(skuIdx, receivedQty);
      lineRows.push({ id, shipmentId: s.id, skuId: skus[skuIdx].id, qty, receivedQty });
      if (s.from && s.shippedAt !== null) {
        events.push({ node: s.from.idx, sku: skuIdx, at: s.shippedAt, qty: -qty, kind: "TRANSFER_OUT", reference: s.reference, reason: `To ${s.to.code}` });
      }
    }
    const deliveries = s.status === "RECEIVED" ? [{ at: s.receivedAt!, lines: received }] : (s.partialReceipts ?? []);
    deliveries.forEach((r, k) => {
      const lines: Record<string, number> = {};
      let units = 0;
      for (const [skuIdx, qty] of r.lines) {
        if (qty <= 0 || !lineIds.has(skuIdx)) continue;
        lines[lineIds.get(skuIdx)!] = qty;
        units += qty;
        events.push({ node: s.to.idx, sku: skuIdx, at: r.at, qty, kind: "RECEIPT", reference: s.reference, reason: origin });
      }
      receiptRows.push({ id: `rcpt_${s.reference}_${k + 1}`, shipmentId: s.id, lines, units, receivedAt: new Date(r.at), receivedBy: options.receivedBy(s.to), note: null });
    });
  }
  return { shipments: shipmentRows, lines: lineRows, receipts: receiptRows, events };
}

/**
 * Makes positions agree with the reservations: reserved = the ACTIVE reservations, onHand never
 * below reserved; SKUs waiting for a backorder have nothing left to promise anywhere.
 */
export function positionRows(stock: Stock, nodes: NodeRec[], skus: SkuRec[], stockedOut: Set<number>, updatedAt: Date): Row[] {
  const rows: Row[] = [];
  for (const node of nodes) {
    for (const sku of skus) {
      const i = stock.at(node.idx, sku.idx);
      const reserved = stock.reserved[i];
      let onHand = Math.max(stock.onHand[i], reserved);
      if (stockedOut.has(sku.idx)) onHand = reserved;
      rows.push({
        id: `pos_${node.code}_${pad(sku.idx + 1, 6)}`,
        nodeId: node.id,
        skuId: sku.id,
        onHand,
        reserved,
        safetyStock: stock.safety[i],
        targetStock: stock.target[i],
        version: 1,
        updatedAt,
      });
    }
  }
  return rows;
}
