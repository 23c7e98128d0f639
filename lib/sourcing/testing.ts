// Test support: builders, fast-check arbitraries and an independent oracle of the contract (its
// own haversine, rules, cost and a brute-force optimum), sharing no code with the engine so that
// tests comparing the two can fail.

import fc from "fast-check";
import type { FulfillmentNode, OrderLine, SourcingInstance, StockRow } from "./types";

type PlanShape = {
  shipments: Array<{ node: string; to: string; lines: Array<{ line: string; qty: number }> }>;
  unfilled: Array<{ line: string; qty: number }>;
};

export function oracleKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const h =
    Math.sin(toRad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(toRad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Cost by the contract's words: per shipment, per km, per unit by node type, per unfilled unit. */
export function oracleCost(instance: SourcingInstance, plan: PlanShape): number {
  let cost = 0;
  for (const s of plan.shipments) {
    const node = instance.nodes.find((n) => n.id === s.node)!;
    if (s.node !== s.to) {
      const to = s.to === "customer" ? instance.order.destination : instance.nodes.find((n) => n.id === s.to)!;
      cost += instance.costs.perShipment + instance.costs.perKm * oracleKm(node, to);
    }
    for (const l of s.lines) cost += l.qty * instance.costs.handlingPerUnit[node.type];
  }
  for (const u of plan.unfilled) cost += u.qty * instance.costs.unfilledPerUnit;
  return cost;
}

function available(instance: SourcingInstance, node: string, sku: string): number {
  const total = instance.stock.filter((s) => s.node === node && s.sku === sku).reduce((t, s) => t + s.available, 0);
  return Math.max(0, total);
}

/** Where a line's units may come from: [node id, destination] pairs allowed by the rules. */
export function oracleSources(instance: SourcingInstance, line: OrderLine): Array<{ node: FulfillmentNode; to: string }> {
  const excluded = new Set(instance.rules.excludedNodes ?? []);
  if (line.mode === "PICKUP") {
    const store = instance.nodes.find((n) => n.id === line.pickupNode);
    if (!store || !store.canPickup || excluded.has(store.id)) return [];
  }
  const to = line.mode === "SHIP" ? "customer" : line.pickupNode!;
  return instance.nodes
    .filter((node) => {
      if (excluded.has(node.id) || node.capacityLeft < 1 || available(instance, node.id, line.sku) <= 0) return false;
      if (line.mode === "PICKUP") return node.id === line.pickupNode || node.canShip;
      if (!node.canShip) return false;
      return node.type === "DC" || oracleKm(node, instance.order.destination) <= instance.rules.shipFromStoreMaxKm;
    })
    .map((node) => ({ node, to }));
}

/** Every rule a plan breaks; written from the contract, independently of findPlanViolations. */
export function oracleViolations(instance: SourcingInstance, plan: PlanShape): string[] {
  const out: string[] = [];
  const perLine = new Map<string, number>();
  const perStock = new Map<string, number>();
  const perNode = new Map<string, number>();
  const pairs = new Set<string>();
  let customerShipments = 0;
  for (const s of plan.shipments) {
    const pair = `${s.node}->${s.to}`;
    if (pairs.has(pair)) out.push(`duplicate shipment ${pair}`);
    pairs.add(pair);
    if (s.to === "customer") customerShipments++;
    for (const part of s.lines) {
      const line = instance.order.lines.find((l) => l.id === part.line);
      if (!line) {
        out.push(`unknown line ${part.line}`);
        continue;
      }
      if (!(part.qty > 0) || !Number.isInteger(part.qty)) out.push(`bad qty ${part.qty}`);
      if (!oracleSources(instance, line).some((src) => src.node.id === s.node && src.to === s.to)) {
        out.push(`line ${line.id} may not come from ${pair}`);
      }
      perLine.set(line.id, (perLine.get(line.id) ?? 0) + part.qty);
      perStock.set(`${s.node}/${line.sku}`, (perStock.get(`${s.node}/${line.sku}`) ?? 0) + part.qty);
      perNode.set(s.node, (perNode.get(s.node) ?? 0) + part.qty);
    }
  }
  for (const u of plan.unfilled) perLine.set(u.line, (perLine.get(u.line) ?? 0) + u.qty);
  for (const line of instance.order.lines) {
    if ((perLine.get(line.id) ?? 0) !== line.qty) out.push(`line ${line.id} units ${perLine.get(line.id)} != ${line.qty}`);
  }
  for (const [key, used] of perStock) {
    const [node, sku] = key.split("/");
    if (used > available(instance, node, sku)) out.push(`stock exceeded ${key}`);
  }
  for (const [node, used] of perNode) {
    const cap = instance.nodes.find((n) => n.id === node)!.capacityLeft;
    if (used > Math.max(0, cap)) out.push(`capacity exceeded ${node}`);
  }
  if (customerShipments > instance.rules.maxShipments) out.push(`${customerShipments} customer shipments`);
  return out;
}

/**
 * Least contract cost by exhaustive enumeration of how each line's units split over its sources
 * (and unfilled). Only for tiny instances: a handful of nodes, lines and units.
 */
export function bruteForceOptimum(instance: SourcingInstance): number {
  const lines = instance.order.lines;
  const sources = lines.map((line) => oracleSources(instance, line));
  const used = new Map<string, number>();
  const nodeUsed = new Map<string, number>();
  const shipments = new Map<string, number>();
  let best = Infinity;
  const costOf = (): number => {
    let cost = 0;
    let customer = 0;
    for (const [pair, units] of shipments) {
      if (units === 0) continue;
      const [node, to] = pair.split("->");
      if (node === to) continue;
      if (to === "customer") customer++;
      const from = instance.nodes.find((n) => n.id === node)!;
      const dest = to === "customer" ? instance.order.destination : instance.nodes.find((n) => n.id === to)!;
      cost += instance.costs.perShipment + instance.costs.perKm * oracleKm(from, dest);
    }
    return customer > instance.rules.maxShipments ? Infinity : cost;
  };
  const visit = (l: number, unitCost: number): void => {
    if (l === lines.length) {
      best = Math.min(best, unitCost + costOf());
      return;
    }
    const line = lines[l];
    const options = sources[l];
    const split = (k: number, left: number, acc: number): void => {
      if (k === options.length) {
        visit(l + 1, acc + left * instance.costs.unfilledPerUnit);
        return;
      }
      const { node, to } = options[k];
      const stockKey = `${node.id}/${line.sku}`;
      const pair = `${node.id}->${to}`;
      for (let q = 0; q <= left; q++) {
        const s = (used.get(stockKey) ?? 0) + q;
        const c = (nodeUsed.get(node.id) ?? 0) + q;
        if (s > available(instance, node.id, line.sku) || c > node.capacityLeft) break;
        used.set(stockKey, s);
        nodeUsed.set(node.id, c);
        shipments.set(pair, (shipments.get(pair) ?? 0) + q);
        split(k + 1, left - q, acc + q * instance.costs.handlingPerUnit[node.type]);
        used.set(stockKey, s - q);
        nodeUsed.set(node.id, c - q);
        shipments.set(pair, shipments.get(pair)! - q);
      }
    };
    split(0, line.qty, unitCost);
  };
  visit(0, 0);
  return best;
}

export const defaultCosts = {
  perShipment: 6,
  perKm: 0.004,
  handlingPerUnit: { DC: 0.4, STORE: 1.2 },
  unfilledPerUnit: 250,
};

/** A node with sensible defaults; override what the test is about. */
export function buildNode(id: string, overrides: Partial<FulfillmentNode> = {}): FulfillmentNode {
  return {
    id,
    type: id.startsWith("DC") ? "DC" : "STORE",
    lat: 48.85,
    lng: 2.35,
    canShip: true,
    canPickup: !id.startsWith("DC"),
    capacityLeft: 100,
    ...overrides,
  };
}

export function buildInstance(parts: {
  lines: OrderLine[];
  nodes: FulfillmentNode[];
  stock: StockRow[];
  destination?: { lat: number; lng: number };
  costs?: Partial<SourcingInstance["costs"]>;
  rules?: Partial<SourcingInstance["rules"]>;
}): SourcingInstance {
  return {
    order: { id: "O1", destination: parts.destination ?? { lat: 48.85, lng: 2.35 }, lines: parts.lines },
    nodes: parts.nodes,
    stock: parts.stock,
    costs: { ...defaultCosts, ...parts.costs },
    rules: { maxShipments: 3, shipFromStoreMaxKm: 300, excludedNodes: [], ...parts.rules },
  };
}

/** Random instances within France-sized coordinates; sizes chosen by the caller. */
export function arbitraryInstance(size: {
  maxNodes: number;
  maxLines: number;
  maxQty: number;
  skus?: string[];
}): fc.Arbitrary<SourcingInstance> {
  const skus = size.skus ?? ["A", "B", "C"];
  const node = fc.record({
    type: fc.constantFrom<"DC" | "STORE">("DC", "STORE", "STORE"),
    lat: fc.double({ min: 43, max: 50, noNaN: true }),
    lng: fc.double({ min: -1.5, max: 7.5, noNaN: true }),
    canShip: fc.boolean(),
    canPickup: fc.boolean(),
    capacityLeft: fc.integer({ min: -1, max: 2 * size.maxQty }),
    stock: fc.array(fc.integer({ min: -1, max: size.maxQty + 1 }), { minLength: skus.length, maxLength: skus.length }),
    excluded: fc.integer({ min: 0, max: 9 }),
  });
  const line = fc.record({
    sku: fc.constantFrom(...skus),
    qty: fc.integer({ min: 1, max: size.maxQty }),
    pickup: fc.option(fc.nat(), { freq: 3 }),
  });
  return fc
    .record({
      nodes: fc.array(node, { minLength: 1, maxLength: size.maxNodes }),
      lines: fc.array(line, { minLength: 1, maxLength: size.maxLines }),
      destination: fc.record({ lat: fc.double({ min: 43, max: 50, noNaN: true }), lng: fc.double({ min: -1.5, max: 7.5, noNaN: true }) }),
      perShipment: fc.constantFrom(0, 4, 6, 10),
      perKm: fc.constantFrom(0, 0.004, 0.02),
      handlingDc: fc.constantFrom(0, 0.4, 1),
      handlingStore: fc.constantFrom(0, 1.2, 2),
      unfilledPerUnit: fc.constantFrom(0.5, 30, 250),
      maxShipments: fc.integer({ min: 0, max: 3 }),
      shipFromStoreMaxKm: fc.constantFrom(0, 100, 300, 2000),
    })
    .map((r) => {
      const nodes: FulfillmentNode[] = r.nodes.map((n, i) => ({
        id: `${n.type === "DC" ? "DC" : "S"}${i}`,
        type: n.type,
        lat: n.lat,
        lng: n.lng,
        canShip: n.canShip,
        canPickup: n.canPickup,
        capacityLeft: n.capacityLeft,
      }));
      const stock: StockRow[] = [];
      r.nodes.forEach((n, i) =>
        n.stock.forEach((available, s) => {
          if (available !== 0) stock.push({ node: nodes[i].id, sku: skus[s], available });
        }),
      );
      const lines: OrderLine[] = r.lines.map((l, i) =>
        l.pickup === null
          ? { id: `L${i}`, sku: l.sku, qty: l.qty, mode: "SHIP" }
          : { id: `L${i}`, sku: l.sku, qty: l.qty, mode: "PICKUP", pickupNode: nodes[l.pickup % nodes.length].id },
      );
      return {
        order: { id: "P1", destination: r.destination, lines },
        nodes,
        stock,
        costs: {
          perShipment: r.perShipment,
          perKm: r.perKm,
          handlingPerUnit: { DC: r.handlingDc, STORE: r.handlingStore },
          unfilledPerUnit: r.unfilledPerUnit,
        },
        rules: {
          maxShipments: r.maxShipments,
          shipFromStoreMaxKm: r.shipFromStoreMaxKm,
          excludedNodes: r.nodes.flatMap((n, i) => (n.excluded === 0 ? [nodes[i].id] : [])),
        },
      };
    });
}

/** The same instance with its nodes and stock rows in another (seeded) order. */
export function shuffleInstance(instance: SourcingInstance, seed: number): SourcingInstance {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const shuffle = <T>(list: T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { ...instance, nodes: shuffle(instance.nodes), stock: shuffle(instance.stock) };
}

/** Options of tightInstance; every field has a seeded default inside the "tight" family. */
export interface TightOptions {
  nodes?: number;
  lines?: number;
  maxShipments?: number;
  /** Geography: France-sized box (default) or a North-America-sized one. */
  region?: "EU" | "NA";
}

/**
 * Seeded hard instance: 30-200 nodes, 8-12 lines sharing few SKUs, stock in a few nodes only and
 * 1-3 units each, small capacities, pickup lines mixed in, maxShipments 1-2. The same seed gives
 * the same instance.
 */
export function tightInstance(seed: number, options: TightOptions = {}): SourcingInstance {
  let a = (seed * 2654435761) >>> 0;
  const r = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const region = options.region ?? (r() < 0.7 ? "EU" : "NA");
  const box = region === "EU" ? { lat: [43, 50.5], lng: [-1.5, 7.5] } : { lat: [30, 48], lng: [-122, -72] };
  const count = options.nodes ?? int(30, 200);
  const centres = Array.from({ length: 6 + int(0, 6) }, () => ({
    lat: box.lat[0] + r() * (box.lat[1] - box.lat[0]),
    lng: box.lng[0] + r() * (box.lng[1] - box.lng[0]),
  }));
  const nodes: FulfillmentNode[] = [];
  const dcCount = Math.max(2, Math.round(count * 0.05));
  for (let i = 0; i < count; i++) {
    const dc = i < dcCount;
    const c = centres[int(0, centres.length - 1)];
    nodes.push({
      id: dc ? `DC${i}` : `S${i}`,
      type: dc ? "DC" : "STORE",
      lat: c.lat + (r() - 0.5) * 0.6,
      lng: c.lng + (r() - 0.5) * 0.8,
      canShip: dc || r() < 0.8,
      canPickup: !dc && r() < 0.9,
      capacityLeft: dc ? int(2, 25) : r() < 0.3 ? int(0, 3) : int(2, 10),
    });
  }
  const lineCount = options.lines ?? int(8, 12);
  const skuCount = Math.max(3, Math.round(lineCount * (0.5 + 0.4 * r())));
  const skus = Array.from({ length: skuCount }, (_, i) => `K${i}`);
  const density = 0.08 + 0.25 * r();
  const stock: StockRow[] = [];
  for (const node of nodes) {
    for (const sku of skus) {
      if (r() < (node.type === "DC" ? density * 2 : density)) stock.push({ node: node.id, sku, available: int(1, node.type === "DC" ? 6 : 3) });
    }
  }
  const stores = nodes.filter((n) => n.type === "STORE");
  const c = centres[int(0, centres.length - 1)];
  const destination = { lat: c.lat + (r() - 0.5) * 0.6, lng: c.lng + (r() - 0.5) * 0.8 };
  const pickupStores = [...stores]
    .sort((x, y) => Math.hypot(x.lat - destination.lat, x.lng - destination.lng) - Math.hypot(y.lat - destination.lat, y.lng - destination.lng))
    .slice(0, 3);
  const pickupShare = r() * 0.4;
  const lines: OrderLine[] = Array.from({ length: lineCount }, (_, i) => {
    const sku = skus[int(0, skus.length - 1)];
    const qty = r() < 0.6 ? 1 : int(2, 4);
    return r() < pickupShare && pickupStores.length > 0
      ? { id: `L${i}`, sku, qty, mode: "PICKUP", pickupNode: pickupStores[int(0, pickupStores.length - 1)].id }
      : { id: `L${i}`, sku, qty, mode: "SHIP" };
  });
  const pick = <T>(list: readonly T[]) => list[int(0, list.length - 1)];
  return {
    order: { id: `T${seed}`, destination, lines },
    nodes,
    stock,
    costs: {
      perShipment: pick([3, 5, 6, 8, 12]),
      perKm: pick([0.002, 0.004, 0.01, 0.02]),
      handlingPerUnit: { DC: pick([0.3, 0.4, 0.8]), STORE: pick([0.9, 1.2, 2]) },
      unfilledPerUnit: pick([15, 40, 120, 250]),
    },
    rules: {
      maxShipments: options.maxShipments ?? int(1, 2),
      shipFromStoreMaxKm: pick([100, 300, 600]),
      excludedNodes: [],
    },
  };
}
