// Seeded generator of realistic sourcing instances for the benchmark: nodes at real city
// coordinates in France and neighbouring countries, DCs and stores, skewed stock, tight capacity.

import type { FulfillmentNode, OrderLine, SourcingInstance, StockRow } from "@/lib/sourcing";

/** [name, lat, lng, weight]: weight ~ relative number of stores (metropolitan size). */
export const CITIES: ReadonlyArray<readonly [string, number, number, number]> = [
  ["Paris", 48.8566, 2.3522, 12],
  ["Marseille", 43.2965, 5.3698, 5],
  ["Lyon", 45.764, 4.8357, 5],
  ["Toulouse", 43.6047, 1.4442, 4],
  ["Nice", 43.7102, 7.262, 3],
  ["Nantes", 47.2184, -1.5536, 3],
  ["Strasbourg", 48.5734, 7.7521, 3],
  ["Montpellier", 43.6108, 3.8767, 3],
  ["Bordeaux", 44.8378, -0.5792, 4],
  ["Lille", 50.6292, 3.0573, 4],
  ["Rennes", 48.1173, -1.6778, 3],
  ["Reims", 49.2583, 4.0317, 2],
  ["Le Havre", 49.4944, 0.1079, 2],
  ["Saint-Etienne", 45.4397, 4.3872, 2],
  ["Toulon", 43.1242, 5.928, 2],
  ["Grenoble", 45.1885, 5.7245, 2],
  ["Dijon", 47.322, 5.0415, 2],
  ["Angers", 47.4784, -0.5632, 2],
  ["Nimes", 43.8367, 4.3601, 2],
  ["Clermont-Ferrand", 45.7772, 3.087, 2],
  ["Le Mans", 48.0061, 0.1996, 2],
  ["Aix-en-Provence", 43.5297, 5.4474, 2],
  ["Brest", 48.3904, -4.4861, 1],
  ["Tours", 47.3941, 0.6848, 2],
  ["Amiens", 49.8941, 2.2958, 1],
  ["Limoges", 45.8336, 1.2611, 1],
  ["Perpignan", 42.6887, 2.8948, 1],
  ["Metz", 49.1193, 6.1757, 2],
  ["Besancon", 47.2378, 6.0241, 1],
  ["Orleans", 47.903, 1.9093, 2],
  ["Rouen", 49.4432, 1.0999, 2],
  ["Mulhouse", 47.7508, 7.3359, 1],
  ["Caen", 49.1829, -0.3707, 1],
  ["Nancy", 48.6921, 6.1844, 2],
  ["Avignon", 43.9493, 4.8055, 1],
  ["Poitiers", 46.5802, 0.3404, 1],
  ["Pau", 43.2951, -0.3708, 1],
  ["La Rochelle", 46.1603, -1.1511, 1],
  ["Bayonne", 43.4929, -1.4748, 1],
  ["Annecy", 45.8992, 6.1294, 1],
  ["Ajaccio", 41.9192, 8.7386, 1],
  ["Brussels", 50.8503, 4.3517, 4],
  ["Antwerp", 51.2194, 4.4025, 2],
  ["Liege", 50.6326, 5.5797, 1],
  ["Ghent", 51.0543, 3.7174, 1],
  ["Luxembourg", 49.6116, 6.1319, 1],
  ["Geneva", 46.2044, 6.1432, 2],
  ["Lausanne", 46.5197, 6.6323, 1],
  ["Basel", 47.5596, 7.5886, 1],
  ["Zurich", 47.3769, 8.5417, 2],
  ["Saarbrucken", 49.2402, 6.9969, 1],
  ["Freiburg", 47.999, 7.8421, 1],
  ["Karlsruhe", 49.0069, 8.4037, 1],
  ["Stuttgart", 48.7758, 9.1829, 2],
  ["Cologne", 50.9375, 6.9603, 2],
  ["Frankfurt", 50.1109, 8.6821, 2],
  ["Turin", 45.0703, 7.6869, 2],
  ["Milan", 45.4642, 9.19, 3],
  ["Genoa", 44.4056, 8.9463, 1],
  ["Barcelona", 41.3851, 2.1734, 3],
  ["San Sebastian", 43.3183, -1.9812, 1],
  ["Bilbao", 43.263, -2.935, 1],
  ["Andorra la Vella", 42.5063, 1.5218, 1],
  ["Monaco", 43.7384, 7.4246, 1],
];

/** Logistics hubs where DCs sit (indices into CITIES), in the order DCs are added. */
const DC_HUBS = ["Paris", "Lyon", "Lille", "Marseille", "Bordeaux", "Orleans", "Strasbourg", "Toulouse", "Nantes", "Brussels", "Milan", "Barcelona", "Dijon", "Rouen", "Frankfurt"];

/** mulberry32: small, fast, seedable; good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratorOptions {
  nodes: number;
  /** Inclusive range of order lines. */
  minLines?: number;
  maxLines?: number;
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, list: readonly T[]) => list[Math.floor(r() * list.length)];
const totalWeight = CITIES.reduce((s, c) => s + c[3], 0);
function weightedCity(r: Rand): readonly [string, number, number, number] {
  let x = r() * totalWeight;
  for (const c of CITIES) if ((x -= c[3]) < 0) return c;
  return CITIES[0];
}
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** Lines per order: mostly small baskets, a tail up to 10. */
const LINE_WEIGHTS = [30, 22, 15, 10, 7, 5, 4, 3, 2, 2];

/** A network of `nodes` DCs and stores (same seed, same network). */
export function generateNetwork(seed: number, count: number): FulfillmentNode[] {
  const r = rng(seed);
  const dcCount = Math.max(3, Math.round(count * 0.03));
  const nodes: FulfillmentNode[] = [];
  for (let i = 0; i < dcCount; i++) {
    const hub = CITIES.find((c) => c[0] === DC_HUBS[i % DC_HUBS.length])!;
    nodes.push({
      id: `DC${String(i + 1).padStart(2, "0")}`,
      type: "DC",
      lat: round5(hub[1] + (r() - 0.5) * 0.3),
      lng: round5(hub[2] + (r() - 0.5) * 0.4),
      canShip: true,
      canPickup: false,
      capacityLeft: r() < 0.1 ? int(r, 0, 30) : int(r, 2000, 10000),
    });
  }
  for (let i = 0; nodes.length < count; i++) {
    const city = weightedCity(r);
    nodes.push({
      id: `S${String(i + 1).padStart(4, "0")}`,
      type: "STORE",
      lat: round5(city[1] + (r() - 0.5) * 0.16),
      lng: round5(city[2] + (r() - 0.5) * 0.22),
      canShip: r() < 0.7,
      canPickup: r() < 0.95,
      // A third of stores are nearly out of picking capacity today.
      capacityLeft: r() < 0.3 ? int(r, 0, 4) : int(r, 20, 150),
    });
  }
  return nodes;
}

/** One order on a network, with a stock snapshot for its SKUs only (what the API would load). */
export function generateInstance(seed: number, network: FulfillmentNode[], options: GeneratorOptions): SourcingInstance {
  const r = rng(seed);
  const minLines = options.minLines ?? 1;
  const maxLines = options.maxLines ?? 10;
  const weights = LINE_WEIGHTS.slice(minLines - 1, maxLines);
  let x = r() * weights.reduce((s, w) => s + w, 0);
  let lineCount = minLines;
  for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) {
    lineCount = minLines + i;
    break;
  }
  const city = weightedCity(r);
  const destination = { lat: round5(city[1] + (r() - 0.5) * 0.3), lng: round5(city[2] + (r() - 0.5) * 0.4) };
  const pickupStores = network
    .filter((n) => n.type === "STORE" && n.canPickup)
    .map((n) => ({ n, d: Math.hypot(n.lat - destination.lat, (n.lng - destination.lng) * 0.7) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 5)
    .map((x) => x.n.id);

  const lines: OrderLine[] = [];
  const skus: Array<{ sku: string; popularity: number }> = [];
  for (let i = 0; i < lineCount; i++) {
    // Popularity classes: 0 bestseller, 1 regular, 2 long tail (Zipf-like skew).
    const u = r();
    const popularity = u < 0.45 ? 0 : u < 0.8 ? 1 : 2;
    const sku = `SKU-${popularity}-${int(r, 1, 400)}-${i}`;
    skus.push({ sku, popularity });
    const qtyRoll = r();
    const qty = qtyRoll < 0.7 ? 1 : qtyRoll < 0.95 ? int(r, 2, 3) : int(r, 4, 10);
    const pickup = pickupStores.length > 0 && r() < 0.15;
    lines.push(
      pickup
        ? { id: `L${i + 1}`, sku, qty, mode: "PICKUP", pickupNode: pick(r, pickupStores) }
        : { id: `L${i + 1}`, sku, qty, mode: "SHIP" },
    );
  }
  const dcCarry = [0.9, 0.6, 0.3];
  const storeCarry = [0.45, 0.2, 0.05];
  const stock: StockRow[] = [];
  for (const node of network) {
    for (const { sku, popularity } of skus) {
      if (node.type === "DC") {
        if (r() >= dcCarry[popularity]) continue;
        // Some DC positions are nearly sold out, so that splits are sometimes needed.
        stock.push({ node: node.id, sku, available: r() < 0.25 ? int(r, 0, 3) : int(r, 5, 400) });
      } else {
        if (r() >= storeCarry[popularity]) continue;
        stock.push({ node: node.id, sku, available: Math.floor(-Math.log(1 - r()) * 3) });
      }
    }
  }
  const excludedNodes = r() < 0.05 ? [pick(r, network).id] : [];
  return {
    order: { id: `O${seed}`, destination, lines },
    nodes: network,
    stock,
    costs: {
      perShipment: pick(r, [4, 6, 8]),
      perKm: pick(r, [0.004, 0.01, 0.02]),
      handlingPerUnit: { DC: 0.4, STORE: 1.2 },
      unfilledPerUnit: 250,
    },
    rules: { maxShipments: pick(r, [2, 3, 3, 3, 4]), shipFromStoreMaxKm: pick(r, [150, 300]), excludedNodes },
  };
}
