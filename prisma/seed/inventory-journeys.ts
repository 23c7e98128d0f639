// The supply-chain demo journeys the seeded world sets up (with the default seed), for a manager to
// follow on the overview, the alerts and the inbound screens, and for the end-to-end tests:
//
// - A stock-out: DEMO_STOCKOUT.sku has nothing to promise at any node that ships, and an order waits
//   for one unit of it (a backordered line, the oldest open backorder of the SKU). A store that does
//   not ship parcels (DEMO_STOCKOUT.from) still holds free units: a transfer of
//   DEMO_STOCKOUT.transferQty units from it to DEMO_STOCKOUT.to, shipped and received, lets the
//   receipt re-source the backorder there.
// - A projected stock-out: DEMO_AT_RISK.sku sells fast at DEMO_AT_RISK.node (a rush over the last
//   four weeks) with only DEMO_AT_RISK.atp units free and nothing on its way, so it runs out within
//   the ALERTS rules' horizon; DEMO_AT_RISK.from has plenty to send.
//
// The seeded inbound supply also has late purchase orders and transfers (ETA passed, still in
// transit; one purchase order partly received) and transfers planned but not shipped
// (prisma/seed/inventory.ts addInboundToWatch).
import type { NodeRec, SkuRec, Stock } from "./model";

export const DEMO_STOCKOUT = {
  sku: "SHO-0001-NAV-40",
  /** A store that does not ship parcels, with free units of the SKU. */
  from: "ST-REI-01",
  /** Units free to promise (and to transfer) at `from`. */
  freeAtSource: 12,
  /** A DC: units received there serve the backorder. */
  to: "DC-PAR",
  /** Safety stock of the SKU at `to`: a transfer must bring more than this. */
  safetyAtDestination: 2,
  /** A transfer that covers the backordered unit with room to spare. */
  transferQty: 6,
} as const;

export const DEMO_AT_RISK = {
  sku: "MEN-0001-CML-M",
  node: "ST-PAR-01",
  /** Units free to promise at `node`. */
  atp: 3,
  /** Extra units sold per day at `node` over the last `rushDays` days. */
  rushPerDay: 0.8,
  rushDays: 28,
  /** A DC with plenty of the SKU to send. */
  from: "DC-PAR",
} as const;

export interface PositionOverride {
  /** Units free to promise (on hand = reserved + safety + this). */
  free?: number;
  safetyStock?: number;
  targetStock?: number;
}

export interface InventoryJourneys {
  /** Position index -> what to set once the positions are built (after the stock-outs are applied). */
  overrides: Map<number, PositionOverride>;
  /** Position index -> extra store sales per day over the last days. */
  rushes: Map<number, { perDay: number; days: number }>;
  /** Which journeys this world has (a small catalogue or network may lack their SKUs or nodes). */
  stockout: boolean;
  atRisk: boolean;
}

/** The SKU the stock-out journey's backorder is for, when the catalogue has it. */
export function demoBackorderSku(skus: SkuRec[], nodes: NodeRec[]): SkuRec | undefined {
  if (!nodes.some((n) => n.code === DEMO_STOCKOUT.from) || !nodes.some((n) => n.code === DEMO_STOCKOUT.to)) return undefined;
  return skus.find((s) => s.code === DEMO_STOCKOUT.sku);
}

/**
 * Sets the stock of the journeys' positions (after the orders are planned, so reserved is known)
 * and takes the at-risk SKU off any shipment still on its way to the at-risk store.
 */
export function planInventoryJourneys(
  nodes: NodeRec[],
  skus: SkuRec[],
  stock: Stock,
  stockedOut: Set<number>,
  inbound: { to: NodeRec; status: string; lines: Map<number, number> }[],
): InventoryJourneys {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const out: InventoryJourneys = { overrides: new Map(), rushes: new Map(), stockout: false, atRisk: false };

  const backordered = demoBackorderSku(skus, nodes);
  if (backordered && stockedOut.has(backordered.idx)) {
    const from = byCode.get(DEMO_STOCKOUT.from)!;
    const to = byCode.get(DEMO_STOCKOUT.to)!;
    out.overrides.set(stock.at(from.idx, backordered.idx), { free: DEMO_STOCKOUT.freeAtSource, safetyStock: 0, targetStock: Math.max(6, stock.target[stock.at(from.idx, backordered.idx)]) });
    out.overrides.set(stock.at(to.idx, backordered.idx), { safetyStock: DEMO_STOCKOUT.safetyAtDestination });
    out.stockout = true;
  }

  const node = byCode.get(DEMO_AT_RISK.node);
  const dc = byCode.get(DEMO_AT_RISK.from);
  const sku = skus.find((s) => s.code === DEMO_AT_RISK.sku);
  if (node && dc && sku && !stockedOut.has(sku.idx)) {
    const i = stock.at(node.idx, sku.idx);
    out.overrides.set(i, { free: DEMO_AT_RISK.atp, safetyStock: 1, targetStock: 10 });
    out.rushes.set(i, { perDay: DEMO_AT_RISK.rushPerDay, days: DEMO_AT_RISK.rushDays });
    const d = stock.at(dc.idx, sku.idx);
    if (stock.onHand[d] - stock.reserved[d] - stock.safety[d] < 40) stock.onHand[d] = stock.reserved[d] + stock.safety[d] + 60;
    for (const s of inbound) if (s.to === node && s.status !== "RECEIVED") s.lines.delete(sku.idx);
    out.atRisk = true;
  }
  return out;
}
