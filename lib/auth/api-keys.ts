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
  if (key.scope === "FULFILLMENT") {
    const nodes = await db.apiKeyNode.findMany({ where: { apiKeyId: key.id }, select: { nodeId: true } });
    return { kind: "apiKey", id: key.id, name: key.name, role: "FULFILLMENT", nodeIds: nodes.map((n) => n.nodeId) };
  }
  if (!key.channel) throw new UnauthenticatedError("API_KEY_UNKNOWN");
  return { kind: "apiKey", id: key.id, name: key.name, role: "CHANNEL", channel: key.channel };
}
