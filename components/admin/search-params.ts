// Reads filter values from a page's searchParams: the first value of each key, as a string.
export type SearchParams = Record<string, string | string[] | undefined>;

export function pickParams<K extends string>(params: SearchParams, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = params[k];
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && first !== "") out[k] = first;
  }
  return out;
}
