// Reads the returns list's URL into the query's input, dropping (and reporting) any value that does
// not parse, so a hand-edited or stale link still shows a list instead of an error page.
import { firstValues, type RawSearchParams } from "@/components/orders/search-params";
import { listReturnsSchema, type ListReturnsParams } from "@/lib/returns/client";

export type { RawSearchParams };

export function parseReturnSearchParams(raw: RawSearchParams): { params: ListReturnsParams; invalid: string[] } {
  const values = firstValues(raw);
  const first = listReturnsSchema.safeParse(values);
  if (first.success) return { params: first.data, invalid: [] };
  const invalid = [...new Set(first.error.issues.map((i) => String(i.path[0] ?? "")))].filter(Boolean);
  const cleaned = Object.fromEntries(Object.entries(values).filter(([k]) => !invalid.includes(k)));
  const second = listReturnsSchema.safeParse(cleaned);
  return { params: second.success ? second.data : listReturnsSchema.parse({}), invalid };
}
