// Expected demand by region from recent order lines: ship lines are grouped by a grid cell of their
// destination (its centre stands for the cell), pickup lines by their pickup store; the units seen
// in the window are scaled to the horizon the LP plans for.
import type { RegionDemand } from "./types";

export interface DemandSample {
  sku: string;
  qty: number;
  mode: "SHIP" | "PICKUP";
  /** Destination of a ship line. */
  lat?: number | null;
  lng?: number | null;
  /** Pickup store of a pickup line, with its position. */
  pickupNode?: string | null;
  pickupLat?: number;
  pickupLng?: number;
}

/** Grid cell of a destination, in degrees (0.5 degree is about 55 km north-south). */
export const DEFAULT_CELL_DEGREES = 0.5;

export function regionKey(lat: number, lng: number, cellDegrees = DEFAULT_CELL_DEGREES): { key: string; lat: number; lng: number } {
  const i = Math.floor(lat / cellDegrees);
  const j = Math.floor(lng / cellDegrees);
  return { key: `cell:${i}:${j}`, lat: (i + 0.5) * cellDegrees, lng: (j + 0.5) * cellDegrees };
}

/**
 * Sums the samples by (region, SKU) and multiplies by `scale` (horizon days / window days).
 * Samples without a usable location are skipped.
 */
export function aggregateDemand(samples: Iterable<DemandSample>, options: { scale: number; cellDegrees?: number }): RegionDemand[] {
  const byKey = new Map<string, RegionDemand>();
  for (const s of samples) {
    if (s.qty <= 0) continue;
    let region: string;
    let lat: number;
    let lng: number;
    let pickupNode: string | undefined;
    if (s.mode === "PICKUP") {
      if (!s.pickupNode || s.pickupLat === undefined || s.pickupLng === undefined) continue;
      region = `pickup:${s.pickupNode}`;
      lat = s.pickupLat;
      lng = s.pickupLng;
      pickupNode = s.pickupNode;
    } else {
      if (s.lat == null || s.lng == null) continue;
      const cell = regionKey(s.lat, s.lng, options.cellDegrees);
      region = cell.key;
      lat = cell.lat;
      lng = cell.lng;
    }
    const key = `${region}|${s.sku}`;
    const entry = byKey.get(key);
    if (entry) entry.units += s.qty;
    else byKey.set(key, { region, lat, lng, sku: s.sku, units: s.qty, ...(pickupNode ? { pickupNode } : {}) });
  }
  const out = [...byKey.values()];
  for (const d of out) d.units *= options.scale;
  return out;
}
