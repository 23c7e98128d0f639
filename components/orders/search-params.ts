// Reads the order list's URL into search input, dropping (and reporting) any value that does not
// parse, so a hand-edited or stale link still shows a list instead of an error page.
import { searchOrdersInput, type SearchOrdersParams } from "@/lib/orders/client";

export type RawSearchParams = Record<string, string | string[] | undefined>;

export function firstValues(raw: RawSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined) out[k] = value;
  }
  return out;
}

export function parseOrderSearchParams(raw: RawSearchParams): { params: SearchOrdersParams; invalid: string[] } {
  const values = firstValues(raw);
  const first = searchOrdersInput.safeParse(values);
  if (first.success) return { params: first.data, invalid: [] };
  const invalid = [...new Set(first.error.issues.map((i) => String(i.path[0] ?? "")))].filter(Boolean);
  const cleaned = Object.fromEntries(Object.entries(values).filter(([k]) => !invalid.includes(k)));
  const second = searchOrdersInput.safeParse(cleaned);
  return { params: second.success ? second.data : searchOrdersInput.parse({}), invalid };
}
