// Returns routing (BORIS and mail returns): restock at the receiving store while it is below its
// target for the SKU, otherwise send to the nearest capable DC, with the reason for each route.

import { SourcingInputError } from "./errors";
import { haversineKm } from "./geo";
import type {
  FulfillmentNode,
  GeoPoint,
  RejectionReason,
  RejectionSummary,
  ReturnDecision,
  ReturnInstance,
  ReturnReason,
  ReturnRoute,
} from "./types";

const DC_CANDIDATES_SHOWN = 5;
const EXAMPLES_PER_REASON = 3;

export function routeReturn(input: ReturnInstance): ReturnDecision {
  const { item } = input;
  const excluded = new Set(input.rules?.excludedNodes ?? []);
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const store = input.receivedAt === undefined ? undefined : byId.get(input.receivedAt);
  if (input.receivedAt !== undefined && !store) {
    throw new SourcingInputError(`Return received at unknown node ${input.receivedAt}.`);
  }
  const from: GeoPoint | undefined = store ?? input.origin;
  if (!from) throw new SourcingInputError("A mail return needs an origin.");

  const transportCost = (km: number) =>
    input.costs ? input.costs.perShipment + input.costs.perKm * km : undefined;
  const withCost = (route: Omit<ReturnRoute, "transportCost">): ReturnRoute => {
    const cost = route.action === "SEND_TO_DC" ? transportCost(route.distanceKm) : input.costs ? 0 : undefined;
    return cost === undefined ? route : { ...route, transportCost: cost };
  };

  // Capable DCs nearest first; id breaks distance ties so the choice never depends on input order.
  const rejectedDcs: RejectionSummary = { total: 0, byReason: {}, examples: [] };
  const dcs: Array<{ node: FulfillmentNode; km: number }> = [];
  const rejectedList: Array<{ node: string; reason: RejectionReason; distanceKm: number }> = [];
  for (const node of input.nodes) {
    if (node.type !== "DC") continue;
    const km = haversineKm(from, node);
    const reason: RejectionReason | undefined = excluded.has(node.id)
      ? "EXCLUDED_BY_RULE"
      : node.capacityLeft < 1
        ? "NO_CAPACITY"
        : undefined;
    if (reason) {
      rejectedDcs.total += 1;
      rejectedDcs.byReason[reason] = (rejectedDcs.byReason[reason] ?? 0) + 1;
      rejectedList.push({ node: node.id, reason, distanceKm: km });
    } else dcs.push({ node, km });
  }
  const nearestFirst = (a: { km: number; id: string }, b: { km: number; id: string }) =>
    a.km - b.km || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  dcs.sort((a, b) => nearestFirst({ km: a.km, id: a.node.id }, { km: b.km, id: b.node.id }));
  rejectedList.sort((a, b) => nearestFirst({ km: a.distanceKm, id: a.node }, { km: b.distanceKm, id: b.node }));
  const perReason = new Map<RejectionReason, number>();
  for (const r of rejectedList) {
    const seen = perReason.get(r.reason) ?? 0;
    if (seen < EXAMPLES_PER_REASON) rejectedDcs.examples.push(r);
    perReason.set(r.reason, seen + 1);
  }

  const routes: ReturnRoute[] = [];
  let remaining = item.qty;
  let reason: ReturnReason;
  let storeTarget: number | undefined;
  let storeAvailable: number | undefined;
  if (item.condition === "DAMAGED") reason = "DAMAGED";
  else if (!store) reason = "MAIL_RETURN";
  else if (excluded.has(store.id)) reason = "RECEIVING_STORE_EXCLUDED";
  else {
    storeTarget = input.targets
      .filter((t) => t.node === store.id && t.sku === item.sku)
      .reduce((sum, t) => sum + t.target, 0);
    storeAvailable = input.stock
      .filter((s) => s.node === store.id && s.sku === item.sku)
      .reduce((sum, s) => sum + s.available, 0);
    if (storeTarget <= 0) reason = "NOT_CARRIED";
    else {
      const gap = storeTarget - Math.max(0, storeAvailable);
      if (gap > 0) {
        const qty = Math.min(gap, remaining);
        routes.push(withCost({ node: store.id, qty, action: "RESTOCK", reason: "BELOW_TARGET", distanceKm: 0 }));
        remaining -= qty;
      }
      reason = "AT_OR_ABOVE_TARGET";
    }
  }

  if (remaining > 0) {
    const dc = dcs[0];
    if (dc) {
      routes.push(withCost({ node: dc.node.id, qty: remaining, action: "SEND_TO_DC", reason, distanceKm: dc.km }));
    } else if (store) {
      routes.push(withCost({ node: store.id, qty: remaining, action: "HOLD", reason: "NO_DC_AVAILABLE", distanceKm: 0 }));
    }
  }

  return {
    sku: item.sku,
    qty: item.qty,
    routes,
    explanation: {
      ...(input.receivedAt !== undefined ? { receivedAt: input.receivedAt } : {}),
      ...(storeTarget !== undefined ? { storeTarget } : {}),
      ...(storeAvailable !== undefined ? { storeAvailable } : {}),
      dcCandidates: dcs.slice(0, DC_CANDIDATES_SHOWN).map((d) => {
        const cost = transportCost(d.km);
        return cost === undefined
          ? { node: d.node.id, distanceKm: d.km }
          : { node: d.node.id, distanceKm: d.km, transportCost: cost };
      }),
      rejectedDcs,
    },
  };
}
