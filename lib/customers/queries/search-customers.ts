// The customer list of the call centre: one search box (name, e-mail, phone, postcode), with each
// customer's order count and last order date.
//
// A search resolves the term to at most CUSTOMER_MATCH_LIMIT customer ids, already in list order
// (one index-backed statement), and pages through them; the unfiltered list pages on the
// (lastName, firstName) index. Order figures are read for the page's customers only.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { findCustomerMatches } from "./customer-search-where";

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
  /** The term matched more customers than a search lists (CUSTOMER_MATCH_LIMIT): narrow it. */
  truncated: boolean;
}

const listSelect = {
  id: true,
  number: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  addresses: { select: { postalCode: true, city: true }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }], take: 1 },
} satisfies Prisma.CustomerSelect;

export async function searchCustomers(db: Db | Tx, actor: Actor | undefined, rawInput: SearchCustomersInput): Promise<CustomerList> {
  if (actor) authorize(actor, "customer.view");
  const input = parseInput(searchCustomersInput, rawInput);
  const skip = (input.page - 1) * input.pageSize;
  let total: number;
  let truncated = false;
  let rows: Array<Prisma.CustomerGetPayload<{ select: typeof listSelect }>>;
  if (input.q) {
    const match = await findCustomerMatches(db, input.q);
    const pageIds = match.ids.slice(skip, skip + input.pageSize);
    const found = pageIds.length ? await db.customer.findMany({ where: { id: { in: pageIds } }, select: listSelect }) : [];
    const byId = new Map(found.map((r) => [r.id, r]));
    rows = pageIds.flatMap((id) => byId.get(id) ?? []);
    total = match.ids.length;
    truncated = match.truncated;
  } else {
    [total, rows] = await Promise.all([
      db.customer.count(),
      db.customer.findMany({ orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }], skip, take: input.pageSize, select: listSelect }),
    ]);
  }
  // Order count and last order date for this page only: one grouped query on the customerId index.
  const figures = rows.length
    ? await db.order.groupBy({ by: ["customerId"], where: { customerId: { in: rows.map((r) => r.id) } }, _count: { _all: true }, _max: { placedAt: true } })
    : [];
  const figuresBy = new Map(figures.map((f) => [f.customerId, f]));
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
      orderCount: figuresBy.get(r.id)?._count._all ?? 0,
      lastOrderAt: figuresBy.get(r.id)?._max.placedAt ?? null,
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
    truncated,
  };
}
