// Who may read /api/metrics: a scraper with the METRICS_TOKEN bearer token, or a signed-in admin.
// The figures (order volumes, latencies, backlog) are business information, so they are never public.
import { timingSafeEqual, createHash } from "node:crypto";
import { requireActor } from "@/lib/auth";
import { UnauthenticatedError } from "@/lib/errors";

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Resolves when the request may read the metrics; throws 401/403 otherwise. Returns the admin, if a session was used. */
export async function authorizeMetrics(req: Request, token = process.env.METRICS_TOKEN): Promise<{ id: string; role: string } | null> {
  const header = req.headers.get("authorization");
  const bearer = header?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (bearer !== undefined) {
    // Compared as digests, so the time taken says nothing about the token.
    if (token && timingSafeEqual(digest(bearer), digest(token))) return null;
    throw new UnauthenticatedError();
  }
  return requireActor("metrics.view");
}
