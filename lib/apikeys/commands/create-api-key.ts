// An admin creates an API key for a sales channel or for the nodes of a warehouse or store system.
// The key is returned once, to be shown to the admin; only its SHA-256 and a short prefix (so the
// admin can recognise it later) are stored, and the audit never holds either the key or its hash.
import { randomBytes } from "node:crypto";
import { hashApiKey, type Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { fieldIssue, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { createApiKeySchema, type CreateApiKeyInput, type CreatedApiKey } from "../schemas";

export { createApiKeySchema };
export type { CreateApiKeyInput };

/** Characters of the key kept in clear, enough to tell keys apart, far too few to guess the rest. */
export const API_KEY_PREFIX_LENGTH = 12;

/** A new secret: a readable scope marker and 32 random bytes (256 bits) in base64url. */
export function generateApiKey(scope: "CHANNEL" | "FULFILLMENT"): string {
  return `oms_${scope === "CHANNEL" ? "ch" : "ff"}_${randomBytes(32).toString("base64url")}`;
}

export async function createApiKey(tx: Tx, actor: Actor, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const data = parseInput(createApiKeySchema, input);
  const nodeIds = [...new Set(data.nodeIds)];
  const nodes = nodeIds.length > 0 ? await tx.node.findMany({ where: { id: { in: nodeIds } }, select: { id: true, code: true }, orderBy: { code: "asc" } }) : [];
  if (nodes.length !== nodeIds.length) throw new ValidationError({ nodeIds: fieldIssue("API_KEY_NODE_UNKNOWN") });

  const key = generateApiKey(data.scope);
  const prefix = key.slice(0, API_KEY_PREFIX_LENGTH);
  const created = await tx.apiKey.create({
    data: {
      name: data.name,
      scope: data.scope,
      channel: data.scope === "CHANNEL" ? data.channel : null,
      keyHash: hashApiKey(key),
      prefix,
      createdById: actor.kind === "user" ? actor.id : null,
      nodes: { create: nodes.map((n) => ({ nodeId: n.id })) },
    },
    select: { id: true, name: true, scope: true, channel: true, createdAt: true },
  });
  await recordAudit(tx, actor, {
    entityType: "ApiKey",
    entityId: created.id,
    action: "apikey.create",
    after: { name: created.name, scope: created.scope, channel: created.channel, nodes: nodes.map((n) => n.code), prefix, revokedAt: null },
  });
  return { id: created.id, name: created.name, prefix, key };
}
