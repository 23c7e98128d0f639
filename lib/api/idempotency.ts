// Idempotent POSTs for API clients (channel and fulfilment systems): a request carries an
// `Idempotency-Key`; the first success is stored with the key (per API key) and the request's hash,
// a retry with the same key and body gets the stored answer again, and the same key with another
// body is refused.
//
// Concurrency: the key is claimed first, in the same transaction as the work, with
// `INSERT … ON CONFLICT DO NOTHING` on the (apiKeyId, key) unique index. A second request with the
// same key blocks on that index until the first commits, then sees the stored answer (READ
// COMMITTED reads the committed row) — or, if the first rolled back, claims the key itself. So two
// simultaneous requests never both do the work, and no unique-violation error has to be caught
// (its shape differs between driver adapters: P2002 with @prisma/adapter-pg, a bare
// DriverAdapterError with code 23505 with the PGlite adapter).
// Failures are not stored: the transaction rolls back with the claim, so a corrected retry with
// the same key goes through.
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { maybeSqlFor, type Db, type Tx } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { ApiRequestError } from "@/lib/http";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const REPLAYED_HEADER = "Idempotent-Replayed";
const KEY_PATTERN = /^[\x21-\x7e](?:[\x20-\x7e]{0,198}[\x21-\x7e])?$/;

/** The request's Idempotency-Key: 1 to 200 printable ASCII characters. */
export function idempotencyKeyFrom(req: Request): string {
  const raw = req.headers.get(IDEMPOTENCY_HEADER);
  if (raw === null || !raw.trim()) {
    throw new ApiRequestError(400, "IDEMPOTENCY_KEY_REQUIRED");
  }
  const key = raw.trim();
  if (!KEY_PATTERN.test(key)) {
    throw new ApiRequestError(400, "IDEMPOTENCY_KEY_INVALID");
  }
  return key;
}

/** JSON with object keys sorted at every level, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function requestHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

export interface IdempotentResult {
  status: number;
  body: unknown;
  /** True when the answer is the stored one of an earlier request. */
  replayed: boolean;
  orderId: string | null;
}

/**
 * Runs `work` once per (apiKeyId, key) inside the caller's transaction and stores its answer; a
 * repeat with the same hash gets the stored answer, another hash a 409 IDEMPOTENCY_KEY_REUSED.
 */
export async function runIdempotent(
  tx: Tx,
  scope: { apiKeyId: string; key: string; requestHash: string },
  work: () => Promise<{ status: number; body: Prisma.InputJsonValue; orderId?: string | null }>,
): Promise<IdempotentResult> {
  const { apiKeyId, key } = scope;
  // status 0 marks the claim; it is replaced before commit, so no one ever reads it.
  const claimed = await tx.idempotencyRecord.createMany({ data: [{ apiKeyId, key, requestHash: scope.requestHash, status: 0, response: {} }], skipDuplicates: true });
  if (claimed.count === 0) {
    const stored = await storedAnswer(tx, scope);
    if (!stored) throw new Error(`Idempotency record ${key} vanished.`);
    return stored;
  }
  const result = await work();
  await tx.idempotencyRecord.update({
    where: { apiKeyId_key: { apiKeyId, key } },
    data: { status: result.status, response: result.body, orderId: result.orderId ?? null },
  });
  return { status: result.status, body: result.body, replayed: false, orderId: result.orderId ?? null };
}

/**
 * The stored answer for this key, or null when the key is new. The same key with another body is
 * refused (409 IDEMPOTENCY_KEY_REUSED).
 */
export async function storedAnswer(db: Db | Tx, scope: { apiKeyId: string; key: string; requestHash: string }): Promise<IdempotentResult | null> {
  const pool = maybeSqlFor(db);
  const stored = pool
    ? ((await pool.query<{ requestHash: string; status: number; response: Prisma.JsonValue; orderId: string | null }>(
        `SELECT "requestHash", status, response, "orderId" FROM "IdempotencyRecord" WHERE "apiKeyId" = $1 AND key = $2`,
        [scope.apiKeyId, scope.key],
        "idempotency-stored",
      ))[0] ?? null)
    : await db.idempotencyRecord.findUnique({
        where: { apiKeyId_key: { apiKeyId: scope.apiKeyId, key: scope.key } },
        select: { requestHash: true, status: true, response: true, orderId: true },
      });
  if (!stored) return null;
  if (stored.requestHash !== scope.requestHash) {
    throw new ConflictError("IDEMPOTENCY_KEY_REUSED", { key: scope.key });
  }
  return { status: stored.status, body: stored.response, replayed: true, orderId: stored.orderId };
}
