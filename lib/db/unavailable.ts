// Recognises "the database cannot be reached" however it surfaces: node-postgres' socket errors
// (ECONNREFUSED, a connection terminated mid-query, a pool connect timeout), PostgreSQL refusing
// connections (class 08, shutting down 57P0x, too many connections 53300), or Prisma's wrapping of
// them (P1001 can't reach, P1002 timed out, P1017 server closed the connection, P2024 pool timeout,
// and its driver adapter's DatabaseNotReachable / ConnectionClosed / SocketTimeout). The edges turn
// it into a 503 with Retry-After (lib/http.ts, lib/actions.ts); the pools reconnect by themselves on
// the next query once the server is back, so nothing needs restarting.
import { ServiceUnavailableError } from "@/lib/errors";

const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ECONNABORTED"]);
const PG_CODES = new Set(["57P01", "57P02", "57P03", "53300", "53000"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i, /can't reach database server/i, /server closed the connection/i, /connection (was )?closed/i, /client has encountered a connection error/i];

/** True when `e` (or anything it wraps) says the database could not be reached. */
export function isDatabaseUnavailable(e: unknown): boolean {
  if (e instanceof ServiceUnavailableError) return true;
  const seen = new Set<unknown>();
  const queue: unknown[] = [e];
  while (queue.length) {
    const x = queue.shift();
    if (!x || typeof x !== "object" || seen.has(x)) continue;
    seen.add(x);
    const o = x as { code?: unknown; kind?: unknown; message?: unknown; meta?: unknown; cause?: unknown; driverAdapterError?: unknown; errors?: unknown };
    if (typeof o.code === "string" && (PRISMA_CODES.has(o.code) || SOCKET_CODES.has(o.code) || PG_CODES.has(o.code) || /^08[0-9A-Z]{3}$/.test(o.code))) return true;
    if (typeof o.kind === "string" && ADAPTER_KINDS.has(o.kind)) return true;
    if (typeof o.message === "string" && MESSAGES.some((re) => re.test(o.message as string))) return true;
    queue.push(o.meta, o.cause, o.driverAdapterError);
    // AggregateError (a connect attempt over IPv4 and IPv6 both refused).
    if (Array.isArray(o.errors)) queue.push(...o.errors);
  }
  return false;
}

/** A ServiceUnavailableError when `e` is the database being unreachable, else null. */
export function asServiceUnavailable(e: unknown, retryAfterSeconds = 5): ServiceUnavailableError | null {
  if (e instanceof ServiceUnavailableError) return e;
  return isDatabaseUnavailable(e) ? new ServiceUnavailableError(retryAfterSeconds) : null;
}
