// `npm run bench:network [-- --json] [-- --quick] [-- --seed=N] [-- --weight=W]`: network-aware
// sourcing against myopic sourcing. A generated week of orders (10,500 by default) is replayed
// twice against the same finite stock, never replenished: once as today (each order at its own
// cheapest), once with shadow prices from the network LP recomputed every morning from the
// stream's own recent demand. Prints, for each: fulfilment cost (shipments, distance, handling,
// the shadow part left out), units unfilled, cost including the unfilled penalty, split rate and
// the per-order latency of the engine; then the relative differences. The stream contains the
// case the prices are for: stores holding the last units of SKUs their own pickup customers
// collect in the days after, near ship customers whom a DC could serve a little dearer.
import { performance } from "node:perf_hooks";
import {
  aggregateDemand,
  computePlanCost,
  computeShadowPrices,
  planSourcing,
  type CostModel,
  type DemandSample,
  type FulfillmentNode,
  type NetworkLpInput,
  type OrderLine,
  type ShadowPrice,
  type SourcingInstance,
} from "@/lib/sourcing";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.slice(name.length + 3)) : fallback;
};
const asJson = flag("json");
const quick = flag("quick");
const SEED = option("seed", 7);
const WEIGHT = option("weight", 1);
const DAYS = 7;
const ORDERS_PER_DAY = quick ? 300 : 1500;
/** Days of the stream's past read as demand when the prices are recomputed each morning. */
const WINDOW_DAYS = option("window", 3);
/** Days of history before the replayed week (the first mornings' prices read them). */
const HISTORY_DAYS = 3;
/** The DCs' stock against the week's ship demand. */
const DC_COVER = option("dc-cover", 1.15);

// ---- a seeded generator (mulberry32)
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(SEED);
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
function pickWeighted<T>(xs: T[], weights: number[]): T {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = rand() * total;
  for (let i = 0; i < xs.length; i++) if ((r -= weights[i]) <= 0) return xs[i];
  return xs[xs.length - 1];
}

// ---- the network: 4 DCs, 15 cities with 4 stores each (France-like geography)
const CITIES = [
  { name: "PAR", lat: 48.857, lng: 2.352, weight: 10 },
  { name: "LYO", lat: 45.764, lng: 4.836, weight: 4 },
  { name: "MRS", lat: 43.297, lng: 5.37, weight: 4 },
  { name: "TLS", lat: 43.605, lng: 1.444, weight: 3 },
  { name: "NCE", lat: 43.71, lng: 7.262, weight: 2 },
  { name: "NTE", lat: 47.218, lng: -1.554, weight: 2.5 },
  { name: "STR", lat: 48.573, lng: 7.752, weight: 2 },
  { name: "MPL", lat: 43.611, lng: 3.877, weight: 2 },
  { name: "BOD", lat: 44.838, lng: -0.579, weight: 2.5 },
  { name: "LIL", lat: 50.629, lng: 3.057, weight: 2.5 },
  { name: "REN", lat: 48.117, lng: -1.678, weight: 2 },
  { name: "RMS", lat: 49.258, lng: 4.032, weight: 1 },
  { name: "DIJ", lat: 47.322, lng: 5.041, weight: 1 },
  { name: "CFE", lat: 45.778, lng: 3.087, weight: 1 },
  { name: "BRS", lat: 48.39, lng: -4.486, weight: 1 },
];
const DCS = [
  { id: "DC-PAR", lat: 48.987, lng: 2.449 },
  { id: "DC-LYS", lat: 45.696, lng: 4.944 },
  { id: "DC-BOD", lat: 44.85, lng: -0.55 },
  { id: "DC-LIL", lat: 50.6, lng: 3.1 },
];
const STORE_CAPACITY = 400;
const nodes: FulfillmentNode[] = [
  ...DCS.map((d) => ({ id: d.id, type: "DC" as const, lat: d.lat, lng: d.lng, canShip: true, canPickup: false, capacityLeft: 1_000_000 })),
  ...CITIES.flatMap((c) =>
    [0, 1, 2, 3].map((i) => ({
      id: `ST-${c.name}-${i + 1}`,
      type: "STORE" as const,
      lat: c.lat + (rand() - 0.5) * 0.08,
      lng: c.lng + (rand() - 0.5) * 0.12,
      canShip: true,
      canPickup: true,
      capacityLeft: STORE_CAPACITY,
    })),
  ),
];
const storesOf = new Map(CITIES.map((c) => [c.name, nodes.filter((n) => n.id.startsWith(`ST-${c.name}-`))]));

// Costs: the product's defaults with distance dearer (1 EUR per 100 km), so that a store near the
// customer is often the cheapest source of a ship order.
const COSTS: CostModel = { perShipment: 6, perKm: 0.01, handlingPerUnit: { DC: 0.4, STORE: 1.2 }, unfilledPerUnit: 250 };
const RULES = { maxShipments: 3, shipFromStoreMaxKm: 300 };

// ---- SKUs: popularity falls with rank; the first STORE_SKUS are carried by stores too
const SKU_COUNT = 400;
const STORE_SKUS = 80;
const skus = Array.from({ length: SKU_COUNT }, (_, i) => `SKU-${String(i + 1).padStart(3, "0")}`);
const popularity = skus.map((_, i) => 1 / (i + 8) ** 0.9);

interface StreamOrder {
  id: string;
  day: number;
  destination: { lat: number; lng: number };
  lines: OrderLine[];
}

function customerPoint(): { lat: number; lng: number; city: string } {
  const city = pickWeighted(CITIES, CITIES.map((c) => c.weight));
  // Most customers live in or around a city, some in the country between them.
  if (rand() < 0.8) return { lat: city.lat + (rand() - 0.5) * 0.5, lng: city.lng + (rand() - 0.5) * 0.7, city: city.name };
  return { lat: 43.5 + rand() * 6.5, lng: -1.5 + rand() * 8.5, city: city.name };
}

/** Each store carries a few units of some store SKUs; its pickup customers ask for exactly those. */
const assortment = new Map<string, string[]>();
for (const n of nodes) if (n.type === "STORE") assortment.set(n.id, [...skus.slice(0, STORE_SKUS)].sort(() => rand() - 0.5).slice(0, 12));

function generateOrder(day: number, k: number): StreamOrder {
  const where = customerPoint();
  const id = `D${day}-O${k}`;
  if (rand() < 0.3) {
    // A pickup order at a store of the customer's city, for SKUs that store carries.
    const store = pick(storesOf.get(where.city)!);
    const count = rand() < 0.75 ? 1 : 2;
    const wanted = [...new Set(Array.from({ length: count }, () => pick(assortment.get(store.id)!)))];
    return { id, day, destination: { lat: store.lat, lng: store.lng }, lines: wanted.map((sku, i) => ({ id: `L${i + 1}`, sku, qty: 1, mode: "PICKUP" as const, pickupNode: store.id })) };
  }
  const count = rand() < 0.6 ? 1 : rand() < 0.7 ? 2 : 3;
  const wanted = [...new Set(Array.from({ length: count }, () => pickWeighted(skus, popularity)))];
  return { id, day, destination: { lat: where.lat, lng: where.lng }, lines: wanted.map((sku, i) => ({ id: `L${i + 1}`, sku, qty: rand() < 0.9 ? 1 : 2, mode: "SHIP" as const })) };
}

// Days before 0 are history only (the first mornings' prices read them); days 0..6 are replayed.
const stream: StreamOrder[] = [];
for (let day = -HISTORY_DAYS; day < DAYS; day++) for (let k = 0; k < ORDERS_PER_DAY; k++) stream.push(generateOrder(day, k));
const replayed = stream.filter((o) => o.day >= 0);

// ---- stock: the DCs hold DC_COVER times the week's ship demand (enough, unless --dc-cover says otherwise)
const weekDemand = new Map<string, number>();
for (const o of replayed) for (const l of o.lines) if (l.mode === "SHIP") weekDemand.set(l.sku, (weekDemand.get(l.sku) ?? 0) + l.qty);
const initialStock = new Map<string, number>();
for (const sku of skus) {
  const total = Math.round((weekDemand.get(sku) ?? 0) * DC_COVER);
  const shares = DCS.map(() => 0.5 + rand());
  const sum = shares.reduce((s, x) => s + x, 0);
  DCS.forEach((d, i) => initialStock.set(`${d.id}|${sku}`, Math.round((total * shares[i]) / sum)));
}
// Each store is stocked for about 90% of the week's pickups of each SKU it carries: its last units
// are wanted by its own pickup customers later in the week.
const pickupDemand = new Map<string, number>();
for (const o of replayed) for (const l of o.lines) if (l.mode === "PICKUP") pickupDemand.set(`${l.pickupNode}|${l.sku}`, (pickupDemand.get(`${l.pickupNode}|${l.sku}`) ?? 0) + l.qty);
for (const [store, carried] of assortment) for (const sku of carried) initialStock.set(`${store}|${sku}`, Math.max(1, Math.round((pickupDemand.get(`${store}|${sku}`) ?? 0) * 0.9)));

// ---- one replay
interface RunResult {
  name: string;
  orders: number;
  units: number;
  fulfilmentCost: number;
  unfilledUnits: number;
  totalWithPenalty: number;
  splitOrders: number;
  pickupUnitsInStore: number;
  pickupUnitsTransferred: number;
  shipUnitsFromStores: number;
  latency: number[];
  lp: Array<{ day: number; ms: number; priced: number; variables: number; skus: number; regions: number }>;
}

function lpInput(stock: Map<string, number>, demand: ReturnType<typeof aggregateDemand>, unitsPerShipment: number): NetworkLpInput {
  const rows: NetworkLpInput["stock"] = [];
  for (const [key, available] of stock) {
    if (available <= 0) continue;
    const [node, sku] = key.split("|");
    rows.push({ node, sku, available });
  }
  return {
    nodes: nodes.map((n) => ({ id: n.id, type: n.type, lat: n.lat, lng: n.lng, canShip: n.canShip, canPickup: n.canPickup })),
    stock: rows,
    demand,
    costs: COSTS,
    unitsPerShipment,
    shipFromStoreMaxKm: RULES.shipFromStoreMaxKm,
  };
}

async function replay(name: string, withPrices: boolean): Promise<RunResult> {
  const stock = new Map(initialStock);
  const result: RunResult = { name, orders: 0, units: 0, fulfilmentCost: 0, unfilledUnits: 0, totalWithPenalty: 0, splitOrders: 0, pickupUnitsInStore: 0, pickupUnitsTransferred: 0, shipUnitsFromStores: 0, latency: [], lp: [] };
  let bySku = new Map<string, Array<[string, number]>>();
  for (let day = 0; day < DAYS; day++) {
    const capacity = new Map(nodes.map((n) => [n.id, n.capacityLeft]));
    if (withPrices) {
      // Each morning: the last WINDOW_DAYS of the stream as demand, scaled to the rest of the week.
      const recent = stream.filter((o) => o.day < day && o.day >= day - WINDOW_DAYS);
      const windowDays = new Set(recent.map((o) => o.day)).size || 1;
      const samples: DemandSample[] = recent.flatMap((o) =>
        o.lines.map((l) => {
          const store = l.pickupNode ? nodes.find((n) => n.id === l.pickupNode) : undefined;
          return l.mode === "PICKUP"
            ? { sku: l.sku, qty: l.qty, mode: "PICKUP" as const, pickupNode: l.pickupNode, pickupLat: store?.lat, pickupLng: store?.lng }
            : { sku: l.sku, qty: l.qty, mode: "SHIP" as const, lat: o.destination.lat, lng: o.destination.lng };
        }),
      );
      const units = recent.reduce((s, o) => s + o.lines.reduce((u, l) => u + l.qty, 0), 0);
      const demand = aggregateDemand(samples, { scale: (DAYS - day) / windowDays });
      const input = lpInput(stock, demand, Math.max(1, units / Math.max(1, recent.length)));
      const lp = await computeShadowPrices(input);
      bySku = new Map();
      for (const [node, sku, eur] of lp.prices as ShadowPrice[]) {
        const list = bySku.get(sku) ?? [];
        list.push([node, eur * WEIGHT]);
        bySku.set(sku, list);
      }
      result.lp.push({ day, ms: lp.stats.ms, priced: lp.stats.priced, variables: lp.stats.variables, skus: lp.stats.skus, regions: lp.stats.regions });
    }
    for (const order of replayed) {
      if (order.day !== day) continue;
      const skusOfOrder = new Set(order.lines.map((l) => l.sku));
      const rows: SourcingInstance["stock"] = [];
      for (const n of nodes) for (const sku of skusOfOrder) {
        const available = stock.get(`${n.id}|${sku}`) ?? 0;
        if (available > 0) rows.push({ node: n.id, sku, available });
      }
      let shadowPrices: Record<string, Record<string, number>> | undefined;
      if (withPrices) {
        for (const sku of skusOfOrder) for (const [node, eur] of bySku.get(sku) ?? []) ((shadowPrices ??= {})[node] ??= {})[sku] = eur;
      }
      const instance: SourcingInstance = {
        order: { id: order.id, destination: order.destination, lines: order.lines },
        nodes: nodes.map((n) => ({ ...n, capacityLeft: capacity.get(n.id) ?? 0 })),
        stock: rows,
        costs: shadowPrices ? { ...COSTS, shadowPrices } : COSTS,
        rules: RULES,
      };
      const started = performance.now();
      const plan = planSourcing(instance);
      result.latency.push(performance.now() - started);
      // What the plan really costs: the contract's cost without the shadow part.
      const real = computePlanCost({ ...instance, costs: COSTS }, plan);
      result.orders += 1;
      result.units += order.lines.reduce((s, l) => s + l.qty, 0);
      result.fulfilmentCost += real.shipmentFixed + real.distance + real.handling;
      result.unfilledUnits += real.unfilledUnits;
      result.totalWithPenalty += real.total;
      if (real.shipmentCount > 1) result.splitOrders += 1;
      const skuOf = new Map(order.lines.map((l) => [l.id, l.sku]));
      for (const s of plan.shipments) {
        for (const l of s.lines) {
          const key = `${s.node}|${skuOf.get(l.line)}`;
          stock.set(key, (stock.get(key) ?? 0) - l.qty);
          capacity.set(s.node, (capacity.get(s.node) ?? 0) - l.qty);
          if (s.node === s.to) result.pickupUnitsInStore += l.qty;
          else if (s.to !== "customer") result.pickupUnitsTransferred += l.qty;
          else if (s.node.startsWith("ST-")) result.shipUnitsFromStores += l.qty;
        }
      }
    }
  }
  for (const [key, units] of stock) if (units < 0) throw new Error(`Stock went negative at ${key}`);
  return result;
}

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN);
const summary = (r: RunResult) => {
  const sorted = [...r.latency].sort((a, b) => a - b);
  return {
    name: r.name,
    orders: r.orders,
    units: r.units,
    fulfilmentCostEur: Math.round(r.fulfilmentCost * 100) / 100,
    costPerOrderEur: Math.round((r.fulfilmentCost / r.orders) * 1000) / 1000,
    unfilledUnits: r.unfilledUnits,
    totalWithPenaltyEur: Math.round(r.totalWithPenalty * 100) / 100,
    splitRate: r.splitOrders / r.orders,
    pickupUnitsFromOwnStore: r.pickupUnitsInStore,
    pickupUnitsTransferred: r.pickupUnitsTransferred,
    shipUnitsFromStores: r.shipUnitsFromStores,
    latencyP50Ms: quantile(sorted, 0.5),
    latencyP99Ms: quantile(sorted, 0.99),
    ...(r.lp.length ? { lp: r.lp } : {}),
  };
};
const pct = (after: number, before: number) => (before === 0 ? (after === 0 ? 0 : Infinity) : ((after - before) / before) * 100);

/** Plans a few hundred orders unmeasured first, so that neither run pays for the JIT's warm-up. */
function warmUp() {
  for (const order of replayed.slice(0, 300)) {
    const rows: SourcingInstance["stock"] = [];
    for (const [key, available] of initialStock) {
      const [node, sku] = key.split("|");
      if (available > 0 && order.lines.some((l) => l.sku === sku)) rows.push({ node, sku, available });
    }
    planSourcing({ order: { id: order.id, destination: order.destination, lines: order.lines }, nodes, stock: rows, costs: COSTS, rules: RULES });
  }
}

async function main() {
  warmUp();
  const stockUnits = [...initialStock.values()].reduce((s, x) => s + x, 0);
  const started = performance.now();
  const myopic = summary(await replay("without shadow prices", false));
  const network = summary(await replay("with shadow prices", true));
  const diff = {
    fulfilmentCostPct: pct(network.fulfilmentCostEur, myopic.fulfilmentCostEur),
    unfilledUnits: network.unfilledUnits - myopic.unfilledUnits,
    unfilledUnitsPct: pct(network.unfilledUnits, myopic.unfilledUnits),
    totalWithPenaltyPct: pct(network.totalWithPenaltyEur, myopic.totalWithPenaltyEur),
    splitRatePoints: (network.splitRate - myopic.splitRate) * 100,
  };
  const goal = diff.fulfilmentCostPct <= -1 || diff.unfilledUnits < 0;
  const report = { seed: SEED, weight: WEIGHT, days: DAYS, orders: replayed.length, nodes: nodes.length, skus: SKU_COUNT, stockUnits, runs: [myopic, network], difference: diff, goalMet: goal, seconds: (performance.now() - started) / 1000 };
  if (asJson) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const f = (x: number, d = 2) => x.toLocaleString("en-GB", { minimumFractionDigits: d, maximumFractionDigits: d });
  console.log(`Network-aware sourcing: ${replayed.length} orders over ${DAYS} days, ${nodes.length} nodes (4 DCs), ${SKU_COUNT} SKUs, ${stockUnits} units of stock, no replenishment (seed ${SEED}, weight ${WEIGHT})`);
  for (const r of [myopic, network]) {
    console.log(`\n${r.name}`);
    console.log(`  fulfilment cost       ${f(r.fulfilmentCostEur)} EUR (${f(r.costPerOrderEur, 3)} per order; shipments, distance and handling, no shadow part)`);
    console.log(`  units unfilled        ${r.unfilledUnits} of ${r.units}`);
    console.log(`  total with penalty    ${f(r.totalWithPenaltyEur)} EUR (250 EUR per unfilled unit)`);
    console.log(`  split rate            ${f(r.splitRate * 100)} %`);
    console.log(`  pickup units          ${r.pickupUnitsFromOwnStore} from the store's own shelf, ${r.pickupUnitsTransferred} transferred from another node`);
    console.log(`  ship units from stores ${r.shipUnitsFromStores}`);
    console.log(`  engine latency        p50 ${f(r.latencyP50Ms, 3)} ms, p99 ${f(r.latencyP99Ms, 3)} ms`);
    if (r.lp) {
      const ms = r.lp.map((x) => x.ms);
      console.log(`  daily LP              ${r.lp.length} solves, ${Math.min(...r.lp.map((x) => x.variables))}-${Math.max(...r.lp.map((x) => x.variables))} variables, ${Math.min(...r.lp.map((x) => x.priced))}-${Math.max(...r.lp.map((x) => x.priced))} positions priced, ${f(Math.min(...ms), 0)}-${f(Math.max(...ms), 0)} ms`);
    }
  }
  console.log(`\ndifference (with - without)`);
  console.log(`  fulfilment cost       ${f(diff.fulfilmentCostPct)} %`);
  console.log(`  units unfilled        ${diff.unfilledUnits >= 0 ? "+" : ""}${diff.unfilledUnits} (${f(diff.unfilledUnitsPct)} %)`);
  console.log(`  total with penalty    ${f(diff.totalWithPenaltyPct)} %`);
  console.log(`  split rate            ${diff.splitRatePoints >= 0 ? "+" : ""}${f(diff.splitRatePoints)} points`);
  console.log(`\ngoal (at least 1% lower fulfilment cost or fewer units unfilled): ${goal ? "met" : "NOT met"}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
