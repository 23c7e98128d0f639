// The returns list: RMAs newest first, filtered by status, method, age, receiving node and one search
// box (RMA number, order number or the order's e-mail), with a count per status for the filter chips.
// A store associate sees only the returns received or expected at their own store.
import type { Prisma } from "@/generated/prisma/client";
import { ReturnStatus } from "@/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { RETURN_AGE_BUCKETS, RETURN_PAGE_SIZE, listReturnsSchema, type ListReturnsInput, type ListReturnsParams } from "./list-returns.schema";

export { RETURN_AGE_BUCKETS, RETURN_PAGE_SIZE, listReturnsSchema };
export type { ListReturnsInput, ListReturnsParams };

export interface ReturnListItem {
  id: string;
  number: string;
  status: ReturnStatus;
  method: "MAIL" | "STORE";
  requestedAt: Date;
  receivedAt: Date | null;
  refundedAt: Date | null;
  order: { id: string; number: string; channel: string; email: string; currency: string };
  customer: { id: string; firstName: string; lastName: string };
  receivingNode: { id: string; code: string; name: string; type: "DC" | "STORE" } | null;
  units: number;
  receivedUnits: number;
  expectedRefundMinor: number;
  refundMinor: number;
}

export interface ReturnList {
  items: ReturnListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Returns per status under the other filters (the chips show what choosing a status would give). */
  statusCounts: Record<ReturnStatus, number>;
}

const DAY_MS = 86_400_000;

function searchWhere(q: string): Prisma.ReturnWhereInput {
  const variants = [...new Set([q, q.toUpperCase(), q.toLowerCase()])];
  const or: Prisma.ReturnWhereInput[] = [{ number: { in: variants } }, { order: { number: { in: variants } } }];
  // "100042" or "RMA-1000" finds the RMA by the start of its number.
  const rma = q.toUpperCase().startsWith("RMA-") ? q.toUpperCase() : /^\d{3,}$/.test(q) ? `RMA-${q}` : null;
  if (rma) or.push({ number: { startsWith: rma } });
  if (q.includes("@")) or.push({ order: { email: { in: variants } } });
  return { OR: or };
}

/** Everything but the status, so the status counts can be taken under the same filters. */
function baseWhere(actor: Actor, input: ListReturnsParams, now: Date): Prisma.ReturnWhereInput[] {
  const and: Prisma.ReturnWhereInput[] = [];
  if (actor.kind === "user" && actor.role === "STORE_ASSOCIATE") and.push({ receivingNodeId: actor.storeId ?? "-none-" });
  if (input.method) and.push({ method: input.method === "STORE" ? "IN_STORE" : "MAIL" });
  if (input.olderThanDays) and.push({ requestedAt: { lt: new Date(now.getTime() - input.olderThanDays * DAY_MS) } });
  if (input.node) and.push({ receivingNode: { code: input.node.toUpperCase() } });
  if (input.q) and.push(searchWhere(input.q));
  return and;
}

export async function listReturns(db: Db | Tx, actor: Actor, rawInput: ListReturnsInput, options: { now?: Date } = {}): Promise<ReturnList> {
  authorize(actor, "return.view");
  const input = parseInput(listReturnsSchema, rawInput);
  const base = baseWhere(actor, input, options.now ?? new Date());
  const where: Prisma.ReturnWhereInput = { AND: input.status ? [...base, { status: input.status }] : base };
  const [total, rows, groups] = await Promise.all([
    db.return.count({ where }),
    db.return.findMany({
      where,
      // id breaks ties so that pages never repeat or skip a return requested in the same millisecond.
      orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        number: true,
        status: true,
        method: true,
        requestedAt: true,
        receivedAt: true,
        refundedAt: true,
        expectedRefundMinor: true,
        refundMinor: true,
        order: { select: { id: true, number: true, channel: true, email: true, currency: true, customer: { select: { id: true, firstName: true, lastName: true } } } },
        receivingNode: { select: { id: true, code: true, name: true, type: true } },
        lines: { select: { qty: true, receivedQty: true } },
      },
    }),
    db.return.groupBy({ by: ["status"], where: { AND: base }, _count: { _all: true } }),
  ]);
  const statusCounts = Object.fromEntries(Object.values(ReturnStatus).map((s) => [s, 0])) as Record<ReturnStatus, number>;
  for (const g of groups) statusCounts[g.status] = g._count._all;
  return {
    items: rows.map(({ lines, order: { customer, ...order }, method, ...r }) => ({
      ...r,
      method: method === "IN_STORE" ? "STORE" : "MAIL",
      order,
      customer,
      units: lines.reduce((s, l) => s + l.qty, 0),
      receivedUnits: lines.reduce((s, l) => s + l.receivedQty, 0),
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
    statusCounts,
  };
}
