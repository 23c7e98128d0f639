// Given the set of open arcs (shipments), assigns units to nodes at least cost: a small
// transportation problem. Exact in both paths: a greedy one when no node's capacity can bind and
// no stock is contested across destinations, otherwise a min-cost flow (successive shortest paths).

import type { Problem } from "./candidates";

const EPS = 1e-9;

export class Allocator {
  /** Result of the last call: (arc, line, qty) triples, and unfilled units per line. */
  outCount = 0;
  outArc: Int32Array;
  outLine: Int32Array;
  outQty: Float64Array;
  unfilled: Float64Array;

  private readonly lineArcs: number[][];
  private readonly stockLeft: Float64Array;
  private readonly nodeMark: Int32Array;
  private readonly demand: Float64Array;
  private stamp = 0;
  private readonly flow = new MinCostFlow();
  private readonly pairMark: Int32Array;
  private readonly pairVertex: Int32Array;
  private readonly nodeVertex: Int32Array;
  /** (edge, arc, line) triples of the last flow's line edges. */
  private readonly lineEdges: number[] = [];
  private readonly unfilledEdges: Int32Array;

  constructor(private readonly p: Problem) {
    const maxOut = Math.max(1, p.lines.length * 8);
    this.outArc = new Int32Array(maxOut);
    this.outLine = new Int32Array(maxOut);
    this.outQty = new Float64Array(maxOut);
    this.unfilled = new Float64Array(p.lines.length);
    this.lineArcs = p.lines.map(() => []);
    this.stockLeft = new Float64Array(p.nodeStock.length);
    this.nodeMark = new Int32Array(p.nodes.length);
    this.demand = new Float64Array(p.nodes.length * Math.max(1, p.skuCount));
    this.pairMark = new Int32Array(p.nodes.length * Math.max(1, p.skuCount));
    this.pairVertex = new Int32Array(p.nodes.length * Math.max(1, p.skuCount));
    this.nodeVertex = new Int32Array(p.nodes.length);
    this.unfilledEdges = new Int32Array(p.lines.length);
  }

  /**
   * Least handling + unfilled cost for the open arcs (fixed costs excluded). Lines' candidate arcs
   * are taken in arc order; ties between equally cheap nodes go to the cheaper shipment (arc order).
   */
  allocate(open: ArrayLike<number>, openCount: number): number {
    const p = this.p;
    const L = p.lines.length;
    for (let l = 0; l < L; l++) this.lineArcs[l].length = 0;
    for (let i = 0; i < openCount; i++) {
      const a = open[i];
      const ls = p.arcLines[a];
      for (let k = 0; k < ls.length; k++) this.lineArcs[ls[k]].push(a);
    }
    this.outCount = 0;
    return this.needsFlow(open, openCount) ? this.allocateByFlow() : this.allocateGreedily();
  }

  /** True when capacity may bind or one node's stock of a SKU is wanted by two destinations. */
  private needsFlow(open: ArrayLike<number>, openCount: number): boolean {
    const p = this.p;
    const S = p.skuCount;
    const stamp = ++this.stamp;
    const touched: number[] = [];
    for (let i = 0; i < openCount; i++) {
      const a = open[i];
      const m = p.arcNode[a];
      if (this.nodeMark[m] !== stamp) {
        this.nodeMark[m] = stamp;
        touched.push(m);
        for (let s = 0; s < S; s++) this.demand[m * S + s] = 0;
      }
    }
    // demand[m, s]: units of SKU s the open arcs could ask of node m.
    const destOfSku = new Int32Array(S).fill(-1);
    for (let l = 0; l < p.lines.length; l++) {
      const arcs = this.lineArcs[l];
      if (arcs.length === 0) continue;
      const line = p.lines[l];
      if (destOfSku[line.sku] === -1) destOfSku[line.sku] = line.dest;
      else if (destOfSku[line.sku] !== line.dest) return true;
      for (let k = 0; k < arcs.length; k++) this.demand[p.arcNode[arcs[k]] * S + line.sku] += line.qty;
    }
    for (const m of touched) {
      let potential = 0;
      for (let s = 0; s < S; s++) potential += Math.min(p.nodeStock[m * S + s], this.demand[m * S + s]);
      if (potential > p.nodeCapacity[m]) return true;
    }
    return false;
  }

  private allocateGreedily(): number {
    const p = this.p;
    const S = p.skuCount;
    const penalty = p.penalty;
    let cost = 0;
    for (let l = 0; l < p.lines.length; l++) {
      const arcs = this.lineArcs[l];
      for (let k = 0; k < arcs.length; k++) {
        const m = p.arcNode[arcs[k]];
        this.stockLeft[m * S + p.lines[l].sku] = p.nodeStock[m * S + p.lines[l].sku];
      }
    }
    for (let l = 0; l < p.lines.length; l++) {
      const line = p.lines[l];
      const arcs = this.lineArcs[l];
      // Cheapest handling first, then arc order (cheaper shipment, then node id): few arcs, insertion sort.
      for (let i = 1; i < arcs.length; i++) {
        const a = arcs[i];
        let j = i - 1;
        while (j >= 0 && this.greedyBefore(a, arcs[j], line.sku)) {
          arcs[j + 1] = arcs[j];
          j--;
        }
        arcs[j + 1] = a;
      }
      let remaining = line.qty;
      for (let k = 0; k < arcs.length && remaining > 0; k++) {
        const a = arcs[k];
        const m = p.arcNode[a];
        const idx = m * S + line.sku;
        const h = p.unitCost[idx];
        if (h > penalty) break;
        const take = Math.min(remaining, this.stockLeft[idx]);
        if (take <= 0) continue;
        this.stockLeft[idx] -= take;
        remaining -= take;
        cost += h * take;
        this.push(a, l, take);
      }
      this.unfilled[l] = remaining;
      cost += penalty * remaining;
    }
    return cost;
  }

  private greedyBefore(a: number, b: number, sku: number): boolean {
    const p = this.p;
    const ha = p.unitCost[p.arcNode[a] * p.skuCount + sku];
    const hb = p.unitCost[p.arcNode[b] * p.skuCount + sku];
    return ha < hb || (ha === hb && a < b);
  }

  private allocateByFlow(): number {
    const p = this.p;
    const S = p.skuCount;
    const L = p.lines.length;
    const f = this.flow;
    // Vertices: 0 source, 1 sink, 2..L+1 lines, then (node, sku) pairs, then nodes.
    f.reset(2 + L);
    // Vertex of each (node, SKU) pair and node met in this call, by stamp (no per-call maps).
    const stamp = ++this.stamp;
    const lineEdges = this.lineEdges;
    lineEdges.length = 0;
    const unfilledEdges = this.unfilledEdges;
    for (let l = 0; l < L; l++) {
      const line = p.lines[l];
      f.addEdge(0, 2 + l, line.qty, 0);
      unfilledEdges[l] = f.addEdge(2 + l, 1, line.qty, p.penalty);
      const arcs = this.lineArcs[l];
      for (let k = 0; k < arcs.length; k++) {
        const a = arcs[k];
        const m = p.arcNode[a];
        const key = m * S + line.sku;
        if (this.pairMark[key] !== stamp) {
          if (this.nodeMark[m] !== stamp) {
            this.nodeMark[m] = stamp;
            this.nodeVertex[m] = f.addVertex();
            f.addEdge(this.nodeVertex[m], 1, p.nodeCapacity[m], 0);
          }
          this.pairMark[key] = stamp;
          this.pairVertex[key] = f.addVertex();
          f.addEdge(this.pairVertex[key], this.nodeVertex[m], p.nodeStock[key], p.unitCost[key]);
        }
        lineEdges.push(f.addEdge(2 + l, this.pairVertex[key], line.qty, 0), a, l);
      }
    }
    const cost = f.run(0, 1);
    for (let i = 0; i < lineEdges.length; i += 3) {
      const q = f.flowOn(lineEdges[i]);
      if (q > 0) this.push(lineEdges[i + 1], lineEdges[i + 2], q);
    }
    for (let l = 0; l < L; l++) this.unfilled[l] = f.flowOn(unfilledEdges[l]);
    return cost;
  }

  private push(arc: number, line: number, qty: number): void {
    if (this.outCount === this.outArc.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.outArc = grow(this.outArc, (n) => new Int32Array(n));
      this.outLine = grow(this.outLine, (n) => new Int32Array(n));
      this.outQty = grow(this.outQty, (n) => new Float64Array(n));
    }
    this.outArc[this.outCount] = arc;
    this.outLine[this.outCount] = line;
    this.outQty[this.outCount] = qty;
    this.outCount++;
  }
}

/** Min-cost flow by successive shortest paths (Bellman-Ford queue); graphs here have < 100 edges. */
export class MinCostFlow {
  private vertexCount = 0;
  private head: number[] = [];
  private to: number[] = [];
  private next: number[] = [];
  private cap: number[] = [];
  private cost: number[] = [];
  private original: number[] = [];

  reset(vertices: number): void {
    this.vertexCount = vertices;
    this.head = new Array(vertices).fill(-1);
    this.to.length = 0;
    this.next.length = 0;
    this.cap.length = 0;
    this.cost.length = 0;
    this.original.length = 0;
  }

  addVertex(): number {
    this.head.push(-1);
    return this.vertexCount++;
  }

  /** Adds u->v and its residual twin; returns the forward edge's id. */
  addEdge(u: number, v: number, capacity: number, cost: number): number {
    const id = this.to.length;
    this.to.push(v, u);
    this.cap.push(capacity, 0);
    this.original.push(capacity, 0);
    this.cost.push(cost, -cost);
    this.next.push(this.head[u], this.head[v]);
    this.head[u] = id;
    this.head[v] = id + 1;
    return id;
  }

  flowOn(edge: number): number {
    return this.original[edge] - this.cap[edge];
  }

  private dist = new Float64Array(16);
  private inQueue = new Uint8Array(16);
  private prevEdge = new Int32Array(16);
  private queue = new Int32Array(16);

  run(source: number, sink: number): number {
    const n = this.vertexCount;
    if (this.dist.length < n) {
      const size = Math.max(n, this.dist.length * 2);
      this.dist = new Float64Array(size);
      this.inQueue = new Uint8Array(size);
      this.prevEdge = new Int32Array(size);
      this.queue = new Int32Array(size);
    }
    const { dist, inQueue, prevEdge, queue } = this;
    const { head, next, cap, to, cost } = this;
    inQueue.fill(0, 0, n);
    let total = 0;
    for (;;) {
      dist.fill(Infinity, 0, n);
      prevEdge.fill(-1, 0, n);
      dist[source] = 0;
      // Circular queue: a vertex is in it at most once, so n slots suffice.
      let qHead = 0;
      let qSize = 1;
      queue[0] = source;
      inQueue[source] = 1;
      while (qSize > 0) {
        const u = queue[qHead];
        qHead = qHead + 1 === n ? 0 : qHead + 1;
        qSize--;
        inQueue[u] = 0;
        const du = dist[u];
        for (let e = head[u]; e !== -1; e = next[e]) {
          if (cap[e] <= 0) continue;
          const v = to[e];
          const d = du + cost[e];
          if (d < dist[v] - EPS) {
            dist[v] = d;
            prevEdge[v] = e;
            if (!inQueue[v]) {
              inQueue[v] = 1;
              let tail = qHead + qSize;
              if (tail >= n) tail -= n;
              queue[tail] = v;
              qSize++;
            }
          }
        }
      }
      if (dist[sink] === Infinity) return total;
      let push = Infinity;
      for (let v = sink; v !== source; v = this.to[prevEdge[v] ^ 1]) push = Math.min(push, this.cap[prevEdge[v]]);
      for (let v = sink; v !== source; v = this.to[prevEdge[v] ^ 1]) {
        this.cap[prevEdge[v]] -= push;
        this.cap[prevEdge[v] ^ 1] += push;
      }
      total += push * dist[sink];
    }
  }
}
