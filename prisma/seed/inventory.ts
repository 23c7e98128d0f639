// Stock positions for every node and SKU (DCs deep, stores shallow, some out of stock or below
// safety stock) and the inbound supply: purchase orders to DCs and DC-to-store transfers, in
// transit with an ETA or received in the past.
import { SUPPLIERS } from "./catalog-data";
import { byDistance } from "./customers";
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

  const purchaseOrder = (dc: NodeRec, status: "IN_TRANSIT" | "RECEIVED", eta: number, receivedAt: number | null) => {
    const category = rng.pick(categories);
    const suppliers = SUPPLIER_BY_CATEGORY[category] ?? SUPPLIERS;
    const shippedAt = Math.min(now - rng.int(2, 30) * HOUR, eta - rng.int(4, 18) * DAY);
    const lines = new Map<number, number>();
    const count = rng.int(8, 30);
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
      const count = rng.int(4, 14);
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

export function inboundRows(shipments: InboundSim[], skus: SkuRec[], rng: Random): { shipments: Row[]; lines: Row[] } {
  const shipmentRows: Row[] = [];
  const lineRows: Row[] = [];
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
      shippedAt: new Date(s.shippedAt),
      receivedAt: s.receivedAt === null ? null : new Date(s.receivedAt),
      version: 1,
      createdAt: new Date(s.createdAt),
    });
    let n = 0;
    for (const [skuIdx, qty] of s.lines) {
      const short = s.status === "RECEIVED" && rng.chance(0.04) ? rng.int(1, Math.max(1, Math.floor(qty / 10))) : 0;
      lineRows.push({
        id: `${s.id}_${pad(++n, 3)}`,
        shipmentId: s.id,
        skuId: skus[skuIdx].id,
        qty,
        receivedQty: s.status === "RECEIVED" ? Math.max(0, qty - short) : 0,
      });
    }
  }
  return { shipments: shipmentRows, lines: lineRows };
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
