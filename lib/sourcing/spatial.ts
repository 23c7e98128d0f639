// Geometry for candidate preparation. Two exact shortcuts: (1) a ship-from-store limit decided on
// bounds of the distance, with a haversine only for the stores near the limit; (2) per destination, the nearest few nodes by the explanation's distance ranking, so that
// the nearest stockless nodes of a line are found without visiting every node.

import { EARTH_RADIUS_KM } from "./geo";
import type { FulfillmentNode, GeoPoint } from "./types";

const RAD = Math.PI / 180;
/** Slack around the limit: far above floating error, far below a metre. */
const REL = 1e-9;
const ABS_KM = 1e-9;

/**
 * Decides `haversineKm(node, point) > maxKm` for many nodes with arithmetic only: rigorous lower
 * and upper bounds of the great-circle distance from the latitude and (wrapped) longitude
 * differences settle almost every node; the haversine (`exact`) is computed only when the limit
 * falls between the bounds (a few percent around it).
 *
 * Bounds, with a = |dLat|, b = |dLng| (radians, b wrapped to at most pi), c = chord / R:
 * c^2 = 4 sin^2(a/2) + 4 cos(lat1) cos(lat2) sin^2(b/2); x (1 - x^2/6) <= sin x <= x for
 * 0 <= x <= pi/2; |cos(lat2) - cos(lat1)| <= a; and chord <= distance <= R * 2 asin(c / 2),
 * bounded by R c / sqrt(1 - c^2/4).
 */
export class DistanceLimit {
  private readonly lo: number;
  private readonly hi: number;
  private readonly lat: number;
  private readonly lng: number;
  private readonly cosLat: number;
  private readonly usable: boolean;

  constructor(
    private readonly nodes: readonly FulfillmentNode[],
    point: GeoPoint,
    maxKm: number,
  ) {
    this.lat = point.lat * RAD;
    this.lng = point.lng;
    this.cosLat = Math.cos(this.lat);
    this.usable = Math.abs(point.lat) <= 90 && Number.isFinite(point.lng) && maxKm >= 0 && maxKm < Infinity;
    this.lo = maxKm * (1 - REL) - ABS_KM;
    this.hi = maxKm * (1 + REL) + ABS_KM;
  }

  /** Same verdict as `exact(n) > maxKm`, where exact(n) is the haversine km to the point. */
  beyond(n: number, maxKm: number, exact: (n: number) => number): boolean {
    if (this.usable) {
      const node = this.nodes[n];
      const a = Math.abs(node.lat * RAD - this.lat);
      let dLng = Math.abs(node.lng - this.lng) % 360;
      if (dLng > 180) dLng = 360 - dLng;
      const b = dLng * RAD;
      if (a <= Math.PI / 2 && b <= Math.PI && Math.abs(node.lat) <= 90) {
        const cc = this.cosLat;
        const ccLo = cc * Math.max(0, cc - a);
        const ccHi = cc * Math.min(1, cc + a);
        const ha = a / 2;
        const hb = b / 2;
        const sa = ha * (1 - (ha * ha) / 6);
        const sb = hb * (1 - (hb * hb) / 6);
        const lower = EARTH_RADIUS_KM * 2 * Math.sqrt(sa * sa + ccLo * sb * sb);
        if (lower > this.hi) return true;
        const c2 = a * a + ccHi * b * b;
        if (c2 < 1) {
          const upper = (EARTH_RADIUS_KM * Math.sqrt(c2)) / Math.sqrt(1 - c2 / 4);
          if (upper < this.lo) return false;
        }
      }
    }
    return exact(n) > maxKm;
  }
}

/** Nodes kept per destination for the nearest-examples walk. */
export const NEAREST_KEPT = 24;

/**
 * Fills `km` (from `offset`, one entry per node) with the explanation's ranking distance to the
 * point (flat-earth km, which orders nearby nodes like the great circle) and returns the
 * NEAREST_KEPT nearest nodes in (km, id) order.
 */
export function rankByDistance(
  nodes: readonly FulfillmentNode[],
  point: GeoPoint,
  km: Float64Array,
  offset: number,
): Int32Array {
  const N = nodes.length;
  const cosLat = Math.cos((point.lat * Math.PI) / 180);
  const scale = (Math.PI / 180) * EARTH_RADIUS_KM;
  const keep = Math.min(NEAREST_KEPT, N);
  const nearest = new Int32Array(keep);
  let have = 0;
  for (let n = 0; n < N; n++) {
    const dy = nodes[n].lat - point.lat;
    const dx = (nodes[n].lng - point.lng) * cosLat;
    const d = scale * Math.sqrt(dx * dx + dy * dy);
    km[offset + n] = d;
    if (have === keep) {
      const last = nearest[keep - 1];
      const lastKm = km[offset + last];
      if (d > lastKm || (d === lastKm && !(nodes[n].id < nodes[last].id))) continue;
    } else have++;
    let i = have - 1;
    while (i > 0) {
      const prev = nearest[i - 1];
      const prevKm = km[offset + prev];
      if (prevKm < d || (prevKm === d && nodes[prev].id < nodes[n].id)) break;
      nearest[i] = prev;
      i--;
    }
    nearest[i] = n;
  }
  return nearest;
}

// Per-call working arrays of preparation, reused from call to call: at 1,000 nodes a call needs a
// few hundred kB of them, and fresh typed arrays that size live outside the heap and cost
// collections. Each slot serves one purpose; a slot is valid until the next call that asks for it.
const f64Slots: Float64Array[] = [];
const i32Slots: Int32Array[] = [];
const u8Slots: Uint8Array[] = [];

function grown<T extends Float64Array | Int32Array | Uint8Array>(slots: T[], slot: number, size: number, make: (n: number) => T): T {
  let buffer = slots[slot];
  if (!buffer || buffer.length < size) slots[slot] = buffer = make(Math.max(size, 2 * (buffer?.length ?? 0)));
  return buffer;
}

/** A Float64Array view of `size` from slot `slot`, every entry set to `fill`. */
export function scratchF64(slot: number, size: number, fill: number): Float64Array {
  return grown(f64Slots, slot, size, (n) => new Float64Array(n)).fill(fill, 0, size).subarray(0, size);
}

/** An Int32Array view of `size` from slot `slot`, every entry set to `fill`. */
export function scratchI32(slot: number, size: number, fill: number): Int32Array {
  return grown(i32Slots, slot, size, (n) => new Int32Array(n)).fill(fill, 0, size).subarray(0, size);
}

/** A zeroed Uint8Array view of `size` from slot `slot`. */
export function scratchBytes(slot: number, size: number): Uint8Array {
  return grown(u8Slots, slot, size, (n) => new Uint8Array(n)).fill(0, 0, size).subarray(0, size);
}

/**
 * Sorts `index` (values are positions into `key`) by key ascending, equal keys by `tie`: a merge
 * sort on typed arrays that calls `tie` only on equal keys (plain comparator sorts call back on
 * every comparison, which at hundreds of arcs costs more than the rest of their preparation).
 */
export function sortByKey(index: Int32Array, key: Float64Array, tie: (a: number, b: number) => number): void {
  const n = index.length;
  const before = (a: number, b: number) => key[a] < key[b] || (key[a] === key[b] && tie(a, b) < 0);
  // Insertion sort of runs of 16, then bottom-up merges through a second buffer.
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(n, lo + RUN);
    for (let i = lo + 1; i < hi; i++) {
      const v = index[i];
      let j = i - 1;
      while (j >= lo && before(v, index[j])) {
        index[j + 1] = index[j];
        j--;
      }
      index[j + 1] = v;
    }
  }
  if (n <= RUN) return;
  let from: Int32Array = index;
  let to: Int32Array = new Int32Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) to[k++] = before(from[j], from[i]) ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    [from, to] = [to, from];
  }
  if (from !== index) index.set(from);
}
