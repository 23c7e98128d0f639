// Channel systems authenticate with `Authorization: Bearer <key>`; only the key's SHA-256 is stored.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";
import type { Actor } from "./actor";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export async function authenticateApiKey(db: Db, authorization: string | null): Promise<Extract<Actor, { kind: "apiKey" }>> {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match) throw new UnauthenticatedError("API_KEY_MISSING");
  const key = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(match[1]) } });
  if (!key || key.revokedAt) throw new UnauthenticatedError("API_KEY_UNKNOWN");
  await noteKeyUsed(db, key.id, key.lastUsedAt);
  if (key.scope === "FULFILLMENT") {
    const nodes = await db.apiKeyNode.findMany({ where: { apiKeyId: key.id }, select: { nodeId: true } });
    return { kind: "apiKey", id: key.id, name: key.name, role: "FULFILLMENT", nodeIds: nodes.map((n) => n.nodeId) };
  }
  if (!key.channel) throw new UnauthenticatedError("API_KEY_UNKNOWN");
  return { kind: "apiKey", id: key.id, name: key.name, role: "CHANNEL", channel: key.channel };
}

/** The admin's "last used" is exact to this much: a busy key is written at most once per interval. */
export const LAST_USED_INTERVAL_MS = 60_000;

/**
 * Records that a key was used, at most once a minute per key (the condition in the WHERE keeps
 * concurrent requests from writing it twice). It runs on its own, before the request's work and
 * outside its transaction, and never fails the request: a missed "last used" is not worth a refusal.
 */
async function noteKeyUsed(db: Db, id: string, lastUsedAt: Date | null, now = new Date()): Promise<void> {
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < LAST_USED_INTERVAL_MS) return;
  const stale = new Date(now.getTime() - LAST_USED_INTERVAL_MS);
  try {
    await db.apiKey.updateMany({ where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] }, data: { lastUsedAt: now } });
  } catch (e) {
    console.warn(`[api-key ${id}] could not record its last use`, e);
  }
}
