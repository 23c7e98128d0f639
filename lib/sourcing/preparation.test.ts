// The fast preparation (only stock-holding nodes visited per line, the ship-from-store limit decided
// on chords, nearest stockless nodes found among each destination's nearest) must build exactly the
// problem the exhaustive reference builds: same candidates and arcs, same rejection counts and
// nearest examples, hence the same plan and explanation.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareProblem } from "./candidates";
import { haversineKm } from "./geo";
import { planSourcing } from "./index";
import { DistanceLimit } from "./spatial";
import { arbitraryInstance } from "./testing";
import type { FulfillmentNode, OpenShipment, OrderLine, SourcingInstance, StockRow } from "./types";

/** Clusters where flat-earth shortcuts break: high latitudes, the antimeridian, the equator, Europe. */
const CENTRES = [
  { lat: 48.8, lng: 2.3 },
  { lat: 61.2, lng: -149.9 },
  { lat: -17.7, lng: 179.6 },
  { lat: 69.6, lng: 19 },
  { lat: 0.2, lng: -78.5 },
  { lat: 40.7, lng: -74 },
];
const wrap = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;
const SKUS = ["A", "B", "C", "D"];

/** Networks of up to 80 nodes (beyond the nearest-node window), around one or two centres. */
const wideInstance: fc.Arbitrary<{ instance: SourcingInstance; open: OpenShipment[] }> = fc
  .record({
    centres: fc.array(fc.integer({ min: 0, max: CENTRES.length - 1 }), { minLength: 1, maxLength: 2 }),
    spreadDeg: fc.constantFrom(0.05, 1, 4, 12),
    nodes: fc.array(
      fc.record({
        centre: fc.nat(),
        dLat: fc.double({ min: -1, max: 1, noNaN: true }),
        dLng: fc.double({ min: -1, max: 1, noNaN: true }),
        dc: fc.boolean(),
        canShip: fc.boolean(),
        canPickup: fc.boolean(),
        capacityLeft: fc.integer({ min: -1, max: 6 }),
        excluded: fc.integer({ min: 0, max: 12 }),
        // Density varies per node: some hold everything, many nothing; zero and negative rows too.
        stock: fc.array(fc.option(fc.integer({ min: -2, max: 5 }), { freq: 2 }), { minLength: SKUS.length, maxLength: SKUS.length }),
        duplicateRow: fc.boolean(),
      }),
      { minLength: 1, maxLength: 80 },
    ),
    lines: fc.array(
      fc.record({ sku: fc.constantFrom(...SKUS), qty: fc.integer({ min: 1, max: 4 }), pickup: fc.option(fc.nat(), { freq: 3 }) }),
      { minLength: 1, maxLength: 6 },
    ),
    destination: fc.record({ centre: fc.nat(), dLat: fc.double({ min: -1, max: 1, noNaN: true }), dLng: fc.double({ min: -1, max: 1, noNaN: true }) }),
    maxKm: fc.constantFrom(0, 5, 50, 300, 800, 1400, 3000, 25_000),
    perKm: fc.constantFrom(0, 0.01),
    open: fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 2 }),
    sameSpot: fc.boolean(),
  })
  .map((r) => {
    const at = (centre: number, dLat: number, dLng: number) => {
      const c = CENTRES[r.centres[centre % r.centres.length]];
      return { lat: Math.max(-89, Math.min(89, c.lat + dLat * r.spreadDeg)), lng: wrap(c.lng + dLng * r.spreadDeg * 2) };
    };
    const nodes: FulfillmentNode[] = r.nodes.map((n, i) => {
      // Some nodes share one spot, so that distances tie exactly.
      const point = r.sameSpot && i % 3 === 0 ? at(0, 0, 0) : at(n.centre, n.dLat, n.dLng);
      return {
        id: `${n.dc ? "DC" : "S"}${String(i).padStart(2, "0")}`,
        type: n.dc ? "DC" : "STORE",
        ...point,
        canShip: n.canShip,
        canPickup: n.canPickup,
        capacityLeft: n.capacityLeft,
      };
    });
    const stock: StockRow[] = [];
    r.nodes.forEach((n, i) =>
      n.stock.forEach((available, s) => {
        if (available === null) return;
        stock.push({ node: nodes[i].id, sku: SKUS[s], available });
        if (n.duplicateRow) stock.push({ node: nodes[i].id, sku: SKUS[s], available: -available });
      }),
    );
    stock.push({ node: "UNKNOWN", sku: "A", available: 3 });
    const lines: OrderLine[] = r.lines.map((l, i) =>
      l.pickup === null
        ? { id: `L${i}`, sku: l.sku, qty: l.qty, mode: "SHIP" }
        : { id: `L${i}`, sku: l.sku, qty: l.qty, mode: "PICKUP", pickupNode: nodes[l.pickup % nodes.length].id },
    );
    const open: OpenShipment[] = r.open.map(([n, customer]) => ({
      node: nodes[n % nodes.length].id,
      to: customer ? "customer" : nodes[(n + 1) % nodes.length].id,
    }));
    const instance: SourcingInstance = {
      order: { id: "W1", destination: at(r.destination.centre, r.destination.dLat, r.destination.dLng), lines },
      nodes,
      stock,
      costs: { perShipment: 5, perKm: r.perKm, handlingPerUnit: { DC: 0.5, STORE: 1 }, unfilledPerUnit: 40 },
      rules: {
        maxShipments: 2,
        shipFromStoreMaxKm: r.maxKm,
        excludedNodes: r.nodes.flatMap((n, i) => (n.excluded === 0 ? [nodes[i].id] : [])),
      },
    };
    return { instance, open };
  });

describe("fast candidate preparation", () => {
  it("builds the same problem as the exhaustive reference on networks around the globe", () => {
    fc.assert(
      fc.property(wideInstance, ({ instance, open }) => {
        const fast = prepareProblem(instance, open);
        const reference = prepareProblem(instance, open, { exhaustive: true });
        expect(fast).toEqual(reference);
      }),
      { numRuns: 400, seed: 20261202 },
    );
  });

  it("builds the same problem as the reference on the engine's usual random instances", () => {
    fc.assert(
      fc.property(arbitraryInstance({ maxNodes: 40, maxLines: 6, maxQty: 4 }), (instance) => {
        expect(prepareProblem(instance)).toEqual(prepareProblem(instance, [], { exhaustive: true }));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("gives the same plan and explanation (rejection counts, nearest examples) as the reference", () => {
    fc.assert(
      fc.property(wideInstance, ({ instance }) => {
        const plan = planSourcing(instance);
        const reference = prepareProblem(instance, [], { exhaustive: true });
        const lines = plan.explanation.lines;
        for (const prepared of reference.lines) {
          const shown = lines.find((l) => l.line === prepared.line.id)!;
          // The explanation may add SPLIT_LIMIT rejections; every preparation reason must match.
          for (const [reason, count] of Object.entries(prepared.rejected.byReason)) {
            expect(shown.rejected.byReason[reason as keyof typeof shown.rejected.byReason]).toBe(count);
          }
          const examples = shown.rejected.examples.filter((e) => e.reason !== "SPLIT_LIMIT");
          expect(examples).toEqual(prepared.rejected.examples);
        }
      }),
      { numRuns: 150, seed: 99 },
    );
  });

  it("decides the ship-from-store limit exactly as the haversine does, also a hair from the limit", () => {
    const nodes: FulfillmentNode[] = [];
    const origin = { lat: 64.1, lng: -21.9 };
    for (let i = 0; i < 400; i++) {
      const bearing = (i * 137.5) % 360;
      const km = 10 + ((i * 7919) % 2900);
      const lat = origin.lat + (km / 111.2) * Math.cos((bearing * Math.PI) / 180);
      const lng = wrap(origin.lng + ((km / 111.2) * Math.sin((bearing * Math.PI) / 180)) / Math.cos((origin.lat * Math.PI) / 180));
      nodes.push({ id: `S${i}`, type: "STORE", lat: Math.max(-89, Math.min(89, lat)), lng, canShip: true, canPickup: true, capacityLeft: 5 });
    }
    const wrong: string[] = [];
    let haversines = 0;
    for (const n of nodes.slice(0, 40)) {
      // Limits exactly at a node's distance, and one ulp either side.
      const d = haversineKm(n, origin);
      for (const maxKm of [d, d * (1 + Number.EPSILON), d * (1 - Number.EPSILON), 0, 1e9, Number.NaN]) {
        const limit = new DistanceLimit(nodes, origin, maxKm);
        for (let k = 0; k < nodes.length; k++) {
          const verdict = limit.beyond(k, maxKm, (m) => {
            if (maxKm <= 1e6) haversines++;
            return haversineKm(nodes[m], origin);
          });
          if (verdict !== haversineKm(nodes[k], origin) > maxKm) wrong.push(`${nodes[k].id} at ${maxKm} km`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // The shortcut is the point: a haversine only for the nodes
    // near the limit (here, with nodes spread 10-2,900 km from Reykjavik, under a tenth of them).
    expect(haversines).toBeLessThan(0.1 * 40 * 4 * nodes.length);
  });
});
