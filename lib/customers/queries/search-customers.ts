// The customer list of the call centre: one search box (name, e-mail, phone, postcode), with each
// customer's order count and last order date.
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { customerSearchWhere } from "./customer-search-where";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const searchCustomersInput = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type SearchCustomersInput = z.input<typeof searchCustomersInput>;

export interface CustomerListItem {
  id: string;
  number: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  postalCode: string | null;
  city: string | null;
  orderCount: number;
  lastOrderAt: Date | null;
}

export interface CustomerList {
  items: CustomerListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export async function searchCustomers(db: Db | Tx, actor: Actor | undefined, rawInput: SearchCustomersInput): Promise<CustomerList> {
  if (actor) authorize(actor, "customer.view");
  const input = parseInput(searchCustomersInput, rawInput);
  const where = (await customerSearchWhere(db, input.q)) ?? {};
  const [total, rows] = await Promise.all([
    db.customer.count({ where }),
    db.customer.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        number: true,
        firstName: true,
        lastName: true,
        email: true,
        phone: true,
        addresses: { select: { postalCode: true, city: true }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }], take: 1 },
        _count: { select: { orders: true } },
      },
    }),
  ]);
  // Last order dates for this page only: one grouped query on the customerId index.
  const last = rows.length
    ? await db.order.groupBy({ by: ["customerId"], where: { customerId: { in: rows.map((r) => r.id) } }, _max: { placedAt: true } })
    : [];
  const lastBy = new Map(last.map((l) => [l.customerId, l._max.placedAt]));
  return {
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      firstName: r.firstName,
      lastName: r.lastName,
      email: r.email,
      phone: r.phone,
      postalCode: r.addresses[0]?.postalCode ?? null,
      city: r.addresses[0]?.city ?? null,
      orderCount: r._count.orders,
      lastOrderAt: lastBy.get(r.id) ?? null,
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}
