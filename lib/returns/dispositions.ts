// Where received units should go, proposed by the sourcing engine's returns router: a resellable
// unit is restocked at the receiving store while the store is below its target for the SKU, and
// otherwise sent to the nearest DC that can take it; a DC receiving a mail return restocks it;
// damaged units are disposed of, and a wrong item goes to a DC to be looked at.
import type { Tx, Db } from "@/lib/db";
import { haversineKm, routeReturn } from "@/lib/sourcing";
import type { DispositionInput, ReturnConditionInput } from "./schemas";

export interface NodeRef {
  id: string;
  code: string;
  name: string;
  type: "DC" | "STORE";
}

export interface DispositionPart {
  disposition: DispositionInput;
  qty: number;
  node: NodeRef;
  reason: string;
}

export interface DispositionRequest {
  orderLineId: string;
  skuId: string;
  skuCode: string;
  qty: number;
  condition: ReturnConditionInput;
}

/** The router's proposal for each line received at `at`, split into parts when it is (some units here, the rest to a DC). */
export async function proposeFor(db: Db | Tx, at: NodeRef, lines: DispositionRequest[]): Promise<Map<string, DispositionPart[]>> {
  const out = new Map<string, DispositionPart[]>();
  const resellable = lines.filter((l) => l.condition === "RESELLABLE");
  const wrong = lines.filter((l) => l.condition === "WRONG_ITEM");
  const needsNetwork = (resellable.length > 0 && at.type === "STORE") || wrong.length > 0;
  const nodes = needsNetwork
    ? await db.node.findMany({ where: { active: true }, select: { id: true, code: true, name: true, type: true, lat: true, lng: true, canShip: true, canPickup: true, dailyCapacity: true } })
    : [];
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const positions = resellable.length && at.type === "STORE"
    ? await db.inventoryPosition.findMany({ where: { nodeId: at.id, skuId: { in: resellable.map((l) => l.skuId) } }, select: { skuId: true, onHand: true, reserved: true, safetyStock: true, targetStock: true } })
    : [];
  const position = new Map(positions.map((p) => [p.skuId, p]));
  const here = (disposition: DispositionInput, qty: number, reason: string): DispositionPart => ({ disposition, qty, node: at, reason });
  const network = nodes.map((n) => ({ id: n.code, type: n.type, lat: n.lat, lng: n.lng, canShip: n.canShip, canPickup: n.canPickup, capacityLeft: n.dailyCapacity }));
  const atNode = nodes.find((n) => n.id === at.id);

  for (const l of lines) {
    if (l.condition === "DAMAGED") {
      out.set(l.orderLineId, [here("DISPOSE", l.qty, "DAMAGED")]);
      continue;
    }
    if (at.type === "DC") {
      out.set(l.orderLineId, [here(l.condition === "RESELLABLE" ? "RESTOCK" : "SEND_TO_DC", l.qty, l.condition === "RESELLABLE" ? "MAIL_RETURN" : "WRONG_ITEM")]);
      continue;
    }
    if (!atNode) {
      out.set(l.orderLineId, [here("RESTOCK", l.qty, "NO_DC_AVAILABLE")]);
      continue;
    }
    if (l.condition === "WRONG_ITEM") {
      // Not what was sold: a DC looks at it (the router's damaged route is the nearest DC).
      const decision = routeReturn({ item: { sku: l.skuCode, qty: l.qty, condition: "DAMAGED" }, receivedAt: at.code, nodes: network, stock: [], targets: [] });
      const dc = decision.routes.find((r) => r.action === "SEND_TO_DC");
      const node = dc ? byCode.get(dc.node) : undefined;
      out.set(l.orderLineId, [node ? { disposition: "SEND_TO_DC", qty: l.qty, node: { id: node.id, code: node.code, name: node.name, type: node.type }, reason: "WRONG_ITEM" } : here("SEND_TO_DC", l.qty, "NO_DC_AVAILABLE")]);
      continue;
    }
    const p = position.get(l.skuId);
    const decision = routeReturn({
      item: { sku: l.skuCode, qty: l.qty, condition: "SELLABLE" },
      receivedAt: at.code,
      nodes: network,
      stock: p ? [{ node: at.code, sku: l.skuCode, available: p.onHand - p.reserved - p.safetyStock }] : [],
      targets: p ? [{ node: at.code, sku: l.skuCode, target: p.targetStock }] : [],
    });
    const parts: DispositionPart[] = decision.routes.map((r) => {
      const node = byCode.get(r.node)!;
      const ref = { id: node.id, code: node.code, name: node.name, type: node.type };
      return { disposition: r.action === "SEND_TO_DC" ? "SEND_TO_DC" : "RESTOCK", qty: r.qty, node: ref, reason: r.reason };
    });
    out.set(l.orderLineId, parts.length ? parts : [here("RESTOCK", l.qty, "NO_DC_AVAILABLE")]);
  }
  return out;
}

/** The nearest active DC to a node, for an override that sends units to a DC. */
export async function nearestDc(db: Db | Tx, at: NodeRef): Promise<NodeRef | null> {
  if (at.type === "DC") return at;
  // One after the other: inside a transaction the connection takes one statement at a time.
  const from = await db.node.findUnique({ where: { id: at.id }, select: { lat: true, lng: true } });
  const dcs = await db.node.findMany({ where: { active: true, type: "DC" }, select: { id: true, code: true, name: true, type: true, lat: true, lng: true } });
  if (!from || !dcs.length) return null;
  const d = (n: { lat: number; lng: number }) => haversineKm(from, n);
  const best = dcs.reduce((a, b) => (d(b) < d(a) || (d(b) === d(a) && b.code < a.code) ? b : a));
  return { id: best.id, code: best.code, name: best.name, type: best.type };
}
