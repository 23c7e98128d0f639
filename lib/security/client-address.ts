// The address a request comes from, for rate limits. Next's server puts the connection's address in
// X-Forwarded-For when no proxy did; behind a reverse proxy (which appends the address it saw), the
// last entry is the one that proxy vouches for. Entries before it are whatever the client sent.
type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined | null;

function read(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

/** The client's address from the request headers, or "unknown". */
export function clientAddress(headers: HeaderSource): string {
  const forwarded = read(headers, "x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  const address = last ?? read(headers, "x-real-ip")?.trim();
  // Bounded: the value becomes part of a database key.
  return address ? address.slice(0, 64).toLowerCase() : "unknown";
}
