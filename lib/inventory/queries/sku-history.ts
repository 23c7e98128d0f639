// One SKU's stock history over the last days: the movement ledger a page at a time (newest first)
// and, per day, on hand, reserved and in transit at the end of the day, across the network or at one
// node. On hand comes from the ledger; reserved from the reservations' lifetimes; in transit from the
// inbound shipments' shipping, receipts and closing.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { StockMovementKind } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth";
import { NotFoundError } from "@/lib/errors";
import { resolveNodeScope } from "./scope";

const DAY = 86_400_000;
export const SKU_HISTORY_PAGE_SIZE = 20;

export const skuHistoryInputSchema = z.object({
  sku: z.string().trim().min(1).max(60),
  node: z.string().trim().min(1).max(40).optional(),
  days: z.coerce.number().int().min(1).max(365).default(90),
  limit: z.coerce.number().int().min(1).max(100).default(SKU_HISTORY_PAGE_SIZE),
  /** "<occurredAt ISO>_<movement id>" of the last row of the previous page. */
  cursor: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_\d+$/)
    .optional(),
});
export type SkuHistoryInput = z.input<typeof skuHistoryInputSchema>;

export interface SkuMovement {
  id: string;
  node: { code: string; name: string };
  kind: StockMovementKind;
  qty: number;
  onHandAfter: number;
  reason: string | null;
  reference: string | null;
  /** What the reference names, when it is an order or an inbound shipment of this system. */
  referenceKind: "order" | "inbound" | null;
  occurredAt: string;
}

export interface SkuHistoryDay {
  /** The UTC day (yyyy-mm-dd); figures are at its end (today: now). */
  day: string;
  onHand: number;
  reserved: number;
  inTransit: number;
}

export interface SkuHistory {
  sku: string;
  /** The node the history is narrowed to (a store associate's store, or the one asked for). */
  node: string | null;
  days: number;
  from: string;
  generatedAt: string;
  series: SkuHistoryDay[];
  movements: SkuMovement[];
  /** This page's cursor (null: the newest movements) and the next, older page's. */
  cursor: string | null;
  nextCursor: string | null;
  /** Movements in the period (every page). */
  movementCount: number;
}

export async function getSkuHistory(db: Db | Tx, actor: Actor, input: SkuHistoryInput & { now?: Date }): Promise<SkuHistory> {
  authorize(actor, "inventory.view");
  const { sku: skuCode, node: nodeCode, days, limit, cursor } = skuHistoryInputSchema.parse(input);
  const now = input.now ?? new Date();
  const nodeId = await resolveNodeScope(db, actor, nodeCode);
  const sku = await db.sku.findUnique({ where: { code: skuCode }, select: { id: true, code: true } });
  if (!sku) throw new NotFoundError("sku", skuCode);

  const today = Math.floor(now.getTime() / DAY) * DAY;
  const from = new Date(today - (days - 1) * DAY);
  // The end of each day of the period; today's figures are now's.
  const points = Array.from({ length: days }, (_, i) => Math.min(from.getTime() + (i + 1) * DAY, now.getTime()));
  const nodeCond = nodeId ? Prisma.sql`m."nodeId" = ${nodeId}` : Prisma.sql`TRUE`;

  let after: { at: Date; id: bigint } | null = null;
  if (cursor) {
    const [at, id] = cursor.split("_");
    after = { at: new Date(at), id: BigInt(id) };
  }

  const [onHandNow, dailyMoves, reservations, shipments, movementRows, [count]] = await Promise.all([
    db.inventoryPosition.aggregate({ where: { skuId: sku.id, ...(nodeId ? { nodeId } : {}) }, _sum: { onHand: true } }),
    db.$queryRaw<Array<{ day: Date; qty: number }>>`
      SELECT date_trunc('day', m."occurredAt") AS day, SUM(m.qty)::int AS qty
      FROM "StockMovement" m
      WHERE m."skuId" = ${sku.id} AND ${nodeCond} AND m."occurredAt" >= ${from}
      GROUP BY 1`,
    db.reservation.findMany({
      where: { skuId: sku.id, ...(nodeId ? { nodeId } : {}), createdAt: { lte: now }, OR: [{ status: "ACTIVE" }, { updatedAt: { gt: from } }] },
      select: { qty: true, status: true, createdAt: true, updatedAt: true },
    }),
    db.inboundShipment.findMany({
      where: { status: { not: "PLANNED" }, ...(nodeId ? { toNodeId: nodeId } : {}), lines: { some: { skuId: sku.id } }, OR: [{ receivedAt: null }, { receivedAt: { gt: from } }] },
      select: {
        type: true,
        status: true,
        createdAt: true,
        shippedAt: true,
        receivedAt: true,
        lines: { where: { skuId: sku.id }, select: { id: true, qty: true } },
        receipts: { select: { receivedAt: true, lines: true } },
      },
    }),
    db.$queryRaw<Array<{ id: bigint; code: string; name: string; kind: StockMovementKind; qty: number; onHandAfter: number; reason: string | null; reference: string | null; occurredAt: Date }>>`
      SELECT m.id, n.code, n.name, m.kind, m.qty, m."onHandAfter", m.reason, m.reference, m."occurredAt"
      FROM "StockMovement" m
      JOIN "Node" n ON n.id = m."nodeId"
      WHERE m."skuId" = ${sku.id} AND ${nodeCond} AND m."occurredAt" >= ${from}
        ${after ? Prisma.sql`AND (m."occurredAt", m.id) < (${after.at}, ${after.id})` : Prisma.empty}
      ORDER BY m."occurredAt" DESC, m.id DESC
      LIMIT ${limit + 1}`,
    db.$queryRaw<Array<{ n: number }>>`
      SELECT COUNT(*)::int AS n FROM "StockMovement" m WHERE m."skuId" = ${sku.id} AND ${nodeCond} AND m."occurredAt" >= ${from}`,
  ]);

  // On hand at the end of a day: today's on hand less every movement after that day.
  const movedOn = new Map(dailyMoves.map((d) => [new Date(d.day).getTime(), d.qty]));
  let onHand = onHandNow._sum.onHand ?? 0;
  const onHandAt: number[] = new Array(days);
  for (let i = days - 1; i >= 0; i--) {
    onHandAt[i] = onHand;
    onHand -= movedOn.get(from.getTime() + i * DAY) ?? 0;
  }

  const reservedAt = (t: number) =>
    reservations.reduce((s, r) => (r.createdAt.getTime() <= t && (r.status === "ACTIVE" || r.updatedAt.getTime() > t) ? s + r.qty : s), 0);

  // A shipment is in transit from when it shipped (a purchase order: when it was created) until it
  // is received in full or closed; each receipt takes its units off.
  const transitAt = (t: number) => {
    let units = 0;
    for (const sh of shipments) {
      const start = (sh.shippedAt ?? (sh.type === "PURCHASE_ORDER" ? sh.createdAt : null))?.getTime();
      if (start === undefined || start > t) continue;
      if (sh.receivedAt && sh.receivedAt.getTime() <= t) continue;
      if (sh.status === "CANCELLED" && !sh.receivedAt) continue;
      for (const line of sh.lines) {
        const received = sh.receipts.reduce((s, r) => (r.receivedAt.getTime() <= t ? s + Number((r.lines as Record<string, number>)[line.id] ?? 0) : s), 0);
        units += Math.max(0, line.qty - received);
      }
    }
    return units;
  };

  const series = points.map((t, i) => ({
    day: new Date(from.getTime() + i * DAY).toISOString().slice(0, 10),
    onHand: onHandAt[i],
    reserved: reservedAt(t),
    inTransit: transitAt(t),
  }));

  const pageRows = movementRows.slice(0, limit);
  const refs = [...new Set(pageRows.map((m) => m.reference).filter((r): r is string => !!r))];
  const [orders, inbound] = refs.length
    ? await Promise.all([
        db.order.findMany({ where: { number: { in: refs } }, select: { number: true } }),
        db.inboundShipment.findMany({ where: { reference: { in: refs } }, select: { reference: true } }),
      ])
    : [[], []];
  const orderRefs = new Set(orders.map((o) => o.number));
  const inboundRefs = new Set(inbound.map((s) => s.reference));
  const last = pageRows[pageRows.length - 1];

  return {
    sku: sku.code,
    node: nodeCode ?? (nodeId ? ((await db.node.findUnique({ where: { id: nodeId }, select: { code: true } }))?.code ?? null) : null),
    days,
    from: from.toISOString(),
    generatedAt: now.toISOString(),
    series,
    movements: pageRows.map((m) => ({
      id: m.id.toString(),
      node: { code: m.code, name: m.name },
      kind: m.kind,
      qty: m.qty,
      onHandAfter: m.onHandAfter,
      reason: m.reason,
      reference: m.reference,
      referenceKind: m.reference && orderRefs.has(m.reference) ? "order" : m.reference && inboundRefs.has(m.reference) ? "inbound" : null,
      occurredAt: new Date(m.occurredAt).toISOString(),
    })),
    cursor: cursor ?? null,
    nextCursor: movementRows.length > limit && last ? `${new Date(last.occurredAt).toISOString()}_${last.id}` : null,
    movementCount: count?.n ?? 0,
  };
}
