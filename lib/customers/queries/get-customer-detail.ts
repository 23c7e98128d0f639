// One customer for the call centre: contact details, addresses and their most recent orders.
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";

export const getCustomerDetailInput = z.object({
  id: z.string().trim().min(1).max(64),
  /** How many recent orders to list; the rest are reachable through the order search. */
  orderLimit: z.number().int().min(1).max(200).default(50),
});
export type GetCustomerDetailInput = z.input<typeof getCustomerDetailInput>;

export async function getCustomerDetail(db: Db | Tx, actor: Actor | undefined, rawInput: GetCustomerDetailInput) {
  if (actor) authorize(actor, "customer.view");
  const input = parseInput(getCustomerDetailInput, rawInput);
  const customer = await db.customer.findUnique({
    where: { id: input.id },
    select: {
      id: true,
      number: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      locale: true,
      createdAt: true,
      addresses: {
        orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
        select: { id: true, label: true, line1: true, line2: true, city: true, postalCode: true, country: true, isDefault: true },
      },
      _count: { select: { orders: true } },
      orders: {
        orderBy: [{ placedAt: "desc" }, { id: "desc" }],
        take: input.orderLimit,
        select: { id: true, number: true, placedAt: true, channel: true, status: true, totalMinor: true, currency: true, _count: { select: { lines: true } } },
      },
    },
  });
  if (!customer) return null;
  const { _count, orders, ...rest } = customer;
  return {
    ...rest,
    orderCount: _count.orders,
    orders: orders.map(({ _count: c, ...o }) => ({ ...o, lineCount: c.lines })),
  };
}

export type CustomerDetail = NonNullable<Awaited<ReturnType<typeof getCustomerDetail>>>;
