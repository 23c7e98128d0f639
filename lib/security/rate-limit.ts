// Fixed-window rate limits kept in the database (RateLimitBucket), so every server process and a
// restart see the same counts: login failures per account and per client address, tracking
// lookups per client address. One statement counts a hit, so concurrent hits are each counted once.
import { getDb, type Db } from "@/lib/db";

export interface RateLimit {
  /** Hits allowed in one window. */
  limit: number;
  windowMs: number;
  /** Once over the limit, refuse for this long (default: until the window ends). */
  blockMs?: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** 0 when allowed; else the seconds until the key is allowed again (for a Retry-After header). */
  retryAfterSeconds: number;
}

interface Options {
  db?: Db;
  /** For tests: the clock. */
  now?: Date;
}

interface BucketRow {
  count: number;
  windowStart: Date;
  blockedUntil: Date | null;
}

function decide(row: BucketRow, over: boolean, windowMs: number, now: Date): RateLimitDecision {
  const blocked = row.blockedUntil !== null && row.blockedUntil.getTime() > now.getTime();
  if (!blocked && !over) return { allowed: true, retryAfterSeconds: 0 };
  const windowEnd = row.windowStart.getTime() + windowMs;
  const until = Math.max(blocked ? row.blockedUntil!.getTime() : 0, over ? windowEnd : 0);
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
}

/** Counts one hit on `key` and says whether it is within the limit. */
export async function hit(key: string, rule: RateLimit & Options): Promise<RateLimitDecision> {
  const db = rule.db ?? (await getDb());
  const now = rule.now ?? new Date();
  const windowCutoff = new Date(now.getTime() - rule.windowMs);
  const blockUntil = rule.blockMs ? new Date(now.getTime() + rule.blockMs) : null;
  const [row] = await db.$queryRaw<BucketRow[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart", "blockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}, NULL, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowCutoff} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${windowCutoff} THEN ${now} ELSE "RateLimitBucket"."windowStart" END,
      "blockedUntil" = CASE
        WHEN "RateLimitBucket"."blockedUntil" > ${now} THEN "RateLimitBucket"."blockedUntil"
        WHEN "RateLimitBucket"."windowStart" > ${windowCutoff} AND "RateLimitBucket"."count" + 1 > ${rule.limit} THEN ${blockUntil}::timestamp(3)
        ELSE NULL END,
      "updatedAt" = ${now}
    RETURNING "count", "windowStart", "blockedUntil"`;
  return decide(row, row.count > rule.limit, rule.windowMs, now);
}

/** Whether `key` would be refused now, without counting a hit (for limits that count failures only). */
export async function peek(key: string, rule: RateLimit & Options): Promise<RateLimitDecision> {
  const db = rule.db ?? (await getDb());
  const now = rule.now ?? new Date();
  const row = await db.rateLimitBucket.findUnique({ where: { key }, select: { count: true, windowStart: true, blockedUntil: true } });
  if (!row) return { allowed: true, retryAfterSeconds: 0 };
  const inWindow = row.windowStart.getTime() > now.getTime() - rule.windowMs;
  return decide(row, inWindow && row.count >= rule.limit, rule.windowMs, now);
}

/** Forgets `key` (e.g. an account's failures after a successful sign-in). */
export async function reset(key: string, options: Options = {}): Promise<void> {
  const db = options.db ?? (await getDb());
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/** Deletes buckets untouched for `olderThanMs` (default a day): they no longer limit anything. */
export async function pruneRateLimits(options: Options & { olderThanMs?: number } = {}): Promise<number> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const { count } = await db.rateLimitBucket.deleteMany({ where: { updatedAt: { lt: new Date(now.getTime() - (options.olderThanMs ?? 24 * 3600_000)) } } });
  return count;
}

/** Deletes stale buckets every hour in the background; returns the function that stops it. */
export function startRateLimitPruning(intervalMs = 3600_000): () => void {
  const timer = setInterval(() => {
    pruneRateLimits().catch(() => {
      // The database may be briefly away; the next pass prunes what this one could not.
    });
  }, intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
