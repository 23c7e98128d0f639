// The search: which shipments (arcs) to open. Exact branch and bound over sets of arcs taken in
// fixed-cost order with a set-cover lower bound; orders with several destinations (customer and
// pickup stores) are first solved per destination, which usually proves the optimum at once.
// Seeded by the greedy baseline and a cover heuristic; when the work budget runs out, the best
// plan found is improved by local search and reported as heuristic.

import { Allocator } from "./allocate";
import type { PreparedLine, Problem } from "./candidates";
import { greedyAssignments } from "./greedy";

export interface Candidate {
  /** Contract cost: fixed costs of the arcs carrying units + handling + unfilled penalty. */
  cost: number;
  /** Charged shipments (arcs carrying units that are not free). */
  shipments: number;
  /** Canonical key: used arcs as "node id > destination id", sorted (computed when first read). */
  readonly key: string;
  arcs: number[];
  alloc: Array<{ arc: number; line: number; qty: number }>;
  unfilled: number[];
}

export interface SearchOptions {
  alternatives: number;
  maxEvaluations: number;
  /** Evaluations local search may add after an interrupted exact search. */
  localSearchEvaluations: number;
  /**
   * Heuristic help (greedy and cover seeds, per-destination decomposition, neighbourhood of the
   * best plan); default true. Tests turn it off to check that branch and bound alone is exact.
   */
  heuristics?: boolean;
}

export interface SearchResult {
  best: Candidate;
  alternatives: Candidate[];
  exact: boolean;
  /** Proven lower bound on the optimum's cost: best.cost when exact. */
  lowerBound: number;
  evaluations: number;
}

/** Arcs per destination tried by local moves and by the alternatives' neighbourhood. */
const NEIGHBOURS_PER_DESTINATION = 4;
/** Local-search evaluations spent on the incumbent before branch and bound starts. */
const PRE_SEARCH_EVALUATIONS = 120;
/** Most evaluations one residual problem of the large-neighbourhood search may take. */
const RESIDUAL_EVALUATIONS = 400;
/** Evaluations of a first branch and bound, before the large-neighbourhood search. */
const PROBE_EVALUATIONS = 300;
/** Large-neighbourhood evaluations spent on the incumbent before branch and bound. */
const LNS_EVALUATIONS = 1_500;
/** Shares of the work budget: the per-destination solves, the search before branching (each of local and large-neighbourhood search), the reserve after an interrupted branch and bound. */
const DECOMPOSITION_SHARE = 0.3;
const PRE_SEARCH_SHARE = 0.1;
const LNS_SHARE = 0.3;
const MIN_RESIDUAL_EVALUATIONS = 40;
/** Improvements the large-neighbourhood search makes at most (each starts a new round). */
const LNS_ROUNDS = 30;
const RESERVE_SHARE = 0.2;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function sameArcs(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Per destination: most lines one remaining arc can improve, and the cheapest arc reaching c lines. */
interface Reach {
  max: Int32Array;
  /** minFixed[d * (lines + 1) + c]. */
  minFixed: Float64Array;
}

const tolerance = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

/** Deterministic order of plans: cost (within tolerance), then fewer shipments, then key. */
export function comparePlans(a: Candidate, b: Candidate): number {
  if (Math.abs(a.cost - b.cost) > tolerance(Math.min(a.cost, b.cost))) return a.cost - b.cost;
  if (a.shipments !== b.shipments) return a.shipments - b.shipments;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

class Search {
  evaluations = 0;
  aborted = false;
  /**
   * When the budget interrupts branch and bound: the least lower bound of the subtrees it left
   * unexplored (every other subtree was explored or pruned against the incumbent).
   */
  abortBound = Infinity;
  best: Candidate | undefined;
  /** The cheapest other distinct plans seen, for the explanation's alternatives. */
  others: Candidate[] = [];
  private readonly allocator: Allocator;
  private readonly A: number;
  private readonly L: number;
  private readonly D: number;
  /** nextArc[l * (A + 1) + pos]: first search arc >= pos that can carry line l, or A. */
  private readonly nextArc: Int32Array;
  /** maxSupply[l * (A + 1) + pos]: most units one search arc >= pos can give line l. */
  private readonly maxSupply: Float64Array;
  private readonly shortScratch: Float64Array;
  private readonly supplyScratch: Float64Array;
  private readonly marginScratch: Float64Array;
  /** Per arc, per entry of arcLines: units the arc could give that line alone. */
  private readonly supply: number[][];
  private readonly linesByDest: number[][];
  /** 1 for the customer destination, whose new shipments are limited by maxShipments. */
  private readonly limitedDest: Uint8Array;
  private readonly floorByDest: Float64Array;
  /** Proven per-destination lower bounds (optima when exact, 0 when unknown): no joint plan pays less for a destination. */
  private readonly destOptimum: Float64Array;
  private readonly blockedFloor: number;
  private readonly unitFloor: number;
  private readonly unfilledMargin: Float64Array;
  private readonly scratch: Float64Array;
  /** Per destination: its search arcs in position order, and rank[pos] = first index >= pos. */
  private readonly destArcs: number[][];
  private readonly destRank: Int32Array[];
  /** Per destination: distinct (line mask, capacity, handling class) groups of arcs with their last position. */
  private readonly groups: Array<{ mask: number[]; cap: number[]; cls: number[]; positions: number[][] }>;
  /** Handling class of each arc's node (0 DC, 1 STORE) and the unit cost of each class. */
  private readonly arcClass: Uint8Array;
  private readonly classCost: Float64Array;
  /** openByClass[l * 2 + c]: open arcs of class c that can carry line l. */
  private readonly openByClass: Int32Array;
  private readonly masks: boolean;
  private readonly cover: Float64Array;
  private readonly fixedByDest: Float64Array;
  private readonly open: Int32Array;
  private openCount = 0;
  private movePool: number[][] | undefined;
  private fixed = 0;
  private limited = 0;
  private budget: number;
  /** Most evaluations one residual problem of the large-neighbourhood search may take. */
  residualBudget = RESIDUAL_EVALUATIONS;
  /** Residual problems already solved around an incumbent (by its arcs), not to be solved again. */
  private readonly triedHoods = new Set<string>();

  constructor(
    private readonly p: Problem,
    private readonly keepOthers: number,
    maxEvaluations: number,
    destOptimum?: Float64Array,
  ) {
    this.budget = maxEvaluations;
    this.allocator = new Allocator(p);
    const A = (this.A = p.searchArcCount);
    const L = (this.L = p.lines.length);
    const D = (this.D = p.dests.length);
    this.nextArc = new Int32Array(L * (A + 1)).fill(A);
    for (let l = 0; l < L; l++) {
      const base = l * (A + 1);
      for (const a of p.lines[l].arcs) if (a < A) this.nextArc[base + a] = a;
      for (let pos = A - 1; pos >= 0; pos--) {
        if (this.nextArc[base + pos] === A) this.nextArc[base + pos] = this.nextArc[base + pos + 1];
      }
    }
    const S = p.skuCount;
    this.supply = p.arcLines.map((ls, a) => {
      const m = p.arcNode[a];
      return ls.map((l) => Math.min(p.nodeStock[m * S + p.lines[l].sku], p.nodeCapacity[m], p.lines[l].qty));
    });
    this.maxSupply = new Float64Array(L * (A + 1));
    for (let a = 0; a < A; a++) {
      const ls = p.arcLines[a];
      for (let k = 0; k < ls.length; k++) this.maxSupply[ls[k] * (A + 1) + a] = this.supply[a][k];
    }
    for (let l = 0; l < L; l++) {
      const base = l * (A + 1);
      for (let pos = A - 1; pos >= 0; pos--) {
        if (this.maxSupply[base + pos + 1] > this.maxSupply[base + pos]) this.maxSupply[base + pos] = this.maxSupply[base + pos + 1];
      }
    }
    this.shortScratch = new Float64Array(Math.max(1, L));
    this.supplyScratch = new Float64Array(Math.max(1, L));
    this.marginScratch = new Float64Array(Math.max(1, L));
    this.limitedDest = Uint8Array.from(p.dests, (d) => (d.id === "customer" ? 1 : 0));
    this.linesByDest = p.dests.map(() => []);
    this.floorByDest = new Float64Array(D);
    this.destOptimum = destOptimum ?? new Float64Array(D);
    let blocked = 0;
    for (let l = 0; l < L; l++) {
      const line = p.lines[l];
      const floor = line.qty * Math.min(line.minUnitCost, p.penalty);
      if (line.dest >= 0) {
        this.linesByDest[line.dest].push(l);
        this.floorByDest[line.dest] += floor;
      } else blocked += floor;
    }
    this.blockedFloor = blocked;
    this.unitFloor = this.floorByDest.reduce((s, x) => s + x, blocked);
    this.unfilledMargin = Float64Array.from(p.lines, (l) => Math.max(0, p.penalty - l.minUnitCost));
    this.scratch = new Float64Array(Math.max(1, L));
    this.destArcs = p.dests.map(() => []);
    for (let a = 0; a < A; a++) this.destArcs[p.arcDest[a]].push(a);
    this.destRank = this.destArcs.map((list) => {
      const rank = new Int32Array(A + 1);
      let k = list.length;
      for (let pos = A; pos >= 0; pos--) {
        while (k > 0 && list[k - 1] >= pos) k--;
        rank[pos] = k;
      }
      return rank;
    });
    this.masks = L <= 30;
    this.arcClass = new Uint8Array(p.arcCount);
    for (let a = 0; a < p.arcCount; a++) this.arcClass[a] = p.nodes[p.arcNode[a]].type === "DC" ? 0 : 1;
    const handling = p.instance.costs.handlingPerUnit;
    this.classCost = Float64Array.of(handling.DC, handling.STORE);
    this.openByClass = new Int32Array(L * 2);
    this.groups = p.dests.map(() => ({ mask: [], cap: [], cls: [], positions: [] }));
    if (this.masks) {
      const seen = p.dests.map(() => new Map<number, number>());
      for (let a = 0; a < A; a++) {
        let mask = 0;
        for (const l of p.arcLines[a]) mask |= 1 << l;
        const cap = Math.min(31, p.nodeCapacity[p.arcNode[a]]);
        const d = p.arcDest[a];
        const key = (mask * 32 + cap) * 2 + this.arcClass[a];
        const g = this.groups[d];
        const at = seen[d].get(key);
        if (at === undefined) {
          seen[d].set(key, g.mask.length);
          g.mask.push(mask);
          g.cap.push(cap);
          g.cls.push(this.arcClass[a]);
          g.positions.push([a]);
        } else g.positions[at].push(a);
      }
    }
    this.cover = new Float64Array(L);
    this.fixedByDest = new Float64Array(D);
    this.open = new Int32Array(p.arcCount);
    // Free arcs (pickup stores' own stock, already-open shipments) stay open throughout.
    for (let a = A; a < p.arcCount; a++) this.include(a);
  }

  /** Exact search from the current state (free arcs open); sets `aborted` if the budget ran out. */
  branchAndBound(stopAt = this.budget): void {
    this.budget = stopAt;
    this.aborted = false;
    this.abortBound = Infinity;
    this.evaluate();
    this.dfs(0);
  }

  /** True when the best plan already meets the proven lower bound of the whole problem. */
  meetsLowerBound(): boolean {
    const lb = this.destOptimum.reduce((s, x) => s + x, this.blockedFloor);
    return this.best !== undefined && this.best.cost <= lb + tolerance(lb);
  }

  private bound(): number {
    return this.best ? this.best.cost : Infinity;
  }

  private include(a: number): void {
    const p = this.p;
    this.open[this.openCount++] = a;
    this.fixed += p.arcFixed[a];
    this.fixedByDest[p.arcDest[a]] += p.arcFixed[a];
    this.limited += p.arcCountsTowardsLimit[a];
    const ls = p.arcLines[a];
    const sup = this.supply[a];
    const c = this.arcClass[a];
    for (let k = 0; k < ls.length; k++) {
      this.cover[ls[k]] += sup[k];
      this.openByClass[ls[k] * 2 + c]++;
    }
  }

  private exclude(a: number): void {
    const p = this.p;
    this.openCount--;
    this.fixed -= p.arcFixed[a];
    this.fixedByDest[p.arcDest[a]] -= p.arcFixed[a];
    this.limited -= p.arcCountsTowardsLimit[a];
    const ls = p.arcLines[a];
    const sup = this.supply[a];
    const c = this.arcClass[a];
    for (let k = 0; k < ls.length; k++) {
      this.cover[ls[k]] -= sup[k];
      this.openByClass[ls[k] * 2 + c]--;
    }
  }

  /** Cheapest unit cost among the open arcs that can carry line l (the penalty if none). */
  private openUnitCost(l: number): number {
    let h = this.p.penalty;
    if (this.openByClass[l * 2] > 0 && this.classCost[0] < h) h = this.classCost[0];
    if (this.openByClass[l * 2 + 1] > 0 && this.classCost[1] < h) h = this.classCost[1];
    return h;
  }

  /**
   * What line l costs above its floor (qty x cheapest unit cost) unless a new arc improves it:
   * units the open arcs cannot cover go unfilled, the rest cost at least the open arcs' cheapest
   * handling. Zero when the line is already covered at its cheapest possible unit cost.
   */
  private excess(l: number): number {
    const line = this.p.lines[l];
    const short = Math.max(0, line.qty - this.cover[l]);
    const covered = line.qty - short;
    let v = short * this.unfilledMargin[l];
    if (covered > 0) v += covered * Math.max(0, this.openUnitCost(l) - line.minUnitCost);
    return v;
  }

  private closed(d: number): boolean {
    return this.limitedDest[d] === 1 && this.limited >= this.p.shipmentLimit;
  }

  /**
   * Most lines one arc at position >= pos can improve, per destination: lines short of units, and
   * lines whose open arcs all handle dearer than the arc. Null when the order has too many lines
   * for bit masks (the bound then assumes one arc can improve them all).
   */
  private reach(pos: number): Reach | null {
    if (!this.masks) return null;
    const p = this.p;
    const width = this.L + 1;
    const out: Reach = { max: new Int32Array(this.D), minFixed: new Float64Array(this.D * width).fill(Infinity) };
    for (let d = 0; d < this.D; d++) {
      let short = 0;
      let dearerThanDc = 0;
      let dearerThanStore = 0;
      for (const l of this.linesByDest[d]) {
        if (this.excess(l) <= 0) continue;
        if (p.lines[l].qty - this.cover[l] > 0) short |= 1 << l;
        const h = this.openUnitCost(l);
        if (h > this.classCost[0]) dearerThanDc |= 1 << l;
        if (h > this.classCost[1]) dearerThanStore |= 1 << l;
      }
      const byClass = [short | dearerThanDc, short | dearerThanStore];
      if ((byClass[0] | byClass[1]) === 0) continue;
      const g = this.groups[d];
      const base = d * width;
      let best = 0;
      for (let i = 0; i < g.positions.length; i++) {
        const list = g.positions[i];
        if (list[list.length - 1] < pos) continue;
        let c = popcount(g.mask[i] & byClass[g.cls[i]]);
        if (c > g.cap[i]) c = g.cap[i];
        if (c === 0) continue;
        if (c > best) best = c;
        // The group's cheapest arc still allowed is its first at or after pos (arcs are cost-sorted).
        let lo = 0;
        let hi = list.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid] < pos) lo = mid + 1;
          else hi = mid;
        }
        const f = p.arcFixed[list[lo]];
        if (f < out.minFixed[base + c]) out.minFixed[base + c] = f;
      }
      out.max[d] = best;
      // minFixed[c]: cheapest remaining arc improving at least c lines.
      for (let c = width - 2; c >= 1; c--) {
        if (out.minFixed[base + c + 1] < out.minFixed[base + c]) out.minFixed[base + c] = out.minFixed[base + c + 1];
      }
    }
    return out;
  }

  /**
   * Lower bound on the cost of every plan that adds to the open arcs only search arcs at
   * positions >= pos. Per destination: its open fixed costs and unit-cost floor, plus either every
   * improvable line's excess or opening j more arcs (at least the j cheapest remaining ones), which
   * improve at most j x reach lines, the others keeping their excess, and give a short line at
   * most j x its best remaining supply; never below the destination's proven optimum.
   * Destinations add up: an arc serves one destination.
   */
  private lowerBound(pos: number, reach: Reach | null, withOptimum: boolean): number {
    const p = this.p;
    const A = this.A;
    const vals = this.scratch;
    let total = this.blockedFloor;
    for (let d = 0; d < this.D; d++) {
      let part = this.fixedByDest[d] + this.floorByDest[d];
      const closed = this.closed(d);
      let n = 0;
      let shortLines = 0;
      for (const l of this.linesByDest[d]) {
        const v = this.excess(l);
        if (v <= 0) continue;
        if (closed || this.nextArc[l * (A + 1) + pos] >= A) part += v;
        else {
          const short = p.lines[l].qty - this.cover[l];
          if (short > 0) {
            this.shortScratch[shortLines] = short;
            this.supplyScratch[shortLines] = this.maxSupply[l * (A + 1) + pos];
            this.marginScratch[shortLines++] = this.unfilledMargin[l];
          }
          let i = n++;
          while (i > 0 && vals[i - 1] > v) {
            vals[i] = vals[i - 1];
            i--;
          }
          vals[i] = v;
        }
      }
      if (n > 0) {
        let all = 0;
        for (let i = 0; i < n; i++) all += vals[i];
        let best = all;
        const perArc = reach ? Math.max(1, reach.max[d]) : n;
        // One more arc: it improves at most c lines (the dearest ones, at best) and costs at least
        // the cheapest remaining arc that reaches c lines.
        if (reach && this.canOpen(d, 1)) {
          const base = d * (this.L + 1);
          let kept = all;
          const unitsLeft = this.stillShort(1, shortLines);
          for (let c = 1; c <= Math.min(n, reach.max[d]); c++) {
            kept -= vals[n - c];
            const cost = reach.minFixed[base + c] + Math.max(kept, unitsLeft);
            if (cost < best) best = cost;
          }
        }
        const list = this.destArcs[d];
        const first = this.destRank[d][pos];
        let fixed = 0;
        for (let j = 1; first + j - 1 < list.length; j++) {
          if (!this.canOpen(d, j)) break;
          fixed += p.arcFixed[list[first + j - 1]];
          if (fixed >= best) break;
          if (j === 1 && reach) continue;
          const untouched = Math.max(0, n - j * perArc);
          let kept = 0;
          for (let i = 0; i < untouched; i++) kept += vals[i];
          const unitsLeft = this.stillShort(j, shortLines);
          const cost = fixed + Math.max(kept, unitsLeft);
          if (cost < best) best = cost;
          if (untouched === 0 && unitsLeft === 0) break;
        }
        part += best;
      }
      total += withOptimum && this.destOptimum[d] > part ? this.destOptimum[d] : part;
    }
    return total;
  }

  private canOpen(d: number, j: number): boolean {
    return !this.limitedDest[d] || this.limited + j <= this.p.shipmentLimit;
  }

  /** Penalty left on the short lines (in the scratch arrays) if j more arcs each give them their best remaining supply. */
  private stillShort(j: number, shortLines: number): number {
    let cost = 0;
    for (let i = 0; i < shortLines; i++) {
      const left = this.shortScratch[i] - j * this.supplyScratch[i];
      if (left > 0) cost += left * this.marginScratch[i];
    }
    return cost;
  }

  private dfs(pos: number): void {
    const p = this.p;
    const A = this.A;
    const reach = this.reach(pos);
    const frameBound = this.lowerBound(pos, reach, true);
    const frameBoundWithoutOptima = this.lowerBound(pos, reach, false);
    let helpfulOnly = false;
    for (let j = pos; j < A; ) {
      if (this.evaluations >= this.budget) {
        this.aborted = true;
        this.abortBound = Math.min(this.abortBound, this.lowerBound(j, reach, true));
        return;
      }
      const bound = this.bound();
      const slack = bound + tolerance(bound);
      if (frameBound > slack) return;
      const f = p.arcFixed[j];
      if (this.fixed + f + this.unitFloor > slack) break;
      // An arc that serves no improvable line only adds its fixed cost to what is still missing.
      if (!helpfulOnly && Math.max(frameBound, frameBoundWithoutOptima + f) > slack) helpfulOnly = true;
      if (helpfulOnly) {
        let next = A;
        for (let l = 0; l < this.L; l++) {
          const line = p.lines[l];
          if (line.dest < 0 || this.closed(line.dest) || this.excess(l) <= 0) continue;
          const n = this.nextArc[l * (A + 1) + j];
          if (n < next) next = n;
        }
        if (next >= A) break;
        if (next !== j) {
          j = next;
          continue;
        }
      }
      if (p.arcCountsTowardsLimit[j] && this.limited >= p.shipmentLimit) {
        j++;
        continue;
      }
      this.include(j);
      if (this.lowerBound(j + 1, reach, true) <= slack) {
        this.evaluate();
        this.dfs(j + 1);
      }
      this.exclude(j);
      if (this.aborted) {
        // The subtrees with arc j are accounted for below; those from j + 1 on are not explored.
        this.abortBound = Math.min(this.abortBound, this.lowerBound(j + 1, reach, true));
        return;
      }
      j++;
    }
  }

  /** Allocates units for the open arcs and offers the resulting plan as best or alternative. */
  private evaluate(): void {
    this.evaluations++;
    const al = this.allocator;
    const handling = al.allocate(this.open, this.openCount);
    const p = this.p;
    // Only arcs that carry units are part of the plan (and charged).
    const used: number[] = [];
    let fixed = 0;
    let shipments = 0;
    for (let i = 0; i < al.outCount; i++) {
      const a = al.outArc[i];
      if (used.includes(a)) continue;
      used.push(a);
      fixed += p.arcFixed[a];
      if (a < this.A) shipments++;
    }
    const cost = fixed + handling;
    const worstKept =
      this.keepOthers === 0
        ? -Infinity
        : this.others.length < this.keepOthers
          ? Infinity
          : this.others[this.others.length - 1].cost;
    const bound = this.bound();
    if (cost > bound + tolerance(bound) && cost > worstKept + tolerance(worstKept)) return;
    used.sort((a, b) => a - b);
    if ((this.best && sameArcs(this.best.arcs, used)) || this.others.some((c) => sameArcs(c.arcs, used))) return;
    let key: string | undefined;
    // The key only breaks exact cost ties, so it is built on demand.
    const candidate: Candidate = {
      cost,
      shipments,
      get key() {
        key ??= used
          .map((a) => `${p.nodes[p.arcNode[a]].id}>${p.dests[p.arcDest[a]].id}`)
          .sort()
          .join("|");
        return key;
      },
      arcs: used,
      alloc: [],
      unfilled: Array.from(al.unfilled),
    };
    for (let i = 0; i < al.outCount; i++) candidate.alloc.push({ arc: al.outArc[i], line: al.outLine[i], qty: al.outQty[i] });
    if (!this.best || comparePlans(candidate, this.best) < 0) {
      if (this.best) this.offerOther(this.best);
      this.best = candidate;
    } else this.offerOther(candidate);
  }

  private offerOther(candidate: Candidate): void {
    if (this.keepOthers === 0) return;
    this.others.push(candidate);
    this.others.sort(comparePlans);
    if (this.others.length > this.keepOthers) this.others.length = this.keepOthers;
  }

  /** Evaluates a given set of search arcs (free arcs are always open), restoring state after. */
  evaluateSet(arcs: number[]): void {
    const chosen = [...new Set(arcs.filter((a) => a < this.A))].sort((a, b) => a - b);
    let limited = 0;
    for (const a of chosen) limited += this.p.arcCountsTowardsLimit[a];
    if (limited > this.p.shipmentLimit) return;
    for (const a of chosen) this.include(a);
    this.evaluate();
    for (let i = chosen.length - 1; i >= 0; i--) this.exclude(chosen[i]);
  }

  /** Cover heuristic: repeatedly open the arc whose newly covered units are worth most net of its cost. */
  coverSeed(): number[] {
    const p = this.p;
    const chosen: number[] = [];
    const taken = new Uint8Array(this.A);
    for (;;) {
      let bestArc = -1;
      let bestGain = 0;
      for (let a = 0; a < this.A; a++) {
        if (taken[a] || (p.arcCountsTowardsLimit[a] && this.limited >= p.shipmentLimit)) continue;
        const ls = p.arcLines[a];
        const sup = this.supply[a];
        let gain = -p.arcFixed[a];
        const margin = p.penalty - p.nodeHandling[p.arcNode[a]];
        for (let k = 0; k < ls.length; k++) {
          const short = p.lines[ls[k]].qty - this.cover[ls[k]];
          if (short > 0) gain += Math.min(short, sup[k]) * margin;
        }
        if (gain > bestGain) {
          bestGain = gain;
          bestArc = a;
        }
      }
      if (bestArc < 0) break;
      taken[bestArc] = 1;
      chosen.push(bestArc);
      this.include(bestArc);
    }
    for (let i = chosen.length - 1; i >= 0; i--) this.exclude(chosen[i]);
    return chosen;
  }

  /**
   * Per destination, the arcs a local move may bring in: the cheapest few (nearest nodes) and the
   * few that could carry most of the order's units for their cost (often a well-stocked DC).
   */
  private moveCandidates(): number[][] {
    if (this.movePool) return this.movePool;
    const p = this.p;
    this.movePool = this.destArcs.map((list) => {
      const value = (a: number) => {
        const margin = p.penalty - p.nodeHandling[p.arcNode[a]];
        let units = 0;
        for (const s of this.supply[a]) units += s;
        return Math.min(units, p.nodeCapacity[p.arcNode[a]]) * margin - p.arcFixed[a];
      };
      const best: Array<{ a: number; v: number }> = [];
      for (const a of list) {
        const v = value(a);
        if (best.length === NEIGHBOURS_PER_DESTINATION && v <= best[best.length - 1].v) continue;
        best.push({ a, v });
        best.sort((x, y) => y.v - x.v || x.a - y.a);
        if (best.length > NEIGHBOURS_PER_DESTINATION) best.length = NEIGHBOURS_PER_DESTINATION;
      }
      const picked = new Set(list.slice(0, NEIGHBOURS_PER_DESTINATION));
      for (const { a } of best) picked.add(a);
      return [...picked].sort((x, y) => x - y);
    });
    return this.movePool;
  }

  /** Plans one move away from `base`: drop an arc, swap it for a candidate arc of its destination, add one. */
  private neighbours(base: number[]): number[][] {
    const p = this.p;
    const inBase = new Set(base);
    const pool = this.moveCandidates().map((list) => list.filter((a) => !inBase.has(a)));
    const moves: number[][] = [];
    for (const a of base) moves.push(base.filter((b) => b !== a));
    for (const a of base) for (const b of pool[p.arcDest[a]]) moves.push([...base.filter((x) => x !== a), b]);
    for (const list of pool) for (const b of list) moves.push([...base, b]);
    return moves;
  }

  /**
   * Large-neighbourhood search from the best plan: repeatedly frees the arcs of one destination
   * (the others' shipments stay as they are), then the neighbourhood of each shipment of the plan
   * (every arc of its destination may replace it), and solves that residual problem exactly with
   * branch and bound on the small arc set. Stops when a full round finds nothing better or after
   * `extra` evaluations.
   */
  largeNeighbourhoods(extra: number): void {
    if (!this.best) return;
    const stopAt = this.evaluations + extra;
    const p = this.p;
    const tried = this.triedHoods;
    for (let round = 0; round < LNS_ROUNDS && this.evaluations < stopAt; round++) {
      const start: Candidate = this.best;
      const current = start.arcs.filter((a) => a < this.A);
      const hoods: Array<{ free: number[]; fixed: number[] }> = [];
      for (const a of current) {
        const d = p.arcDest[a];
        const fixed = current.filter((b) => b !== a);
        hoods.push({ free: this.destArcs[d].filter((b) => !fixed.includes(b)), fixed });
      }
      // Two shipments re-chosen together (e.g. a node's units move from one destination to
      // another), among the usual move candidates and every arc of the plan's nodes.
      const pool = this.moveCandidates();
      const usedNodes = new Set(current.map((a) => p.arcNode[a]));
      for (let i = 0; i < current.length; i++) {
        for (let k = i + 1; k < current.length; k++) {
          const a = current[i];
          const b = current[k];
          const fixed = current.filter((x) => x !== a && x !== b);
          const free = new Set<number>();
          for (const d of new Set([p.arcDest[a], p.arcDest[b]])) {
            for (const x of pool[d]) free.add(x);
            for (const x of this.destArcs[d]) if (usedNodes.has(p.arcNode[x])) free.add(x);
          }
          for (const x of fixed) free.delete(x);
          hoods.push({ free: [...free], fixed });
        }
      }
      // The whole plan re-chosen, among the move candidates of every destination and the arcs of the plan's nodes.
      const everywhere = new Set<number>(current);
      for (const list of pool) for (const x of list) everywhere.add(x);
      for (let d = 0; d < this.D; d++) for (const x of this.destArcs[d]) if (usedNodes.has(p.arcNode[x])) everywhere.add(x);
      hoods.push({ free: [...everywhere], fixed: [] });
      const usedDests = [...new Set(this.linesByDest.flatMap((ls, d) => (ls.length > 0 ? [d] : [])))];
      if (usedDests.length > 1) {
        for (const d of usedDests) {
          hoods.push({ free: this.destArcs[d], fixed: current.filter((a) => p.arcDest[a] !== d) });
        }
      }
      // Smallest residual problems first: they are the cheapest to solve exactly.
      hoods.sort((x, y) => x.free.length - y.free.length);
      for (const hood of hoods) {
        if (this.evaluations >= stopAt) break;
        const key = `${current.join(",")}|${hood.fixed.join(",")}|${hood.free.length}`;
        if (tried.has(key) || hood.free.length === 0) continue;
        tried.add(key);
        const { problem, arcs } = restrictToArcs(p, hood.free, hood.fixed);
        const sub = new Search(problem, 0, Math.min(stopAt - this.evaluations, this.residualBudget));
        const local = new Map(arcs.map((a, i) => [a, i]));
        sub.evaluateSet(current.filter((a) => local.has(a)).map((a) => local.get(a)!));
        sub.branchAndBound();
        this.evaluations += sub.evaluations;
        if (sub.best && sub.best.cost < this.best.cost - tolerance(this.best.cost)) {
          this.evaluateSet(sub.best.arcs.map((a) => arcs[a]));
          if (this.best !== start) break;
        }
      }
      if (this.best === start) break;
    }
  }

  /** First-improvement local search around the best plan, within `extra` more evaluations. */
  improve(extra: number): void {
    const stopAt = this.evaluations + extra;
    for (let improved = true; improved && this.evaluations < stopAt; ) {
      improved = false;
      const current = this.best!;
      for (const move of this.neighbours(current.arcs.filter((a) => a < this.A))) {
        if (this.evaluations >= stopAt) break;
        this.evaluateSet(move);
        if (this.best !== current) {
          improved = true;
          break;
        }
      }
    }
  }

  /** Lower bound of the whole search tree (free arcs open, every search arc still possible). */
  rootBound(): number {
    return this.lowerBound(0, this.reach(0), true);
  }

  /** Proven lower bound on the optimum after the search: the incumbent if finished, else the least open bound. */
  provenBound(rootBound: number, exact: boolean): number {
    const best = this.best!.cost;
    if (exact) return best;
    return Math.min(best, Math.max(rootBound, this.abortBound));
  }

  /** Offers the best plan's neighbours as alternatives (they never replace a proven optimum). */
  exploreAlternatives(): void {
    if (this.keepOthers === 0 || !this.best) return;
    for (const move of this.neighbours(this.best.arcs.filter((a) => a < this.A))) this.evaluateSet(move);
  }
}

/**
 * The residual problem of a large-neighbourhood move: only `free` search arcs may be opened, the
 * `fixed` ones stay open (paying their fixed cost when used) with the problem's free arcs. Arc i of
 * the result is arcs[i] of the parent.
 */
function restrictToArcs(p: Problem, free: number[], fixed: number[]): { problem: Problem; arcs: number[] } {
  const arcs = [...free].sort((a, b) => a - b);
  const searchArcCount = arcs.length;
  arcs.push(...fixed);
  for (let a = p.searchArcCount; a < p.arcCount; a++) arcs.push(a);
  const arcMap = new Int32Array(p.arcCount).fill(-1);
  arcs.forEach((a, i) => (arcMap[a] = i));
  const lines: PreparedLine[] = p.lines.map((line) => ({
    ...line,
    arcs: line.arcs.map((a) => arcMap[a]).filter((a) => a >= 0).sort((a, b) => a - b),
  }));
  const pick = <T extends Int32Array | Float64Array | Uint8Array>(src: T, make: (n: number) => T): T => {
    const out = make(arcs.length);
    arcs.forEach((a, i) => (out[i] = src[a]));
    return out;
  };
  const problem: Problem = {
    ...p,
    lines,
    arcCount: arcs.length,
    searchArcCount,
    arcNode: pick(p.arcNode, (n) => new Int32Array(n)),
    arcDest: pick(p.arcDest, (n) => new Int32Array(n)),
    arcFixed: pick(p.arcFixed, (n) => new Float64Array(n)),
    arcKm: pick(p.arcKm, (n) => new Float64Array(n)),
    arcCountsTowardsLimit: pick(p.arcCountsTowardsLimit, (n) => new Uint8Array(n)),
    arcLines: arcs.map((a) => p.arcLines[a]),
  };
  return { problem, arcs };
}

/** The lines and arcs of one destination, as a problem of its own (arc and line maps to the parent). */
function restrictToDestination(p: Problem, d: number): { problem: Problem; arcs: number[] } {
  const lineMap = new Map<number, number>();
  p.lines.forEach((line, l) => {
    if (line.dest === d) lineMap.set(l, lineMap.size);
  });
  const arcs: number[] = [];
  for (let a = 0; a < p.arcCount; a++) if (p.arcDest[a] === d) arcs.push(a);
  const arcMap = new Map(arcs.map((a, i) => [a, i]));
  const lines: PreparedLine[] = [...lineMap.keys()].map((l) => ({
    ...p.lines[l],
    dest: 0,
    arcs: p.lines[l].arcs.map((a) => arcMap.get(a)!),
  }));
  const pick = <T extends Int32Array | Float64Array | Uint8Array>(src: T, make: (n: number) => T): T => {
    const out = make(arcs.length);
    arcs.forEach((a, i) => (out[i] = src[a]));
    return out;
  };
  const problem: Problem = {
    ...p,
    lines,
    dests: [p.dests[d]],
    arcCount: arcs.length,
    searchArcCount: arcs.filter((a) => a < p.searchArcCount).length,
    arcNode: pick(p.arcNode, (n) => new Int32Array(n)),
    arcDest: new Int32Array(arcs.length),
    arcFixed: pick(p.arcFixed, (n) => new Float64Array(n)),
    arcKm: pick(p.arcKm, (n) => new Float64Array(n)),
    arcCountsTowardsLimit: pick(p.arcCountsTowardsLimit, (n) => new Uint8Array(n)),
    arcLines: arcs.map((a) => p.arcLines[a].map((l) => lineMap.get(l)!)),
  };
  return { problem, arcs };
}

/** Finds the least-cost plan (exact when the budget allows) and the next-best alternatives. */
export function searchPlan(p: Problem, options: SearchOptions): SearchResult {
  const heuristics = options.heuristics ?? true;
  const destinations = p.dests.map((_, d) => d).filter((d) => p.lines.some((l) => l.dest === d));
  const total = Math.max(0, options.maxEvaluations);
  let evaluations = 0;
  let destBound: Float64Array | undefined;
  const seeds: number[][] = heuristics ? [greedyAssignments(p).map((g) => g.arc)] : [];
  if (heuristics && destinations.length > 1) {
    // Destinations only interact through shared stock and capacity, so the sum of per-destination
    // optima (or proven lower bounds) bounds the joint optimum from below; the union of their
    // plans usually attains it.
    destBound = new Float64Array(p.dests.length);
    const union: number[] = [];
    const share = Math.floor((total * DECOMPOSITION_SHARE) / destinations.length);
    for (const d of destinations) {
      const { problem, arcs } = restrictToDestination(p, d);
      const part = searchPlan(problem, { ...options, alternatives: 0, maxEvaluations: share, localSearchEvaluations: 0 });
      evaluations += part.evaluations;
      destBound[d] = part.lowerBound;
      for (const a of part.best.arcs) union.push(arcs[a]);
    }
    seeds.unshift(union);
  }
  const left = Math.max(0, total - evaluations);
  // Kept for the neighbourhood searches after an interrupted branch and bound.
  const reserve = heuristics ? Math.min(Math.max(0, options.localSearchEvaluations), Math.floor(left * RESERVE_SHARE)) : 0;
  const search = new Search(p, Math.max(0, options.alternatives), left - reserve, destBound);
  if (heuristics) seeds.push(search.coverSeed());
  for (const seed of seeds) search.evaluateSet(seed);
  const rootBound = search.rootBound();
  let exact = search.meetsLowerBound() || (search.best !== undefined && search.best.cost <= rootBound + tolerance(rootBound));
  let probeBound = 0;
  if (!exact) {
    // A better incumbent before branching prunes far more than it costs.
    const bnbStop = left - reserve;
    if (heuristics) {
      search.improve(Math.min(PRE_SEARCH_EVALUATIONS, Math.floor(left * PRE_SEARCH_SHARE)));
      // Most orders are proved in a few hundred evaluations: try that before any costlier search.
      search.branchAndBound(Math.min(bnbStop, search.evaluations + PROBE_EVALUATIONS));
      if (search.aborted) {
        probeBound = Math.min(search.best!.cost, search.abortBound);
        search.residualBudget = Math.max(MIN_RESIDUAL_EVALUATIONS, Math.min(RESIDUAL_EVALUATIONS, Math.floor(left / 8)));
        search.largeNeighbourhoods(Math.min(LNS_EVALUATIONS, Math.floor(left * LNS_SHARE)));
        search.branchAndBound(bnbStop);
      }
    } else search.branchAndBound(bnbStop);
    exact = !search.aborted;
    if (!exact && heuristics) {
      const stopAt = evaluations + search.evaluations + reserve;
      search.largeNeighbourhoods(Math.max(0, stopAt - evaluations - search.evaluations));
      search.improve(Math.max(0, stopAt - evaluations - search.evaluations));
    }
  }
  if (heuristics) search.exploreAlternatives();
  return {
    best: search.best!,
    alternatives: search.others,
    exact,
    lowerBound: search.provenBound(Math.max(rootBound, probeBound), exact),
    evaluations: evaluations + search.evaluations,
  };
}
