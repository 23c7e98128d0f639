// Turns the agent's one search box into a customer filter: name, e-mail, phone or postcode.
// Shared by the customer list and the order search (which looks orders up by their customers).
//
// Every reading of the term is answered from an index, in one statement: the customer number and
// the address postcode from their plain indexes, the rest from the expression indexes of migration
// 20261126100000_search_indexes (lower(email), the names' text-search vector, the phone's last
// digits). The SQL below must use exactly the indexed expressions, or PostgreSQL scans the table.
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";

/**
 * Phone numbers are compared on their last 9 digits, so "+33 6 12 34 56 78" finds "06 12 34 56 78".
 * The index "Customer_phone_digits_idx" is built on this very number: change both together.
 */
const PHONE_DIGITS = 9;

/** How many customers one term may mean; a search this broad should be narrowed. */
export const CUSTOMER_MATCH_LIMIT = 500;

export function phoneSuffix(q: string): string | null {
  if (!/^[+\d\s().-]+$/.test(q)) return null;
  const digits = q.replace(/\D/g, "");
  return digits.length >= 6 ? digits.slice(-PHONE_DIGITS) : null;
}

/** A term that could be a postcode: short, letters/digits/space/dash, at least one digit. */
export function looksLikePostcode(q: string): boolean {
  return q.length >= 3 && q.length <= 10 && /\d/.test(q) && /^[A-Za-z0-9 -]+$/.test(q);
}

/**
 * A name search as a text-search query where every word is a prefix of a word of the name:
 * "Marie Dup" -> `'Marie':* & 'Dup':*` (finds Marie Dupont), "smet" finds De Smet, "jean-pi"
 * finds Jean-Pierre. Only letters and digits are kept, so the query cannot be malformed.
 */
export function namePrefixQuery(q: string): string | null {
  const words = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 5);
  return words.length ? words.map((w) => `'${w}':*`).join(" & ") : null;
}

/** Escapes LIKE's wildcards so that a term is matched literally. */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface CustomerMatch {
  /** Matching customer ids, by last name, first name, id; at most `limit`. */
  ids: string[];
  /** More customers matched than `limit`. */
  truncated: boolean;
}

/** The customers one search term may mean, ordered by name, in one index-backed statement. */
export async function findCustomerMatches(db: Db | Tx, rawQ: string | undefined, limit = CUSTOMER_MATCH_LIMIT): Promise<CustomerMatch> {
  const q = rawQ?.trim();
  if (!q) return { ids: [], truncated: false };
  // Exact-case variants where the column has a plain index (customer number, postcode).
  const variants = Prisma.join([...new Set([q, q.toUpperCase(), q.toLowerCase()])]);
  const branches: Prisma.Sql[] = [Prisma.sql`SELECT id FROM "Customer" WHERE number IN (${variants})`];

  if (q.includes("@")) {
    // E-mails arrive from channels in any case.
    branches.push(Prisma.sql`SELECT id FROM "Customer" WHERE lower(email) = lower(${q})`);
  } else {
    const names = /\p{L}/u.test(q) && q.length >= 2 ? namePrefixQuery(q) : null;
    if (names) {
      branches.push(Prisma.sql`SELECT id FROM "Customer"
        WHERE to_tsvector('simple'::regconfig, "firstName" || ' ' || "lastName") @@ to_tsquery('simple'::regconfig, ${names})`);
      // "marie.dup" or "mdupont": the start of an e-mail address.
      if (!/\s/.test(q)) branches.push(Prisma.sql`SELECT id FROM "Customer" WHERE lower(email) LIKE lower(${`${escapeLike(q)}%`})`);
    }
    const suffix = phoneSuffix(q);
    if (suffix) {
      // Phones are stored as typed (spaces, +33...): compare the last digits only.
      branches.push(Prisma.sql`SELECT id FROM "Customer" WHERE right(regexp_replace(phone, '[^0-9]', '', 'g'), ${Prisma.raw(String(PHONE_DIGITS))}) = ${suffix}`);
    }
    if (looksLikePostcode(q)) branches.push(Prisma.sql`SELECT "customerId" FROM "Address" WHERE "postalCode" IN (${variants})`);
  }
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT c.id FROM "Customer" c
    WHERE c.id IN (${Prisma.join(branches, " UNION ALL ")})
    ORDER BY c."lastName", c."firstName", c.id
    LIMIT ${limit + 1}`;
  return { ids: rows.slice(0, limit).map((r) => r.id), truncated: rows.length > limit };
}

/**
 * The customers one search term may mean, as a Prisma filter, or null when the term is empty.
 * A term matching more than `limit` customers keeps the first `limit` by name.
 */
export async function customerSearchWhere(db: Db | Tx, rawQ: string | undefined, limit = CUSTOMER_MATCH_LIMIT): Promise<Prisma.CustomerWhereInput | null> {
  if (!rawQ?.trim()) return null;
  const { ids } = await findCustomerMatches(db, rawQ, limit);
  return { id: { in: ids } };
}

/** Ids of the customers a term may mean (capped: a search this broad should be narrowed). */
export async function matchCustomerIds(db: Db | Tx, q: string | undefined, limit = CUSTOMER_MATCH_LIMIT): Promise<string[]> {
  return (await findCustomerMatches(db, q, limit)).ids;
}
