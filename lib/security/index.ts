// Server entry of the security context: rate limits kept in the database and the client address
// they count by. The response headers (CSP and the rest) are in the browser-safe entry (client.ts),
// which proxy.ts and next.config.js use.
export { hit, peek, reset, pruneRateLimits, startRateLimitPruning } from "./rate-limit";
export type { RateLimit, RateLimitDecision } from "./rate-limit";
export { clientAddress } from "./client-address";
