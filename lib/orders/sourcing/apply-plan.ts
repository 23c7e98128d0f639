// Turns a sourcing plan into fulfilment work: fulfilment orders per node and destination (joining
// open ones when the plan re-uses them), their lines, and the stock reservations, with promised
// dates from the nodes' calendars. The plan and its explanation are kept as a SourcingDecision.
import { randomInt } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { SourcingReason } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import { databaseOf, type Tx } from "@/lib/db";
import { reserveUnits } from "@/lib/inventory";
import type { Plan, SourcingInstance } from "@/lib/sourcing";
import { recordOrderEvent } from "../events";
import { addUnitsUsed, capacityChanged } from "./network-cache";
import { promiseFor, supplyPromise } from "./promises";
import { stockSnapshot, type SourcingContext } from "./snapshot";

export interface PlanLineInfo {
  id: string;
  lineNo: number;
  skuId: string;
  skuCode: string;
}

export interface ApplyPlanArgs {
  order: { id: string; number: string; destination: { lat: number; lng: number } };
  instance: SourcingInstance;
  plan: Plan;
  ctx: SourcingContext;
  lines: Map<string, PlanLineInfo>;
  /** Release the work to the nodes now (false while the order is on hold). */
  release: boolean;
  reason: SourcingReason;
  now: Date;
}

export interface ApplyPlanResult {
  fulfillmentOrderIds: string[];
  allocatedUnits: number;
  unfilledUnits: number;
}

function pickupCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

export async function applyPlan(tx: Tx, actor: Actor, args: ApplyPlanArgs): Promise<ApplyPlanResult> {
  const { order, plan, ctx, now } = args;
  const existing = await tx.fulfillmentOrder.findMany({
    where: { orderId: order.id },
    select: { id: true, number: true, nodeId: true, deliveryMode: true, pickupNodeId: true, status: true, promisedDate: true },
  });
  // The next number follows the highest one the order has (numbers need not be contiguous: work
  // loaded from another system, or numbered by its shipment).
  let sequence = existing.reduce((max, f) => Math.max(max, Number(f.number.slice(f.number.lastIndexOf("-") + 1)) || 0), existing.length);
  const touched: string[] = [];
  const linePromise = new Map<string, Date>();
  let allocatedUnits = 0;

  for (const shipment of plan.shipments) {
    const source = ctx.nodeByCode.get(shipment.node);
    if (!source) throw new Error(`Plan names unknown node ${shipment.node}`);
    const pickup = shipment.to === "customer" ? null : ctx.nodeByCode.get(shipment.to);
    if (shipment.to !== "customer" && !pickup) throw new Error(`Plan names unknown pickup store ${shipment.to}`);
    const deliveryMode = pickup ? "PICKUP" : "SHIP";
    const promise = promiseFor(source, pickup ?? "customer", order.destination, now);
    let fo = existing.find(
      (f) => f.nodeId === source.id && f.deliveryMode === deliveryMode && (f.pickupNodeId ?? null) === (pickup?.id ?? null) && (f.status === "CREATED" || f.status === "RELEASED"),
    );
    if (!fo) {
      sequence += 1;
      const created = await tx.fulfillmentOrder.create({
        data: {
          number: `${order.number}-${sequence}`,
          orderId: order.id,
          nodeId: source.id,
          deliveryMode,
          pickupNodeId: pickup?.id ?? null,
          status: args.release ? "RELEASED" : "CREATED",
          releasedAt: args.release ? now : null,
          pickupCode: pickup ? pickupCode() : null,
          promisedDate: promise,
        },
        select: { id: true, number: true, nodeId: true, deliveryMode: true, pickupNodeId: true, status: true, promisedDate: true },
      });
      existing.push(created);
      fo = created;
      if (args.release) {
        await recordOrderEvent(tx, actor, order.id, "fulfillment.released", {
          data: { fulfillmentOrder: created.number, node: source.code, to: pickup?.code ?? "customer", promisedDate: promise.toISOString() },
        });
      }
    } else {
      // New units join work a node may already show on a tablet: its version moves on.
      await tx.fulfillmentOrder.update({ where: { id: fo.id }, data: { version: { increment: 1 } } });
    }
    touched.push(fo.id);
    for (const { line, qty } of shipment.lines) {
      const info = args.lines.get(line);
      if (!info) throw new Error(`Plan names unknown line ${line}`);
      const fol = await tx.fulfillmentOrderLine.create({ data: { fulfillmentOrderId: fo.id, orderLineId: line, qty }, select: { id: true } });
      await reserveUnits(tx, { nodeId: source.id, skuId: info.skuId, qty });
      await tx.reservation.create({ data: { orderLineId: line, fulfillmentOrderLineId: fol.id, nodeId: source.id, skuId: info.skuId, qty } });
      allocatedUnits += qty;
      const p = fo.promisedDate ?? promise;
      if (!linePromise.has(line) || linePromise.get(line)! < p) linePromise.set(line, p);
    }
  }

  // Capacity used today moves: the cached figure follows (or, with no cache here, is re-read).
  if (args.release) {
    const pool = databaseOf(tx);
    const units = new Map<string, number>();
    for (const shipment of plan.shipments) {
      const source = ctx.nodeByCode.get(shipment.node)!;
      units.set(source.id, (units.get(source.id) ?? 0) + shipment.lines.reduce((a, l) => a + l.qty, 0));
    }
    if (pool) addUnitsUsed(pool, now, units);
    else capacityChanged();
  }

  let unfilledUnits = 0;
  for (const { line, qty } of plan.unfilled) {
    unfilledUnits += qty;
    const info = args.lines.get(line);
    const instLine = args.instance.order.lines.find((l) => l.id === line);
    if (!info || !instLine) continue;
    const pickup = instLine.mode === "PICKUP" && instLine.pickupNode ? ctx.nodeByCode.get(instLine.pickupNode) ?? null : null;
    const p = await supplyPromise(tx, ctx, info.skuId, order.destination, pickup);
    if (p && (!linePromise.has(line) || linePromise.get(line)! < p)) linePromise.set(line, p);
  }
  for (const [line, date] of linePromise) await tx.orderLine.update({ where: { id: line }, data: { promisedDate: date } });
  const latest = await tx.orderLine.aggregate({ where: { orderId: order.id, status: { not: "CANCELLED" } }, _max: { promisedDate: true } });
  await tx.order.update({ where: { id: order.id }, data: { promisedDate: latest._max.promisedDate } });

  await tx.sourcingDecision.create({
    data: {
      orderId: order.id,
      reason: args.reason,
      ruleSetId: ctx.ruleSetId,
      input: JSON.parse(JSON.stringify(args.instance)) as Prisma.InputJsonValue,
      stock: JSON.parse(JSON.stringify(stockSnapshot(ctx, [...args.lines.values()].map((l) => l.skuCode)))) as Prisma.InputJsonValue,
      plan: JSON.parse(JSON.stringify({ shipments: plan.shipments, unfilled: plan.unfilled, cost: plan.cost })) as Prisma.InputJsonValue,
      explanation: JSON.parse(JSON.stringify(plan.explanation)) as Prisma.InputJsonValue,
      costMinor: Math.round(plan.cost * 100),
    },
  });
  await recordOrderEvent(tx, actor, order.id, args.reason === "CAPTURE" ? "order.sourced" : "order.resourced", {
    data: {
      shipments: plan.shipments.map((s) => ({ node: s.node, to: s.to, units: s.lines.reduce((a, l) => a + l.qty, 0) })),
      unfilledUnits,
      cost: Math.round(plan.cost * 100) / 100,
      method: plan.explanation.method,
    },
  });
  return { fulfillmentOrderIds: [...new Set(touched)], allocatedUnits, unfilledUnits };
}
