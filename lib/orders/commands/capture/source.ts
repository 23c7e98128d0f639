// Capture step "source and reserve": the DOM engine plans the order on the unlocked snapshot of
// stock the context read; each shipment becomes a fulfilment order (released unless the order is
// held) with its lines and reservations, and the units to reserve are summed per position, in the
// lock order the write takes them in (capture/write.ts proves they are still there). Units nobody
// has are promised from the next inbound supply. The statuses are those recomputeOrder derives.
import type { FulfillmentStatus, LineStatus, OrderStatus } from "@/generated/prisma/enums";
import { newId } from "@/lib/db";
import { recordSourcing } from "@/lib/metrics";
import { planSourcing, type Plan, type SourcingInstance } from "@/lib/sourcing";
import { FO_TO_LINE } from "../../derive";
import { promiseFor } from "../../sourcing/promises";
import { buildInstance, networkContext, stockSnapshot, withAvailable, type NodeInfo, type StockSnapshot } from "../../sourcing/snapshot";
import { assertTransition, deriveOrderStatus } from "../../state-machine";
import type { CaptureOrderInput } from "../../schemas";
import type { CaptureContext, SkuRow } from "./read-context";

type Row = Record<string, unknown>;

export interface SourcedLine {
  id: string;
  lineNo: number;
  sku: SkuRow;
  qty: number;
  mode: "SHIP" | "PICKUP";
  pickupStore?: string;
}

export interface Work {
  id: string;
  /** 1, 2...: the fulfilment order's number is the order's with this suffix. */
  sequence: number;
  source: NodeInfo;
  pickup: NodeInfo | null;
  promise: Date;
}

export interface SourcedOrder {
  lines: SourcedLine[];
  instance: SourcingInstance;
  /** The stock and capacity the plan was made on, before the rules filtered them (SourcingDecision.stock). */
  stock: StockSnapshot;
  plan: Plan;
  works: Work[];
  foStatus: FulfillmentStatus;
  fulfillmentLines: Row[];
  reservations: Row[];
  /** Units to reserve, one row per position (node, SKU), in lock order (SKU, then node). */
  reserve: Array<{ id: string; nodeId: string; skuId: string; qty: number }>;
  /** Units released today per node, for the capacity cache after commit. */
  releasedByNode: Map<string, number>;
  linePromise: Map<string, Date>;
  orderPromise: Date | null;
  lineStatuses: LineStatus[];
  status: OrderStatus;
}

export function sourceAndReserve(
  input: Pick<CaptureOrderInput, "lines">,
  ctx: Pick<CaptureContext, "nodes" | "sourcing" | "usedToday" | "skus" | "positions" | "inbound">,
  order: { orderId: string; skuByCode: Map<string, SkuRow>; destination: { lat: number; lng: number } | null; openHolds: number; now: Date },
): SourcedOrder {
  const { orderId, skuByCode, destination, openHolds, now } = order;
  const release = openHolds === 0;
  const lines: SourcedLine[] = input.lines.map((l, i) => ({ ...l, id: newId(), lineNo: i + 1, sku: skuByCode.get(l.sku)! }));
  const sctx = withAvailable(networkContext(ctx.nodes.list.filter((n) => n.active), ctx.sourcing, ctx.usedToday), ctx.skus, ctx.positions);
  const firstPickup = input.lines.find((l) => l.mode === "PICKUP")?.pickupStore;
  const pickupPoint = firstPickup ? sctx.nodeByCode.get(firstPickup) : undefined;
  const dest = destination ?? (pickupPoint ? { lat: pickupPoint.lat, lng: pickupPoint.lng } : { lat: 0, lng: 0 });
  const instance: SourcingInstance = buildInstance(sctx, {
    id: orderId,
    destination: dest,
    lines: lines.map((l) => ({ id: l.id, sku: l.sku.code, qty: l.qty, mode: l.mode, pickupNode: l.pickupStore, category: l.sku.category })),
  });
  const sourcingStarted = performance.now();
  const plan: Plan = planSourcing(instance);
  recordSourcing((performance.now() - sourcingStarted) / 1000);

  // Fulfilment work: one order per source node and destination, its lines and reservations.
  const foStatus: FulfillmentStatus = release ? "RELEASED" : "CREATED";
  const works = plan.shipments.map((shipment, k) => {
    const source = sctx.nodeByCode.get(shipment.node);
    if (!source) throw new Error(`Plan names unknown node ${shipment.node}`);
    const pickup = shipment.to === "customer" ? null : sctx.nodeByCode.get(shipment.to);
    if (shipment.to !== "customer" && !pickup) throw new Error(`Plan names unknown pickup store ${shipment.to}`);
    return { id: newId(), sequence: k + 1, source, pickup: pickup ?? null, promise: promiseFor(source, pickup ?? "customer", dest, now), shipment };
  });
  const linePromise = new Map<string, Date>();
  const assigned = new Map<string, number>();
  const reserveByPosition = new Map<string, { id: string; nodeId: string; skuId: string; qty: number }>();
  const positionId = new Map(ctx.positions.map((p) => [`${p.skuId}|${p.nodeId}`, p.id]));
  const releasedByNode = new Map<string, number>();
  const fulfillmentLines: Row[] = [];
  const reservations: Row[] = [];
  for (const w of works) {
    for (const { line, qty } of w.shipment.lines) {
      const l = lines.find((x) => x.id === line);
      if (!l) throw new Error(`Plan names unknown line ${line}`);
      const folId = newId();
      fulfillmentLines.push({ id: folId, fulfillmentOrderId: w.id, orderLineId: line, qty });
      reservations.push({ id: newId(), orderLineId: line, fulfillmentOrderLineId: folId, nodeId: w.source.id, skuId: l.sku.id, qty, status: "ACTIVE" });
      const key = `${l.sku.id}|${w.source.id}`;
      const id = positionId.get(key);
      if (!id) throw new Error(`Plan takes ${l.sku.code} from ${w.source.code}, which holds no stock of it.`);
      const r = reserveByPosition.get(key) ?? { id, nodeId: w.source.id, skuId: l.sku.id, qty: 0 };
      r.qty += qty;
      reserveByPosition.set(key, r);
      if (release) releasedByNode.set(w.source.id, (releasedByNode.get(w.source.id) ?? 0) + qty);
      assigned.set(line, (assigned.get(line) ?? 0) + qty);
      if (!linePromise.has(line) || linePromise.get(line)! < w.promise) linePromise.set(line, w.promise);
    }
  }
  // Units nobody has: promised from the next inbound supply, when there is one.
  for (const { line } of plan.unfilled) {
    const l = lines.find((x) => x.id === line);
    if (!l) continue;
    const supply = ctx.inbound.get(l.sku.id);
    const node = supply ? sctx.nodeById.get(supply.nodeId) : undefined;
    if (!supply || !node) continue;
    const pickup = l.mode === "PICKUP" && l.pickupStore ? (sctx.nodeByCode.get(l.pickupStore) ?? null) : null;
    const p = promiseFor(node, pickup ?? "customer", dest, supply.eta);
    if (!linePromise.has(line) || linePromise.get(line)! < p) linePromise.set(line, p);
  }
  const promisedDates = [...linePromise.values()];
  const orderPromise = promisedDates.length ? new Date(Math.max(...promisedDates.map((d) => d.getTime()))) : null;

  // Statuses, as recomputeOrder derives them.
  const lineStatuses = lines.map((l): LineStatus => ((assigned.get(l.id) ?? 0) < l.qty ? "BACKORDERED" : (FO_TO_LINE[foStatus] as LineStatus)));
  const status: OrderStatus = deriveOrderStatus({ lines: lineStatuses.map((s) => ({ status: s })), openHolds });
  if (status !== "CREATED") assertTransition("order", "CREATED", status);

  const reserve = [...reserveByPosition.values()].sort((a, b) => (a.skuId === b.skuId ? (a.nodeId < b.nodeId ? -1 : 1) : a.skuId < b.skuId ? -1 : 1));
  return {
    lines,
    instance,
    stock: stockSnapshot(sctx, lines.map((l) => l.sku.code)),
    plan,
    works: works.map(({ id, sequence, source, pickup, promise }) => ({ id, sequence, source, pickup, promise })),
    foStatus,
    fulfillmentLines,
    reservations,
    reserve,
    releasedByNode,
    linePromise,
    orderPromise,
    lineStatuses,
    status,
  };
}
