// Instance families for the sourcing benchmark, from a generator of their own (independent of
// sourcing-generator's popularity model): two geographies (France and neighbours, North America),
// stock density as the share of stores holding each SKU, exact or ranged line counts, varied cost
// parameters and capacities, and large tight instances (scarce stock and capacity, pickup lines,
// one or two shipments) where the search has to work for its optimum.

import type { CostModel, FulfillmentNode, OrderLine, SourcingInstance, StockRow } from "@/lib/sourcing";
import { CITIES, rng } from "./sourcing-generator";

type City = readonly [string, number, number, number];

/** [name, lat, lng, weight] of North American metropolitan areas, weight ~ number of stores. */
export const NORTH_AMERICA: ReadonlyArray<City> = [
  ["New York", 40.7128, -74.006, 12],
  ["Los Angeles", 34.0522, -118.2437, 9],
  ["Chicago", 41.8781, -87.6298, 7],
  ["Houston", 29.7604, -95.3698, 5],
  ["Dallas", 32.7767, -96.797, 5],
  ["Phoenix", 33.4484, -112.074, 4],
  ["Philadelphia", 39.9526, -75.1652, 4],
  ["Washington", 38.9072, -77.0369, 4],
  ["Boston", 42.3601, -71.0589, 4],
  ["Atlanta", 33.749, -84.388, 4],
  ["Miami", 25.7617, -80.1918, 4],
  ["San Francisco", 37.7749, -122.4194, 4],
  ["Toronto", 43.6532, -79.3832, 5],
  ["Montreal", 45.5017, -73.5673, 4],
  ["Mexico City", 19.4326, -99.1332, 4],
  ["Seattle", 47.6062, -122.3321, 3],
  ["Denver", 39.7392, -104.9903, 3],
  ["Detroit", 42.3314, -83.0458, 3],
  ["Minneapolis", 44.9778, -93.265, 3],
  ["San Diego", 32.7157, -117.1611, 3],
  ["San Antonio", 29.4241, -98.4936, 3],
  ["Austin", 30.2672, -97.7431, 3],
  ["Vancouver", 49.2827, -123.1207, 3],
  ["San Jose", 37.3382, -121.8863, 2],
  ["Jacksonville", 30.3322, -81.6557, 2],
  ["Columbus", 39.9612, -82.9988, 2],
  ["Charlotte", 35.2271, -80.8431, 2],
  ["Indianapolis", 39.7684, -86.1581, 2],
  ["Nashville", 36.1627, -86.7816, 2],
  ["Portland", 45.5152, -122.6784, 2],
  ["Las Vegas", 36.1699, -115.1398, 2],
  ["Baltimore", 39.2904, -76.6122, 2],
  ["Kansas City", 39.0997, -94.5786, 2],
  ["Tampa", 27.9506, -82.4572, 2],
  ["Orlando", 28.5383, -81.3792, 2],
  ["St. Louis", 38.627, -90.1994, 2],
  ["Pittsburgh", 40.4406, -79.9959, 2],
  ["Cincinnati", 39.1031, -84.512, 2],
  ["Cleveland", 41.4993, -81.6944, 2],
  ["Salt Lake City", 40.7608, -111.891, 2],
  ["Calgary", 51.0447, -114.0719, 2],
  ["Guadalajara", 20.6597, -103.3496, 2],
  ["Monterrey", 25.6866, -100.3161, 2],
  ["Memphis", 35.1495, -90.049, 1],
  ["Louisville", 38.2527, -85.7585, 1],
  ["Milwaukee", 43.0389, -87.9065, 1],
  ["Albuquerque", 35.0844, -106.6504, 1],
  ["Tucson", 32.2226, -110.9747, 1],
  ["New Orleans", 29.9511, -90.0715, 1],
  ["Oklahoma City", 35.4676, -97.5164, 1],
  ["Raleigh", 35.7796, -78.6382, 1],
  ["Omaha", 41.2565, -95.9345, 1],
  ["Buffalo", 42.8864, -78.8784, 1],
  ["Boise", 43.615, -116.2023, 1],
  ["Edmonton", 53.5461, -113.4938, 1],
  ["Ottawa", 45.4215, -75.6972, 1],
  ["Winnipeg", 49.8951, -97.1384, 1],
  ["Quebec City", 46.8139, -71.208, 1],
  ["Halifax", 44.6488, -63.5752, 1],
  ["Anchorage", 61.2181, -149.9003, 1],
  ["Honolulu", 21.3069, -157.8583, 1],
];

const HUBS: Record<Geography, string[]> = {
  france: ["Paris", "Lyon", "Lille", "Marseille", "Bordeaux", "Orleans", "Strasbourg", "Toulouse", "Nantes", "Brussels"],
  "north-america": ["Chicago", "Dallas", "Los Angeles", "Atlanta", "New York", "Memphis", "Columbus", "Toronto", "Denver", "Seattle", "Phoenix", "Louisville"],
};

export type Geography = "france" | "north-america";

export interface FamilySpec {
  /** Short name printed in the report and accepted by --family. */
  name: string;
  description: string;
  geography: Geography;
  /** Nodes per network: one network per order drawn in this inclusive range (or a fixed size). */
  nodes: number | [number, number];
  /** Inclusive range of lines per order, drawn uniformly. */
  lines: [number, number];
  orders: number;
  /** Share of stores holding each SKU of the order, and of DCs. */
  storeDensity: number;
  dcDensity: number;
  /** Units a holding store / DC has: uniform in these inclusive ranges. */
  storeUnits: [number, number];
  dcUnits: [number, number];
  /** Units per line, uniform in this inclusive range (weighted towards 1 when `singleUnitShare` is set). */
  qty: [number, number];
  singleUnitShare: number;
  pickupShare: number;
  /** Capacity left today: stores and DCs, uniform in these inclusive ranges. */
  storeCapacity: [number, number];
  dcCapacity: [number, number];
  /** Each order picks one value of each. */
  maxShipments: number[];
  shipFromStoreMaxKm: number[];
  perShipment: number[];
  perKm: number[];
  handling: Array<CostModel["handlingPerUnit"]>;
  unfilledPerUnit: number[];
  /** Solve each order exactly with HiGHS to measure gaps and bounds. */
  mip: boolean;
}

const common = {
  storeUnits: [1, 6] as [number, number],
  dcUnits: [0, 300] as [number, number],
  qty: [1, 4] as [number, number],
  singleUnitShare: 0.7,
  pickupShare: 0.15,
  storeCapacity: [0, 120] as [number, number],
  dcCapacity: [500, 8000] as [number, number],
  handling: [
    { DC: 0.4, STORE: 1.2 },
    { DC: 0.6, STORE: 0.9 },
    { DC: 1.5, STORE: 1 },
  ],
};

/**
 * The families the benchmark runs. `scale` shrinks order counts (--quick). Latency families have
 * enough orders for a p99; the MIP families are smaller, each order is also solved by HiGHS.
 */
export function families(scale = 1): FamilySpec[] {
  const n = (x: number) => Math.max(20, Math.round(x * scale));
  return [
    {
      ...common,
      name: "na-200-5",
      description: "North America, 200 nodes, exactly 5 lines, stock in a third of the stores",
      geography: "north-america",
      nodes: 200,
      lines: [5, 5],
      orders: n(1000),
      storeDensity: 1 / 3,
      dcDensity: 0.6,
      maxShipments: [2, 3, 4],
      shipFromStoreMaxKm: [300, 600, 1000],
      perShipment: [5, 8, 12],
      perKm: [0.002, 0.005, 0.01],
      unfilledPerUnit: [250],
      mip: false,
    },
    {
      ...common,
      name: "fr-200-5",
      description: "France, 200 nodes, exactly 5 lines, stock in a third of the stores",
      geography: "france",
      nodes: 200,
      lines: [5, 5],
      orders: n(1000),
      storeDensity: 1 / 3,
      dcDensity: 0.6,
      maxShipments: [2, 3, 4],
      shipFromStoreMaxKm: [150, 300],
      perShipment: [4, 6, 8],
      perKm: [0.004, 0.01, 0.02],
      unfilledPerUnit: [250],
      mip: false,
    },
    {
      ...common,
      name: "na-1000-1to5",
      description: "North America, 1,000 nodes, 1-5 lines, stock in a third of the stores",
      geography: "north-america",
      nodes: 1000,
      lines: [1, 5],
      orders: n(1000),
      storeDensity: 1 / 3,
      dcDensity: 0.6,
      maxShipments: [2, 3, 4],
      shipFromStoreMaxKm: [300, 600, 1000],
      perShipment: [5, 8, 12],
      perKm: [0.002, 0.005, 0.01],
      unfilledPerUnit: [250],
      mip: false,
    },
    {
      ...common,
      name: "fr-1000-1to5",
      description: "France, 1,000 nodes, 1-5 lines, stock in a tenth of the stores, cheap store handling",
      geography: "france",
      nodes: 1000,
      lines: [1, 5],
      orders: n(1000),
      storeDensity: 0.1,
      dcDensity: 0.8,
      maxShipments: [1, 2, 3],
      shipFromStoreMaxKm: [100, 300, 600],
      perShipment: [3, 6, 10],
      perKm: [0.004, 0.01, 0.03],
      handling: [
        { DC: 0.8, STORE: 0.5 },
        { DC: 0.4, STORE: 1.2 },
      ],
      unfilledPerUnit: [60, 250],
      mip: false,
    },
    {
      ...common,
      name: "mix-100-1to8",
      description: "Either geography, 50-150 nodes, 1-8 lines, half the stores stocked, low penalties",
      geography: "france",
      nodes: [50, 150],
      lines: [1, 8],
      orders: n(100),
      storeDensity: 0.5,
      dcDensity: 0.5,
      storeUnits: [0, 3],
      dcUnits: [0, 20],
      qty: [1, 6],
      singleUnitShare: 0.4,
      pickupShare: 0.25,
      storeCapacity: [0, 10],
      dcCapacity: [0, 60],
      maxShipments: [1, 2, 3, 4],
      shipFromStoreMaxKm: [80, 200, 400],
      perShipment: [2, 7, 15],
      perKm: [0, 0.005, 0.05],
      unfilledPerUnit: [12, 40, 250],
      mip: true,
    },
    {
      ...common,
      name: "tight-fr",
      description: "France, 30-200 nodes, 8-12 lines, scarce stock and capacity, pickups, 1-2 shipments",
      geography: "france",
      nodes: [30, 200],
      lines: [8, 12],
      orders: n(120),
      storeDensity: 0.2,
      dcDensity: 0.4,
      storeUnits: [0, 2],
      dcUnits: [0, 6],
      qty: [1, 4],
      singleUnitShare: 0.5,
      pickupShare: 0.25,
      storeCapacity: [0, 5],
      dcCapacity: [2, 20],
      maxShipments: [1, 2],
      shipFromStoreMaxKm: [150, 300],
      perShipment: [4, 8],
      perKm: [0.004, 0.01, 0.02],
      unfilledPerUnit: [60, 250],
      mip: true,
    },
    {
      ...common,
      name: "tight-na",
      description: "North America, 30-200 nodes, 8-12 lines, scarce stock and capacity, pickups, 1-2 shipments",
      geography: "north-america",
      nodes: [30, 200],
      lines: [8, 12],
      orders: n(120),
      storeDensity: 0.2,
      dcDensity: 0.4,
      storeUnits: [0, 2],
      dcUnits: [0, 6],
      qty: [1, 4],
      singleUnitShare: 0.5,
      pickupShare: 0.25,
      storeCapacity: [0, 5],
      dcCapacity: [2, 20],
      maxShipments: [1, 2],
      shipFromStoreMaxKm: [300, 800],
      perShipment: [5, 10],
      perKm: [0.002, 0.005, 0.01],
      unfilledPerUnit: [60, 250],
      mip: true,
    },
  ];
}

type Rand = () => number;
const int = (r: Rand, [lo, hi]: [number, number]) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

function cities(geography: Geography): ReadonlyArray<City> {
  return geography === "france" ? CITIES : NORTH_AMERICA;
}

function weighted(r: Rand, list: ReadonlyArray<City>): City {
  let x = r() * list.reduce((s, c) => s + c[3], 0);
  for (const c of list) if ((x -= c[3]) < 0) return c;
  return list[0];
}

/** Jitter around a city, in degrees: metropolitan areas are wider in North America. */
const spread = (geography: Geography) => (geography === "france" ? 0.2 : 0.6);

/** A network of `count` nodes (about 4% DCs at logistics hubs, the rest stores in cities). */
export function familyNetwork(spec: FamilySpec, seed: number, count: number): FulfillmentNode[] {
  const r = rng(seed);
  const list = cities(spec.geography);
  const hubs = HUBS[spec.geography];
  const dcCount = Math.max(2, Math.round(count * 0.04));
  const jitter = spread(spec.geography);
  const nodes: FulfillmentNode[] = [];
  for (let i = 0; i < dcCount; i++) {
    const hub = list.find((c) => c[0] === hubs[i % hubs.length])!;
    nodes.push({
      id: `DC${String(i + 1).padStart(2, "0")}`,
      type: "DC",
      lat: round5(hub[1] + (r() - 0.5) * jitter),
      lng: round5(hub[2] + (r() - 0.5) * jitter * 1.4),
      canShip: true,
      canPickup: false,
      capacityLeft: int(r, spec.dcCapacity),
    });
  }
  for (let i = 0; nodes.length < count; i++) {
    const city = weighted(r, list);
    nodes.push({
      id: `S${String(i + 1).padStart(4, "0")}`,
      type: "STORE",
      lat: round5(city[1] + (r() - 0.5) * jitter),
      lng: round5(city[2] + (r() - 0.5) * jitter * 1.4),
      canShip: r() < 0.75,
      canPickup: r() < 0.9,
      capacityLeft: int(r, spec.storeCapacity),
    });
  }
  return nodes;
}

/** One order of the family on `network`, with a stock snapshot for its SKUs only. */
export function familyInstance(spec: FamilySpec, seed: number, network: FulfillmentNode[]): SourcingInstance {
  const r = rng(seed);
  const lineCount = int(r, spec.lines);
  const city = weighted(r, cities(spec.geography));
  const jitter = spread(spec.geography);
  const destination = { lat: round5(city[1] + (r() - 0.5) * jitter), lng: round5(city[2] + (r() - 0.5) * jitter * 1.4) };
  const pickupStores = network
    .filter((node) => node.type === "STORE" && node.canPickup)
    .map((node) => ({ node, d: Math.hypot(node.lat - destination.lat, (node.lng - destination.lng) * 0.7) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 4)
    .map((x) => x.node.id);
  const lines: OrderLine[] = [];
  for (let i = 0; i < lineCount; i++) {
    const sku = `SKU-${int(r, [1, 5000])}-${i}`;
    const qty = r() < spec.singleUnitShare ? 1 : int(r, spec.qty);
    const pickup = pickupStores.length > 0 && r() < spec.pickupShare;
    lines.push(
      pickup
        ? { id: `L${i + 1}`, sku, qty, mode: "PICKUP", pickupNode: pick(r, pickupStores) }
        : { id: `L${i + 1}`, sku, qty, mode: "SHIP" },
    );
  }
  const stock: StockRow[] = [];
  for (const node of network) {
    const dc = node.type === "DC";
    for (const line of lines) {
      if (r() >= (dc ? spec.dcDensity : spec.storeDensity)) continue;
      stock.push({ node: node.id, sku: line.sku, available: int(r, dc ? spec.dcUnits : spec.storeUnits) });
    }
  }
  return {
    order: { id: `${spec.name}-${seed}`, destination, lines },
    nodes: network,
    stock,
    costs: {
      perShipment: pick(r, spec.perShipment),
      perKm: pick(r, spec.perKm),
      handlingPerUnit: pick(r, spec.handling),
      unfilledPerUnit: pick(r, spec.unfilledPerUnit),
    },
    rules: {
      maxShipments: pick(r, spec.maxShipments),
      shipFromStoreMaxKm: pick(r, spec.shipFromStoreMaxKm),
      excludedNodes: r() < 0.05 ? [pick(r, network).id] : [],
    },
  };
}

/**
 * The family's orders: fixed-size families share one network; ranged ones draw a size per order
 * (networks are cached by size). "mix" families alternate the geography order by order.
 */
export function familyInstances(spec: FamilySpec, seedBase: number, count: number): SourcingInstance[] {
  const networks = new Map<string, FulfillmentNode[]>();
  const r = rng(seedBase);
  const out: SourcingInstance[] = [];
  for (let i = 0; i < count; i++) {
    const size = typeof spec.nodes === "number" ? spec.nodes : int(r, spec.nodes);
    const geography: Geography = spec.name.startsWith("mix") ? (i % 2 === 0 ? "france" : "north-america") : spec.geography;
    const variant = { ...spec, geography };
    const key = `${geography}:${size}`;
    let network = networks.get(key);
    if (!network) networks.set(key, (network = familyNetwork(variant, seedBase + size * 7 + (geography === "france" ? 0 : 1), size)));
    out.push(familyInstance(variant, seedBase * 1_000 + i, network));
  }
  return out;
}
