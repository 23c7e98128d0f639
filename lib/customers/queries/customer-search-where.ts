// Turns the agent's one search box into a customer filter: name, e-mail, phone or postcode.
// Shared by the customer list and the order search (which looks orders up by their customers).
import type { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";

/** Phone numbers are compared on their last 9 digits, so "+33 6 12 34 56 78" finds "06 12 34 56 78". */
const PHONE_DIGITS = 9;

export function phoneSuffix(q: string): string | null {
  if (!/^[+\d\s().-]+$/.test(q)) return null;
  const digits = q.replace(/\D/g, "");
  return digits.length >= 6 ? digits.slice(-PHONE_DIGITS) : null;
}

/** A term that could be a postcode: short, letters/digits/space/dash, at least one digit. */
export function looksLikePostcode(q: string): boolean {
  return q.length >= 3 && q.length <= 10 && /\d/.test(q) && /^[A-Za-z0-9 -]+$/.test(q);
}

async function customerIdsByPhone(db: Db | Tx, suffix: string, limit: number): Promise<string[]> {
  // Phones are stored as typed (spaces, +33...): compare digits only. An expression index on
  // right(regexp_replace(phone, '[^0-9]', '', 'g'), 9), or a normalised column, would make this
  // index-backed on a large customer base.
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "Customer"
    WHERE phone IS NOT NULL AND right(regexp_replace(phone, '[^0-9]', '', 'g'), ${PHONE_DIGITS}) = ${suffix.slice(-PHONE_DIGITS)}
    LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/**
 * The customers one search term may mean, as a Prisma filter (OR of every reading of the term),
 * or null when the term is empty.
 */
export async function customerSearchWhere(db: Db | Tx, rawQ: string | undefined, limit = 500): Promise<Prisma.CustomerWhereInput | null> {
  const q = rawQ?.trim();
  if (!q) return null;
  // Exact-case variants instead of ILIKE where the column is indexed (customer number, postcode).
  const variants = [...new Set([q, q.toUpperCase(), q.toLowerCase()])];
  const or: Prisma.CustomerWhereInput[] = [{ number: { in: variants } }];

  if (q.includes("@")) {
    // Case-insensitive: e-mails arrive from channels in any case. A lower(email) index would make
    // this index-backed on a large customer base.
    or.push({ email: { equals: q, mode: "insensitive" } });
  } else {
    if (/\p{L}/u.test(q) && q.length >= 2) {
      // Every word must be in the first or last name: "marie dup" finds Marie Dupont.
      const words = q.split(/\s+/).filter(Boolean).slice(0, 4);
      or.push({ AND: words.map((w) => ({ OR: [{ firstName: { contains: w, mode: "insensitive" as const } }, { lastName: { contains: w, mode: "insensitive" as const } }] })) });
      if (!/\s/.test(q)) or.push({ email: { startsWith: q, mode: "insensitive" } });
    }
    const suffix = phoneSuffix(q);
    if (suffix) {
      const ids = await customerIdsByPhone(db, suffix, limit);
      if (ids.length) or.push({ id: { in: ids } });
    }
    if (looksLikePostcode(q)) or.push({ addresses: { some: { postalCode: { in: variants } } } });
  }
  return { OR: or };
}

/** Ids of the customers a term may mean (capped: a search this broad should be narrowed). */
export async function matchCustomerIds(db: Db | Tx, q: string | undefined, limit = 500): Promise<string[]> {
  const where = await customerSearchWhere(db, q, limit);
  if (!where) return [];
  const rows = await db.customer.findMany({ where, select: { id: true }, take: limit });
  return rows.map((r) => r.id);
}
