// Where a visitor may be sent after signing in: a path of this site only. The value comes from the
// login link (`?callbackUrl=`), so anyone can write it: it is parsed the way a browser would, once
// as given and once decoded, and refused unless both stay on the site's own origin. Browser-safe
// (the login form uses it too).

/** Stands for "this site" when no base URL is known: only the origin comparison matters. */
const SITE = "http://oms.invalid";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Browsers drop tabs and newlines and read "\" as "/" in URLs, which turns "/\evil.com" into "//evil.com".
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f\\]/;

function sameOrigin(value: string, origin: string): URL | null {
  try {
    const url = new URL(value, origin);
    return url.origin === origin ? url : null;
  } catch {
    return null;
  }
}

/**
 * The path (with query and fragment) to send the visitor to, or undefined when `value` would leave
 * the site or is not a path. With `base` (the site's URL), an absolute URL on that origin is
 * accepted too and answered as its path.
 */
export function safeCallbackUrl(value: string | null | undefined, base?: string): string | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return undefined;
  if (UNSAFE_CHARACTER.test(value)) return undefined;
  let origin = SITE;
  if (base) {
    try {
      origin = new URL(base).origin;
    } catch {
      return undefined;
    }
  }
  // A path, or (with a base) an absolute URL spelled with the site's own origin: "http:evil.com" is
  // relative for a parser but not for every reader, so it is refused too.
  const absolute = base !== undefined && SCHEME.test(value);
  if (absolute ? !/^(?:[/?#]|$)/.test(value.slice(origin.length)) || value.slice(0, origin.length).toLowerCase() !== origin : !value.startsWith("/")) {
    return undefined;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return undefined;
  }
  if (UNSAFE_CHARACTER.test(decoded)) return undefined;
  const url = sameOrigin(value, origin);
  if (!url || !sameOrigin(decoded, origin)) return undefined;
  return url.pathname + url.search + url.hash;
}
