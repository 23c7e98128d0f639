// Independent exact reference for the benchmark: the sourcing instance written as a MIP (CPLEX LP
// text) and solved by HiGHS. Built from the contract alone, sharing no code with the engine's
// search, so the optimality gap it reports is an honest check.

import type { SourcingInstance } from "@/lib/sourcing";

const R = 6371;
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const s =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(s)));
}

/**
 * Variables: x_l_n integer units of line l from node n, y_n_d binary shipment n -> destination d
 * (d 0 = customer, d i = i-th pickup store), u_l integer unfilled units. Eligibility (capability,
 * ship-from-store distance, exclusions, stock) is expressed by leaving variables out.
 */
export function buildSourcingLp(instance: SourcingInstance): string {
  const { order, nodes, costs, rules } = instance;
  const excluded = new Set(rules.excludedNodes ?? []);
  const stock = new Map<string, number>();
  for (const row of instance.stock) stock.set(`${row.node}|${row.sku}`, (stock.get(`${row.node}|${row.sku}`) ?? 0) + row.available);
  const dests: Array<{ id: string; lat: number; lng: number }> = [{ id: "customer", ...order.destination }];
  for (const line of order.lines) {
    if (line.mode === "PICKUP" && !dests.some((d) => d.id === line.pickupNode)) {
      const store = nodes.find((n) => n.id === line.pickupNode)!;
      dests.push({ id: store.id, lat: store.lat, lng: store.lng });
    }
  }
  const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(15));
  const objective: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const generals: string[] = [];
  const binaries = new Set<string>();
  const perStock = new Map<string, string[]>();
  const perNode = new Map<number, string[]>();
  const customerShipments = new Set<string>();

  order.lines.forEach((line, l) => {
    const demand: string[] = [];
    const u = `u${l}`;
    objective.push(`${num(costs.unfilledPerUnit)} ${u}`);
    bounds.push(`0 <= ${u} <= ${line.qty}`);
    generals.push(u);
    demand.push(u);
    const pickup = line.mode === "PICKUP" ? nodes.find((n) => n.id === line.pickupNode)! : undefined;
    const pickupUsable = !pickup || (pickup.canPickup && !excluded.has(pickup.id));
    const d = line.mode === "SHIP" ? 0 : dests.findIndex((x) => x.id === line.pickupNode);
    nodes.forEach((node, n) => {
      if (!pickupUsable || excluded.has(node.id)) return;
      const have = Math.max(0, stock.get(`${node.id}|${line.sku}`) ?? 0);
      if (have <= 0 || node.capacityLeft < 1) return;
      const own = pickup !== undefined && pickup.id === node.id;
      if (!own && !node.canShip) return;
      if (line.mode === "SHIP" && node.type === "STORE" && km(node, order.destination) > rules.shipFromStoreMaxKm) return;
      const x = `x${l}_${n}`;
      objective.push(`${num(costs.handlingPerUnit[node.type])} ${x}`);
      bounds.push(`0 <= ${x} <= ${line.qty}`);
      generals.push(x);
      demand.push(x);
      const sk = `${n}|${line.sku}`;
      if (!perStock.has(sk)) perStock.set(sk, []);
      perStock.get(sk)!.push(x);
      if (!perNode.has(n)) perNode.set(n, []);
      perNode.get(n)!.push(x);
      if (!own) {
        const y = `y${n}_${d}`;
        if (!binaries.has(y)) {
          binaries.add(y);
          objective.push(`${num(costs.perShipment + costs.perKm * km(node, dests[d]))} ${y}`);
          if (d === 0) customerShipments.add(y);
        }
        rows.push(` k${l}_${n}: ${x} - ${line.qty} ${y} <= 0`);
      }
    });
    rows.push(` dem${l}: ${demand.join(" + ")} = ${line.qty}`);
  });
  for (const [sk, xs] of perStock) {
    const [n, sku] = sk.split("|");
    const have = Math.max(0, stock.get(`${nodes[Number(n)].id}|${sku}`) ?? 0);
    rows.push(` s${rows.length}: ${xs.join(" + ")} <= ${have}`);
  }
  for (const [n, xs] of perNode) rows.push(` c${n}: ${xs.join(" + ")} <= ${Math.max(0, nodes[n].capacityLeft)}`);
  if (customerShipments.size > 0) rows.push(` lim: ${[...customerShipments].join(" + ")} <= ${rules.maxShipments}`);

  return [
    "Minimize",
    ` obj: ${objective.join(" + ")}`,
    "Subject To",
    ...rows,
    "Bounds",
    ...bounds,
    "General",
    ` ${generals.join(" ")}`,
    ...(binaries.size ? ["Binary", ` ${[...binaries].join(" ")}`] : []),
    "End",
  ].join("\n");
}

type Highs = { solve(problem: string, options?: Record<string, unknown>): { Status: string; ObjectiveValue: number } };
let highsPromise: Promise<Highs> | undefined;

/** Optimal contract cost of the instance according to HiGHS (tight gap tolerances). */
export async function solveSourcingMip(instance: SourcingInstance): Promise<number> {
  highsPromise ??= import("highs").then((m) => (m.default as unknown as () => Promise<Highs>)());
  const highs = await highsPromise;
  const result = highs.solve(buildSourcingLp(instance), {
    mip_rel_gap: 1e-9,
    mip_abs_gap: 1e-9,
    output_flag: false,
  });
  if (result.Status !== "Optimal") throw new Error(`HiGHS status ${result.Status}`);
  return result.ObjectiveValue;
}
