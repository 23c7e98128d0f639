// An order's goodwill refunds (appeasements), newest first: the order page shows those waiting for a
// supervisor's approval with the decision buttons, and the decided ones as history.
import type { AppeasementStatus } from "@/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";

export interface OrderAppeasement {
  id: string;
  status: AppeasementStatus;
  amountMinor: number;
  percent: number | null;
  reason: string;
  line: { lineNo: number; sku: string } | null;
  requestedBy: string;
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  version: number;
}

export async function listOrderAppeasements(db: Db | Tx, actor: Actor, by: { orderId: string }): Promise<OrderAppeasement[]> {
  authorize(actor, "order.view");
  const rows = await db.appeasement.findMany({
    where: { orderId: by.orderId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, status: true, amountMinor: true, percent: true, reason: true, orderLineId: true, requestedBy: true, createdAt: true, decidedBy: true, decidedAt: true, decisionNote: true, version: true },
  });
  if (!rows.length) return [];
  const lineIds = [...new Set(rows.map((r) => r.orderLineId).filter((id): id is string => Boolean(id)))];
  const userIds = [...new Set(rows.flatMap((r) => [r.requestedBy, r.decidedBy]).filter((id): id is string => Boolean(id)))];
  const [lines, users] = await Promise.all([
    lineIds.length ? db.orderLine.findMany({ where: { id: { in: lineIds } }, select: { id: true, lineNo: true, sku: { select: { code: true } } } }) : [],
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
  ]);
  const lineBy = new Map(lines.map((l) => [l.id, { lineNo: l.lineNo, sku: l.sku.code }]));
  const nameBy = new Map(users.map((u) => [u.id, u.name]));
  return rows.map(({ orderLineId, requestedBy, decidedBy, ...r }) => ({
    ...r,
    line: orderLineId ? (lineBy.get(orderLineId) ?? null) : null,
    requestedBy: nameBy.get(requestedBy) ?? requestedBy,
    decidedBy: decidedBy ? (nameBy.get(decidedBy) ?? decidedBy) : null,
  }));
}
