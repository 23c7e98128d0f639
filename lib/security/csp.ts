// The pages' Content-Security-Policy: scripts only from this site and those carrying the request's
// nonce (Next puts it on its own inline scripts; 'strict-dynamic' lets them load the chunks), styles
// inline allowed (Tailwind's and the charts' style attributes), no plugins, no framing, forms and
// <base> only to this site. proxy.ts builds one per page request; the API's is in next.config.js.

/** A fresh random nonce (128 bits, base64): one per request, never reused. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, development }: { nonce: string; development: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's refresh in `next dev` evaluates code; production never does.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    // The dev server's hot reload talks over a websocket to the same host.
    "connect-src": ["'self'", ...(development ? ["ws:", "wss:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}
