// The agent's order search: one box (order number, customer name, e-mail, phone, postcode) plus
// status, channel and placed-date filters, newest first, paginated with a total count.
//
// Every reading of the search term is an index-backed branch (Order.number unique, Order.email,
// Order.shipPostalCode, Order.customerId after resolving customers on the much smaller customer
// table), and filters ride on (status, placedAt) / (channel, placedAt) / (placedAt): no ILIKE
// ever scans the order table.
import type { Prisma } from "@/generated/prisma/client";
import { Channel, DeliveryMode, OrderStatus } from "@/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/auth";
import { matchCustomerIds, looksLikePostcode } from "@/lib/customers";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { AGENT_TIME_ZONE, dayRange } from "./day-range";
import { ORDER_PAGE_SIZE, searchOrdersInput, type SearchOrdersInput, type SearchOrdersParams } from "./search-orders.schema";

export { ORDER_PAGE_SIZE, searchOrdersInput };
export type { SearchOrdersInput, SearchOrdersParams };

export interface OrderListItem {
  id: string;
  number: string;
  placedAt: Date;
  channel: Channel;
  status: OrderStatus;
  totalMinor: number;
  currency: string;
  customer: { id: string; firstName: string; lastName: string };
  lineCount: number;
  deliveryModes: DeliveryMode[];
}

export interface OrderList {
  items: OrderListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

async function searchTermWhere(db: Db | Tx, q: string): Promise<Prisma.OrderWhereInput> {
  const variants = (s: string) => [...new Set([s, s.toUpperCase(), s.toLowerCase()])];
  // An exact order number is the agent's most common search and is unambiguous: answer it from the
  // unique index without looking at customers at all.
  const byNumber: Prisma.OrderWhereInput = { number: { in: variants(q) } };
  if (await db.order.findFirst({ where: byNumber, select: { id: true } })) return byNumber;
  const or: Prisma.OrderWhereInput[] = [byNumber];
  if (q.includes("@")) or.push({ email: { in: variants(q) } });
  if (looksLikePostcode(q)) or.push({ shipPostalCode: { in: variants(q) } });
  const customerIds = await matchCustomerIds(db, q);
  if (customerIds.length) or.push({ customerId: { in: customerIds } });
  return { OR: or };
}

export async function orderSearchWhere(db: Db | Tx, input: SearchOrdersParams, timeZone = AGENT_TIME_ZONE): Promise<Prisma.OrderWhereInput> {
  const and: Prisma.OrderWhereInput[] = [];
  if (input.status) and.push({ status: input.status });
  if (input.channel) and.push({ channel: input.channel });
  if (input.from || input.to) and.push({ placedAt: dayRange(input.from, input.to, timeZone) });
  if (input.q) and.push(await searchTermWhere(db, input.q));
  return and.length ? { AND: and } : {};
}

export async function searchOrders(db: Db | Tx, actor: Actor | undefined, rawInput: SearchOrdersInput): Promise<OrderList> {
  if (actor) authorize(actor, "order.view");
  const input = parseInput(searchOrdersInput, rawInput);
  const where = await orderSearchWhere(db, input);
  const [total, rows] = await Promise.all([
    db.order.count({ where }),
    db.order.findMany({
      where,
      // id breaks ties so that pages never repeat or skip an order placed in the same millisecond.
      orderBy: [{ placedAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        number: true,
        placedAt: true,
        channel: true,
        status: true,
        totalMinor: true,
        currency: true,
        customer: { select: { id: true, firstName: true, lastName: true } },
        lines: { select: { deliveryMode: true } },
      },
    }),
  ]);
  return {
    items: rows.map(({ lines, ...o }) => ({
      ...o,
      lineCount: lines.length,
      deliveryModes: Object.values(DeliveryMode).filter((m) => lines.some((l) => l.deliveryMode === m)),
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}
