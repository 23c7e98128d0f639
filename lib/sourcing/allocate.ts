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
        while (j >= 0 && this.greedyBefore(a, arcs[j])) {
          arcs[j + 1] = arcs[j];
          j--;
        }
        arcs[j + 1] = a;
      }
      let remaining = line.qty;
      for (let k = 0; k < arcs.length && remaining > 0; k++) {
        const a = arcs[k];
        const m = p.arcNode[a];
        const h = p.nodeHandling[m];
        if (h > penalty) break;
        const idx = m * S + line.sku;
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

  private greedyBefore(a: number, b: number): boolean {
    const p = this.p;
    const ha = p.nodeHandling[p.arcNode[a]];
    const hb = p.nodeHandling[p.arcNode[b]];
    return ha < hb || (ha === hb && a < b);
  }

  private allocateByFlow(): number {
    const p = this.p;
    const S = p.skuCount;
    const L = p.lines.length;
    const f = this.flow;
    // Vertices: 0 source, 1 sink, 2..L+1 lines, then (node, sku) pairs, then nodes.
    f.reset(2 + L);
    const pairVertex = new Map<number, number>();
    const nodeVertex = new Map<number, number>();
    const lineEdges: Array<{ edge: number; arc: number; line: number }> = [];
    const unfilledEdges = new Int32Array(L);
    for (let l = 0; l < L; l++) {
      const line = p.lines[l];
      f.addEdge(0, 2 + l, line.qty, 0);
      unfilledEdges[l] = f.addEdge(2 + l, 1, line.qty, p.penalty);
      const arcs = this.lineArcs[l];
      for (let k = 0; k < arcs.length; k++) {
        const a = arcs[k];
        const m = p.arcNode[a];
        const key = m * S + line.sku;
        let pv = pairVertex.get(key);
        if (pv === undefined) {
          let nv = nodeVertex.get(m);
          if (nv === undefined) {
            nv = f.addVertex();
            nodeVertex.set(m, nv);
            f.addEdge(nv, 1, p.nodeCapacity[m], 0);
          }
          pv = f.addVertex();
          pairVertex.set(key, pv);
          f.addEdge(pv, nv, p.nodeStock[key], p.nodeHandling[m]);
        }
        lineEdges.push({ edge: f.addEdge(2 + l, pv, line.qty, 0), arc: a, line: l });
      }
    }
    const cost = f.run(0, 1);
    for (const e of lineEdges) {
      const q = f.flowOn(e.edge);
      if (q > 0) this.push(e.arc, e.line, q);
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

  run(source: number, sink: number): number {
    const n = this.vertexCount;
    const dist = new Float64Array(n);
    const inQueue = new Uint8Array(n);
    const prevEdge = new Int32Array(n);
    let total = 0;
    for (;;) {
      dist.fill(Infinity);
      prevEdge.fill(-1);
      dist[source] = 0;
      const queue = [source];
      inQueue[source] = 1;
      for (let qi = 0; qi < queue.length; qi++) {
        const u = queue[qi];
        inQueue[u] = 0;
        for (let e = this.head[u]; e !== -1; e = this.next[e]) {
          if (this.cap[e] <= 0) continue;
          const v = this.to[e];
          const d = dist[u] + this.cost[e];
          if (d < dist[v] - EPS) {
            dist[v] = d;
            prevEdge[v] = e;
            if (!inQueue[v]) {
              inQueue[v] = 1;
              queue.push(v);
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
