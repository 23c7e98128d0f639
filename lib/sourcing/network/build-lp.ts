// The network pricing LP as a transportation problem, written in CPLEX LP text for HiGHS:
//   min  sum c[n,r] x[n,r,s] + penalty * u[r,s]
//   s.t. sum_r x[n,r,s] <= stock[n,s]         (one row per position: its dual is the shadow price)
//        sum_n x[n,r,s] + u[r,s] = demand[r,s]
//        x, u >= 0
// c[n,r] is a unit's cost from node n to region r: the node's handling plus the shipment's fixed
// and distance cost spread over the average units of a shipment (nothing but handling for a
// pickup at the node's own counter). The size stays bounded: only scarce SKUs, their largest
// regions, and the cheapest few sources of each region.
import { haversineKm } from "../geo";
import type { NetworkLpInput, NetworkNode, RegionDemand } from "./types";

export const DEFAULT_LIMITS = { minDemandShare: 0.2, maxSkus: 400, maxRegionsPerSku: 40, maxSourcesPerRegion: 8 } as const;
export const DEFAULT_UNITS_PER_SHIPMENT = 1.5;

export interface NetworkLpModel {
  /** CPLEX LP text; its first rows are the stock rows, in the order of `stockRows`. */
  text: string;
  stockRows: Array<{ node: string; sku: string; stock: number }>;
  demandRows: Array<{ region: string; sku: string; units: number }>;
  variables: number;
  skus: number;
  regions: number;
}

const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(12));

/** Unit cost of serving region demand `d` from node `n`, or null when the node cannot serve it. */
export function unitCost(input: NetworkLpInput, n: NetworkNode, d: RegionDemand): number | null {
  const { costs } = input;
  const handling = costs.handlingPerUnit[n.type];
  if (d.pickupNode && d.pickupNode === n.id) return handling;
  if (!n.canShip) return null;
  const km = haversineKm(n, d);
  if (!d.pickupNode && n.type === "STORE" && km > input.shipFromStoreMaxKm) return null;
  const perShipment = input.unitsPerShipment ?? DEFAULT_UNITS_PER_SHIPMENT;
  return handling + (costs.perShipment + costs.perKm * km) / perShipment;
}

/** The SKUs worth pricing, scarcest first: expected demand against stock, network-wide or at a pickup store. */
export function selectSkus(input: NetworkLpInput): string[] {
  const share = input.limits?.minDemandShare ?? DEFAULT_LIMITS.minDemandShare;
  const maxSkus = input.limits?.maxSkus ?? DEFAULT_LIMITS.maxSkus;
  const excluded = new Set(input.excludedNodes ?? []);
  const stockBySku = new Map<string, number>();
  const stockAt = new Map<string, number>();
  for (const row of input.stock) {
    if (row.available <= 0 || excluded.has(row.node)) continue;
    stockBySku.set(row.sku, (stockBySku.get(row.sku) ?? 0) + row.available);
    stockAt.set(`${row.node}|${row.sku}`, (stockAt.get(`${row.node}|${row.sku}`) ?? 0) + row.available);
  }
  const demandBySku = new Map<string, number>();
  const ratio = new Map<string, number>();
  for (const d of input.demand) {
    if (d.units <= 0) continue;
    demandBySku.set(d.sku, (demandBySku.get(d.sku) ?? 0) + d.units);
    if (d.pickupNode) {
      const local = stockAt.get(`${d.pickupNode}|${d.sku}`) ?? 0;
      if (local > 0) ratio.set(d.sku, Math.max(ratio.get(d.sku) ?? 0, d.units / local));
    }
  }
  for (const [sku, units] of demandBySku) {
    const stock = stockBySku.get(sku) ?? 0;
    // Without stock there is nothing to price.
    if (stock <= 0) {
      ratio.delete(sku);
      continue;
    }
    ratio.set(sku, Math.max(ratio.get(sku) ?? 0, units / stock));
  }
  return [...ratio.entries()]
    .filter(([, r]) => r >= share)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxSkus)
    .map(([sku]) => sku);
}

/** Builds the LP over the selected SKUs; deterministic for equal input. */
export function buildNetworkLp(input: NetworkLpInput): NetworkLpModel {
  const maxRegions = input.limits?.maxRegionsPerSku ?? DEFAULT_LIMITS.maxRegionsPerSku;
  const maxSources = input.limits?.maxSourcesPerRegion ?? DEFAULT_LIMITS.maxSourcesPerRegion;
  const excluded = new Set(input.excludedNodes ?? []);
  const nodes = new Map(input.nodes.filter((n) => !excluded.has(n.id)).map((n) => [n.id, n]));
  const stock = new Map<string, number>();
  const holders = new Map<string, NetworkNode[]>();
  for (const row of [...input.stock].sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0))) {
    const node = nodes.get(row.node);
    if (!node || row.available <= 0) continue;
    const key = `${row.node}|${row.sku}`;
    if (!stock.has(key)) {
      const list = holders.get(row.sku) ?? [];
      list.push(node);
      holders.set(row.sku, list);
    }
    stock.set(key, (stock.get(key) ?? 0) + row.available);
  }
  const skus = selectSkus(input);
  const demandBySku = new Map<string, RegionDemand[]>();
  for (const d of input.demand) {
    if (d.units <= 0) continue;
    if (d.pickupNode) {
      const store = nodes.get(d.pickupNode);
      if (!store || !store.canPickup) continue;
    }
    const list = demandBySku.get(d.sku) ?? [];
    list.push(d);
    demandBySku.set(d.sku, list);
  }

  const objective: string[] = [];
  const stockTerms = new Map<string, string[]>();
  const demandRows: NetworkLpModel["demandRows"] = [];
  const demandLines: string[] = [];
  const regions = new Set<string>();
  let variables = 0;
  for (const sku of skus) {
    const sources = holders.get(sku) ?? [];
    // A pickup store's own counter is always in (it is what prices the store's stock); the other
    // regions compete for maxRegions places, the largest demand first.
    const all = demandBySku.get(sku) ?? [];
    const own = all.filter((d) => d.pickupNode && stock.has(`${d.pickupNode}|${sku}`));
    const demand = [
      ...own.sort((a, b) => (a.region < b.region ? -1 : 1)),
      ...all
        .filter((d) => !own.includes(d))
        .sort((a, b) => b.units - a.units || (a.region < b.region ? -1 : 1))
        .slice(0, maxRegions),
    ];
    for (const d of demand) {
      const arcs: Array<{ node: string; cost: number; own: boolean }> = [];
      for (const n of sources) {
        const cost = unitCost(input, n, d);
        if (cost !== null) arcs.push({ node: n.id, cost, own: d.pickupNode === n.id });
      }
      arcs.sort((a, b) => Number(b.own) - Number(a.own) || a.cost - b.cost || (a.node < b.node ? -1 : 1));
      const kept = arcs.slice(0, maxSources + (arcs[0]?.own ? 1 : 0));
      const row: string[] = [];
      for (const arc of kept) {
        const x = `x${variables++}`;
        objective.push(`${num(arc.cost)} ${x}`);
        row.push(x);
        const key = `${arc.node}|${sku}`;
        const terms = stockTerms.get(key) ?? [];
        terms.push(x);
        stockTerms.set(key, terms);
      }
      const u = `u${demandRows.length}`;
      variables += 1;
      objective.push(`${num(input.costs.unfilledPerUnit)} ${u}`);
      row.push(u);
      demandLines.push(` d${demandRows.length}: ${wrap(row, " + ")} = ${num(d.units)}`);
      demandRows.push({ region: d.region, sku, units: d.units });
      regions.add(d.region);
    }
  }
  const stockRows: NetworkLpModel["stockRows"] = [];
  const stockLines: string[] = [];
  for (const [key, terms] of stockTerms) {
    const [node, sku] = key.split("|");
    const units = stock.get(key) ?? 0;
    stockLines.push(` s${stockRows.length}: ${wrap(terms, " + ")} <= ${num(units)}`);
    stockRows.push({ node, sku, stock: units });
  }
  const text = objective.length
    ? ["Minimize", ` obj: ${wrap(objective, " + ")}`, "Subject To", ...stockLines, ...demandLines, "End", ""].join("\n")
    : "";
  return { text, stockRows, demandRows, variables, skus: new Set(demandRows.map((d) => d.sku)).size, regions: regions.size };
}

/** Joins terms, ten per text line (the LP format allows an expression over several lines). */
function wrap(terms: string[], sep: string): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 10) lines.push(terms.slice(i, i + 10).join(sep));
  return lines.join(`${sep}\n   `);
}
