// Turns an instance into the solver's compact problem: per line, the nodes that may serve it (with
// the reason each other node is rejected), and the "arcs" (source node, destination) the search
// opens or not. Everything is indexed in a canonical order so shuffled input gives the same plan.

import { shipmentFixedCost } from "./cost";
import { SourcingInputError } from "./errors";
import { EARTH_RADIUS_KM, haversineKm } from "./geo";
import type {
  FulfillmentNode,
  GeoPoint,
  OpenShipment,
  OrderLine,
  RejectionReason,
  RejectionSummary,
  SourcingInstance,
  UnfilledReason,
} from "./types";

export const EXAMPLES_PER_REASON = 3;

export interface Destination {
  /** "customer" or the pickup store's id. */
  id: string;
  point: GeoPoint;
  /** The pickup store; absent for the customer. */
  node?: FulfillmentNode;
}

export interface PreparedLine {
  line: OrderLine;
  /** Position in order.lines (output keeps the order's line order). */
  position: number;
  sku: number;
  qty: number;
  /** Destination index, -1 when the pickup store itself is unusable. */
  dest: number;
  blocked?: UnfilledReason;
  /** Arcs (indices) that may carry this line, free ones included. */
  arcs: number[];
  /** Cheapest handling among its candidates (the unfilled penalty when it has none). */
  minUnitCost: number;
  rejected: RejectionSummary;
  /** Per eligible arc, in the same order as `arcs`: km to the destination and units it could give. */
  candidateKm: number[];
  candidateSupply: number[];
}

export interface Problem {
  instance: SourcingInstance;
  /** Lines in canonical order (by id). */
  lines: PreparedLine[];
  dests: Destination[];
  /**
   * Nodes used by at least one arc, in order of their cheapest arc (a canonical order that does
   * not depend on the input's order); arcs refer to them by index.
   */
  nodes: FulfillmentNode[];
  nodeHandling: Float64Array;
  nodeCapacity: Float64Array;
  skuCount: number;
  /** nodeStock[node * skuCount + sku], clamped at 0. */
  nodeStock: Float64Array;
  /**
   * Arcs 0..searchArcCount-1 are optional shipments sorted by (fixed cost, node id, destination);
   * the rest are always open: pickup stores serving their own lines, and already-open shipments.
   */
  arcCount: number;
  searchArcCount: number;
  arcNode: Int32Array;
  arcDest: Int32Array;
  arcFixed: Float64Array;
  arcKm: Float64Array;
  /** 1 when the arc is a shipment to the customer that counts towards maxShipments. */
  arcCountsTowardsLimit: Uint8Array;
  arcLines: number[][];
  /** New customer shipments allowed (maxShipments minus already-open ones). */
  shipmentLimit: number;
  penalty: number;
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const REASONS: readonly RejectionReason[] = ["EXCLUDED_BY_RULE", "NO_STOCK", "NO_CAPABILITY", "TOO_FAR", "NO_CAPACITY"];

function emptySummary(): RejectionSummary {
  return { total: 0, byReason: {}, examples: [] };
}

/**
 * Rejection counts per reason plus the nearest few nodes per reason, gathered in typed arrays:
 * a line at 1,000 nodes rejects hundreds of them, and the explanation keeps only a handful.
 */
class RejectionCollector {
  private readonly counts = new Int32Array(REASONS.length);
  private readonly nearest = new Int32Array(REASONS.length * EXAMPLES_PER_REASON);
  private readonly nearestKm = new Float64Array(REASONS.length * EXAMPLES_PER_REASON);
  /** Per reason, the index of the farthest kept example (valid once the list is full). */
  private readonly worst = new Int32Array(REASONS.length);

  constructor(private readonly nodes: FulfillmentNode[]) {}

  reset(): void {
    this.counts.fill(0);
  }

  add(reason: number, node: number, km: number): void {
    const have = this.counts[reason]++;
    const base = reason * EXAMPLES_PER_REASON;
    if (have < EXAMPLES_PER_REASON) {
      this.nearest[base + have] = node;
      this.nearestKm[base + have] = km;
      if (have === EXAMPLES_PER_REASON - 1) this.findWorst(reason);
      return;
    }
    // Most rejected nodes are farther than every kept example: one comparison settles them.
    const worst = this.worst[reason];
    if (km > this.nearestKm[worst]) return;
    if (this.isCloser(km, node, this.nearestKm[worst], this.nearest[worst])) {
      this.nearest[worst] = node;
      this.nearestKm[worst] = km;
      this.findWorst(reason);
    }
  }

  private findWorst(reason: number): void {
    const base = reason * EXAMPLES_PER_REASON;
    let worst = base;
    for (let i = base + 1; i < base + EXAMPLES_PER_REASON; i++) {
      if (this.isCloser(this.nearestKm[worst], this.nearest[worst], this.nearestKm[i], this.nearest[i])) worst = i;
    }
    this.worst[reason] = worst;
  }

  private isCloser(kmA: number, a: number, kmB: number, b: number): boolean {
    return kmA < kmB || (kmA === kmB && this.nodes[a].id < this.nodes[b].id);
  }

  /** Counts and examples; example distances are exact great-circle km to `point`. */
  summary(point: GeoPoint): RejectionSummary {
    const summary = emptySummary();
    for (let r = 0; r < REASONS.length; r++) {
      const count = this.counts[r];
      if (count === 0) continue;
      summary.total += count;
      summary.byReason[REASONS[r]] = count;
      for (let i = 0; i < Math.min(count, EXAMPLES_PER_REASON); i++) {
        const k = r * EXAMPLES_PER_REASON + i;
        const node = this.nodes[this.nearest[k]];
        summary.examples.push({ node: node.id, reason: REASONS[r], distanceKm: haversineKm(node, point) });
      }
    }
    finishSummary(summary);
    return summary;
  }
}

export function finishSummary(summary: RejectionSummary): void {
  summary.examples.sort((a, b) => a.distanceKm - b.distanceKm || byId(a.node, b.node) || byId(a.reason, b.reason));
}

/** The problem's nodes (sources and pickup stores) by id, for pricing its plans. */
export function problemNodes(p: Problem): Map<string, FulfillmentNode> {
  const nodes = new Map<string, FulfillmentNode>(p.nodes.map((n) => [n.id, n]));
  for (const d of p.dests) if (d.node) nodes.set(d.id, d.node);
  return nodes;
}

/** Builds the compact problem; throws SourcingInputError on duplicate ids or unknown pickup stores. */
export function prepareProblem(instance: SourcingInstance, openShipments: OpenShipment[] = []): Problem {
  const { order, costs, rules } = instance;
  const allNodes = instance.nodes;
  const N = allNodes.length;
  const nodeIndex = new Map<string, number>();
  for (let i = 0; i < N; i++) nodeIndex.set(allNodes[i].id, i);
  if (nodeIndex.size !== N) {
    const duplicate = allNodes.find((node, i) => nodeIndex.get(node.id) !== i)!;
    throw new SourcingInputError(`Node ${duplicate.id} is listed twice.`);
  }
  const lineIds = new Set<string>();
  for (const line of order.lines) {
    if (lineIds.has(line.id)) throw new SourcingInputError(`Line ${line.id} is listed twice.`);
    lineIds.add(line.id);
    if (line.mode === "PICKUP" && (line.pickupNode === undefined || !nodeIndex.has(line.pickupNode))) {
      throw new SourcingInputError(`Line ${line.id}: pickup node ${line.pickupNode ?? "(none)"} is not a node.`);
    }
  }

  const skuIndex = new Map<string, number>();
  for (const line of order.lines) if (!skuIndex.has(line.sku)) skuIndex.set(line.sku, skuIndex.size);
  const skuCount = skuIndex.size;
  // Stock of the order's SKUs by node position; duplicate rows add up, unknown nodes are ignored.
  const stockAll = new Float64Array(skuCount * N);
  for (const row of instance.stock) {
    const s = skuIndex.get(row.sku);
    if (s === undefined) continue;
    const n = nodeIndex.get(row.node);
    if (n === undefined) continue;
    stockAll[s * N + n] += row.available;
  }

  const excluded = new Set(rules.excludedNodes ?? []);
  const nodeExcluded = new Uint8Array(N);
  const nodeCanShip = new Uint8Array(N);
  const nodeIsStore = new Uint8Array(N);
  const nodeHasNoCapacity = new Uint8Array(N);
  for (let n = 0; n < N; n++) {
    const node = allNodes[n];
    nodeExcluded[n] = excluded.size > 0 && excluded.has(node.id) ? 1 : 0;
    nodeCanShip[n] = node.canShip ? 1 : 0;
    nodeIsStore[n] = node.type === "STORE" ? 1 : 0;
    nodeHasNoCapacity[n] = node.capacityLeft < 1 ? 1 : 0;
  }
  const collector = new RejectionCollector(allNodes);

  const dests: Destination[] = [{ id: "customer", point: order.destination }];
  const pickupStores = [...new Set(order.lines.filter((l) => l.mode === "PICKUP").map((l) => l.pickupNode!))].sort(byId);
  for (const id of pickupStores) {
    const store = allNodes[nodeIndex.get(id)!];
    dests.push({ id, point: store, node: store });
  }
  const destIndex = new Map(dests.map((d, i) => [d.id, i]));
  const D = dests.length;
  // Exact great-circle km is computed only where it matters: for candidates (their arcs' cost)
  // and for stores near the ship-from-store limit. Elsewhere a flat-earth estimate ranks nodes for
  // the explanation's nearest examples (whose shown distances are exact).
  const approxCache: Array<Float64Array | undefined> = [];
  const exactCache: Array<Float64Array | undefined> = [];
  const approxTo = (d: number): Float64Array => {
    let km = approxCache[d];
    if (!km) {
      km = new Float64Array(N);
      const point = dests[d].point;
      const cosLat = Math.cos((point.lat * Math.PI) / 180);
      const scale = (Math.PI / 180) * EARTH_RADIUS_KM;
      for (let n = 0; n < N; n++) {
        const dy = allNodes[n].lat - point.lat;
        const dx = (allNodes[n].lng - point.lng) * cosLat;
        km[n] = scale * Math.sqrt(dx * dx + dy * dy);
      }
      approxCache[d] = km;
    }
    return km;
  };
  const exactTo = (d: number, n: number): number => {
    let km = exactCache[d];
    if (!km) exactCache[d] = km = new Float64Array(N).fill(-1);
    if (km[n] < 0) km[n] = haversineKm(allNodes[n], dests[d].point);
    return km[n];
  };
  const maxKm = rules.shipFromStoreMaxKm;
  // Outside this band of the estimate the limit's verdict is certain (the estimate errs by a few
  // percent at these ranges); beyond 1,500 km the estimate is not trusted at all.
  const surelyWithin = maxKm < 1500 ? 0.8 * maxKm - 1 : -1;
  const surelyBeyond = maxKm < 1500 ? 1.25 * maxKm + 1 : Infinity;

  const open = new Set(openShipments.map((s) => `${s.node}\u0000${s.to}`));
  const openCustomer = new Set(openShipments.filter((s) => s.to === "customer").map((s) => s.node));

  // Raw arcs, one per (node, destination) that serves at least one line.
  const arcOf = new Int32Array(D * N).fill(-1);
  const rawNode: number[] = [];
  const rawDest: number[] = [];
  const rawFree: number[] = [];
  const rawLines: number[][] = [];
  const sorted = order.lines.map((line, position) => ({ line, position })).sort((a, b) => byId(a.line.id, b.line.id));
  const lines: PreparedLine[] = [];
  const lineCandidates: number[][] = [];

  for (let li = 0; li < sorted.length; li++) {
    const { line, position } = sorted[li];
    const sku = skuIndex.get(line.sku)!;
    const prepared: PreparedLine = {
      line,
      position,
      sku,
      qty: line.qty,
      dest: -1,
      arcs: [],
      minUnitCost: costs.unfilledPerUnit,
      rejected: emptySummary(),
      candidateKm: [],
      candidateSupply: [],
    };
    lines.push(prepared);
    const candidates: number[] = [];
    lineCandidates.push(candidates);
    let pickup = -1;
    if (line.mode === "PICKUP") {
      pickup = nodeIndex.get(line.pickupNode!)!;
      const store = allNodes[pickup];
      if (nodeExcluded[pickup] || !store.canPickup) {
        prepared.blocked = "PICKUP_NODE_UNAVAILABLE";
        continue;
      }
    }
    const dest = line.mode === "SHIP" ? 0 : destIndex.get(line.pickupNode!)!;
    prepared.dest = dest;
    const km = approxTo(dest);
    const stockBase = sku * N;
    const ship = line.mode === "SHIP";
    collector.reset();
    for (let n = 0; n < N; n++) {
      let reason = -1;
      if (nodeExcluded[n]) reason = 0;
      else if (stockAll[stockBase + n] <= 0) reason = 1;
      else if (n !== pickup && !nodeCanShip[n]) reason = 2;
      else if (
        ship &&
        nodeIsStore[n] &&
        km[n] > surelyWithin &&
        (km[n] > surelyBeyond || exactTo(dest, n) > maxKm)
      ) {
        reason = 3;
      } else if (nodeHasNoCapacity[n]) reason = 4;
      if (reason >= 0) {
        collector.add(reason, n, km[n]);
        continue;
      }
      candidates.push(n);
      let a = arcOf[dest * N + n];
      if (a < 0) {
        a = rawNode.length;
        arcOf[dest * N + n] = a;
        rawNode.push(n);
        rawDest.push(dest);
        const free = n === pickup || (open.size > 0 && open.has(`${allNodes[n].id}\u0000${dests[dest].id}`));
        rawFree.push(free ? 1 : 0);
        rawLines.push([]);
      }
      rawLines[a].push(li);
    }
    prepared.rejected = collector.summary(dests[dest].point);
  }

  const R = rawNode.length;
  const rawKm = new Float64Array(R);
  const rawFixed = new Float64Array(R);
  const byNode = costs.perShipmentByNode;
  for (let a = 0; a < R; a++) {
    rawKm[a] = exactTo(rawDest[a], rawNode[a]);
    rawFixed[a] = rawFree[a] ? 0 : shipmentFixedCost(costs.perShipment, byNode?.[allNodes[rawNode[a]].id]) + costs.perKm * rawKm[a];
  }
  const order0 = Array.from({ length: R }, (_, a) => a).sort(
    (a, b) =>
      rawFree[a] - rawFree[b] ||
      rawFixed[a] - rawFixed[b] ||
      byId(allNodes[rawNode[a]].id, allNodes[rawNode[b]].id) ||
      rawDest[a] - rawDest[b],
  );
  // Compact node indices in order of each node's cheapest arc: canonical without sorting ids.
  const compactOf = new Int32Array(N).fill(-1);
  const nodes: FulfillmentNode[] = [];
  const arcNode = new Int32Array(R);
  const arcDest = new Int32Array(R);
  const arcFixed = new Float64Array(R);
  const arcKm = new Float64Array(R);
  const arcCountsTowardsLimit = new Uint8Array(R);
  const arcLines: number[][] = new Array(R);
  const rawToArc = new Int32Array(R);
  let searchArcCount = 0;
  for (let i = 0; i < R; i++) {
    const a = order0[i];
    const n = rawNode[a];
    if (compactOf[n] < 0) {
      compactOf[n] = nodes.length;
      nodes.push(allNodes[n]);
    }
    arcNode[i] = compactOf[n];
    arcDest[i] = rawDest[a];
    arcFixed[i] = rawFixed[a];
    arcKm[i] = rawKm[a];
    arcCountsTowardsLimit[i] = rawDest[a] === 0 && !rawFree[a] ? 1 : 0;
    arcLines[i] = rawLines[a];
    rawToArc[a] = i;
    if (!rawFree[a]) searchArcCount++;
  }
  const M = nodes.length;
  const nodeHandling = new Float64Array(M);
  const nodeCapacity = new Float64Array(M);
  const nodeStock = new Float64Array(M * skuCount);
  for (let n = 0; n < N; n++) {
    const m = compactOf[n];
    if (m < 0) continue;
    nodeHandling[m] = costs.handlingPerUnit[allNodes[n].type];
    nodeCapacity[m] = Math.max(0, Math.floor(allNodes[n].capacityLeft));
    for (let s = 0; s < skuCount; s++) nodeStock[m * skuCount + s] = Math.max(0, Math.floor(stockAll[s * N + n]));
  }

  for (let li = 0; li < lines.length; li++) {
    const prepared = lines[li];
    if (prepared.dest < 0) continue;
    const candidates = lineCandidates[li];
    const sortedArcs = new Int32Array(candidates.length);
    for (let k = 0; k < candidates.length; k++) sortedArcs[k] = rawToArc[arcOf[prepared.dest * N + candidates[k]]];
    sortedArcs.sort();
    const arcsOfLine = Array.from(sortedArcs);
    prepared.arcs = arcsOfLine;
    let minUnit = costs.unfilledPerUnit;
    for (const a of arcsOfLine) {
      const m = arcNode[a];
      minUnit = Math.min(minUnit, nodeHandling[m]);
      prepared.candidateKm.push(arcKm[a]);
      prepared.candidateSupply.push(Math.min(nodeStock[m * skuCount + prepared.sku], nodeCapacity[m], prepared.qty));
    }
    prepared.minUnitCost = minUnit;
  }

  return {
    instance,
    lines,
    dests,
    nodes,
    nodeHandling,
    nodeCapacity,
    skuCount,
    nodeStock,
    arcCount: R,
    searchArcCount,
    arcNode,
    arcDest,
    arcFixed,
    arcKm,
    arcCountsTowardsLimit,
    arcLines,
    shipmentLimit: Math.max(0, Math.floor(rules.maxShipments) - openCustomer.size),
    penalty: costs.unfilledPerUnit,
  };
}
