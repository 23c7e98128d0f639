// Turns an instance into the solver's compact problem: per line, the nodes that may serve it (with
// the reason each other node is rejected), and the "arcs" (source node, destination) the search
// opens or not. Everything is indexed in a canonical order so shuffled input gives the same plan.

import { shadowPriceOf, shipmentFixedCost } from "./cost";
import { SourcingInputError } from "./errors";
import { haversineKm } from "./geo";
import { DistanceLimit, rankByDistance, scratchBytes, scratchF64, scratchI32, sortByKey } from "./spatial";
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
  /** unitCost[node * skuCount + sku]: handling of one unit, the SKU's shadow price at the node included. */
  unitCost: Float64Array;
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

  /** Sets a reason's count when its nodes were counted rather than added one by one. */
  setCount(reason: number, count: number): void {
    this.counts[reason] = count;
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

/**
 * Builds the compact problem; throws SourcingInputError on duplicate ids or unknown pickup stores.
 * `exhaustive` takes the reference path (every node examined for every line, a haversine for every
 * store a ship line could use): same problem, slower; the property tests compare the two.
 */
export function prepareProblem(
  instance: SourcingInstance,
  openShipments: OpenShipment[] = [],
  { exhaustive = false }: { exhaustive?: boolean } = {},
): Problem {
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
  // stockedBy[s]: the nodes with a row for SKU s, each once (the others have none of it).
  const stockAll = scratchF64(0, skuCount * N, 0);
  const seen = scratchBytes(0, skuCount * N);
  const stockedBy: number[][] = Array.from({ length: skuCount }, () => []);
  // Snapshots list rows grouped by node or by SKU: the previous row's lookups often serve again.
  let lastSku: string | undefined;
  let lastS: number | undefined;
  let lastNode: string | undefined;
  let lastN: number | undefined;
  for (const row of instance.stock) {
    const s = row.sku === lastSku ? lastS : skuIndex.get(row.sku);
    lastSku = row.sku;
    lastS = s;
    if (s === undefined) continue;
    const n = row.node === lastNode ? lastN : nodeIndex.get(row.node);
    lastNode = row.node;
    lastN = n;
    if (n === undefined) continue;
    const at = s * N + n;
    stockAll[at] += row.available;
    if (seen[at] === 0) {
      seen[at] = 1;
      stockedBy[s].push(n);
    }
  }

  const excluded = new Set(rules.excludedNodes ?? []);
  const nodeExcluded = scratchBytes(1, N);
  const nodeCanShip = scratchBytes(2, N);
  const nodeIsStore = scratchBytes(3, N);
  const nodeHasNoCapacity = scratchBytes(4, N);
  const excludedNodes: number[] = [];
  for (let n = 0; n < N; n++) {
    const node = allNodes[n];
    if (excluded.size > 0 && excluded.has(node.id)) {
      nodeExcluded[n] = 1;
      excludedNodes.push(n);
    }
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
  // and for stores within a hair of the ship-from-store limit. A flat-earth estimate ranks nodes
  // for the explanation's nearest examples (whose shown distances are exact).
  const approxKm = scratchF64(1, D * N, 0);
  const nearestTo: Array<Int32Array | undefined> = [];
  const approxTo = (d: number): number => {
    nearestTo[d] ??= rankByDistance(allNodes, dests[d].point, approxKm, d * N);
    return d * N;
  };
  const exactKm = scratchF64(2, D * N, -1);
  const exactTo = (d: number, n: number): number => {
    const at = d * N + n;
    if (exactKm[at] < 0) exactKm[at] = haversineKm(allNodes[n], dests[d].point);
    return exactKm[at];
  };
  const maxKm = rules.shipFromStoreMaxKm;
  const limit = new DistanceLimit(allNodes, order.destination, maxKm);
  const exactToCustomer = (n: number) => exactTo(0, n);

  const open = new Set(openShipments.map((s) => `${s.node}\u0000${s.to}`));
  const openCustomer = new Set(openShipments.filter((s) => s.to === "customer").map((s) => s.node));

  // Raw arcs, one per (node, destination) that serves at least one line.
  const arcOf = scratchI32(0, D * N, -1);
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
    const base = approxTo(dest);
    const stockBase = sku * N;
    const ship = line.mode === "SHIP";
    collector.reset();
    /** A node that holds the SKU and is not excluded: rejected for one of the later reasons, or a candidate. */
    const consider = (n: number): void => {
      let reason = -1;
      if (n !== pickup && !nodeCanShip[n]) reason = 2;
      else if (ship && nodeIsStore[n] && (exhaustive ? exactTo(0, n) > maxKm : limit.beyond(n, maxKm, exactToCustomer))) reason = 3;
      else if (nodeHasNoCapacity[n]) reason = 4;
      if (reason >= 0) {
        collector.add(reason, n, approxKm[base + n]);
        return;
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
    };
    if (exhaustive) {
      // Reference path (tests): every node, every store's distance by haversine.
      for (let n = 0; n < N; n++) {
        if (nodeExcluded[n]) collector.add(0, n, approxKm[base + n]);
        else if (stockAll[stockBase + n] <= 0) collector.add(1, n, approxKm[base + n]);
        else consider(n);
      }
    } else {
      // Only the nodes holding the SKU are visited; the stockless ones are counted, and the nearest
      // few of them found among the destination's nearest nodes (or, rarely, by a full scan).
      for (const n of excludedNodes) collector.add(0, n, approxKm[base + n]);
      let holding = 0;
      for (const n of stockedBy[sku]) {
        if (nodeExcluded[n] || stockAll[stockBase + n] <= 0) continue;
        holding++;
        consider(n);
      }
      const stockless = N - excludedNodes.length - holding;
      const wanted = Math.min(stockless, EXAMPLES_PER_REASON);
      const stocklessAt = (n: number) => nodeExcluded[n] === 0 && stockAll[stockBase + n] <= 0;
      const nearest = nearestTo[dest]!;
      let found = 0;
      for (let i = 0; i < nearest.length && found < wanted; i++) {
        const n = nearest[i];
        if (!stocklessAt(n)) continue;
        collector.add(1, n, approxKm[base + n]);
        found++;
      }
      if (found < wanted) {
        const walked = new Set(nearest);
        for (let n = 0; n < N; n++) if (!walked.has(n) && stocklessAt(n)) collector.add(1, n, approxKm[base + n]);
      }
      collector.setCount(1, stockless);
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
  // Arc order: charged arcs by fixed cost, then free ones; ties by node id, then destination.
  const order0 = new Int32Array(R);
  const sortKey = new Float64Array(R);
  for (let a = 0; a < R; a++) {
    order0[a] = a;
    sortKey[a] = rawFree[a] ? Infinity : rawFixed[a];
  }
  sortByKey(
    order0,
    sortKey,
    (a, b) => rawFree[a] - rawFree[b] || byId(allNodes[rawNode[a]].id, allNodes[rawNode[b]].id) || rawDest[a] - rawDest[b],
  );
  // Compact node indices in order of each node's cheapest arc: canonical without sorting ids.
  const compactOf = scratchI32(1, N, -1);
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
  const unitCost = new Float64Array(M * skuCount);
  const skuNames = [...skuIndex.keys()];
  for (let n = 0; n < N; n++) {
    const m = compactOf[n];
    if (m < 0) continue;
    nodeHandling[m] = costs.handlingPerUnit[allNodes[n].type];
    nodeCapacity[m] = Math.max(0, Math.floor(allNodes[n].capacityLeft));
    for (let s = 0; s < skuCount; s++) {
      nodeStock[m * skuCount + s] = Math.max(0, Math.floor(stockAll[s * N + n]));
      unitCost[m * skuCount + s] = nodeHandling[m] + shadowPriceOf(costs.shadowPrices, allNodes[n].id, skuNames[s]);
    }
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
      minUnit = Math.min(minUnit, unitCost[m * skuCount + prepared.sku]);
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
    unitCost,
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
