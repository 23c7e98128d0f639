// An admin revokes an API key, with a reason. The key stops working on its very next request (every
// request looks the key up), and a revoked key is never brought back: the system gets a new one.
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { NotFoundError, RuleViolation } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { revokeApiKeySchema, type RevokeApiKeyInput } from "../schemas";

export { revokeApiKeySchema };
export type { RevokeApiKeyInput };

export async function revokeApiKey(tx: Tx, actor: Actor, input: RevokeApiKeyInput): Promise<{ id: string; revokedAt: Date }> {
  const data = parseInput(revokeApiKeySchema, input);
  const key = await tx.apiKey.findUnique({ where: { id: data.id }, select: { id: true, name: true, revokedAt: true, revokedById: true } });
  if (!key) throw new NotFoundError("apiKey", data.id);
  if (key.revokedAt) throw new RuleViolation("API_KEY_ALREADY_REVOKED", { revokedAt: key.revokedAt.toISOString() });
  const revokedAt = new Date();
  const revokedById = actor.kind === "user" ? actor.id : null;
  // Conditional on "not revoked yet": two admins revoking at once record one revocation.
  const { count } = await tx.apiKey.updateMany({ where: { id: key.id, revokedAt: null }, data: { revokedAt, revokedById } });
  if (count === 0) throw new RuleViolation("API_KEY_ALREADY_REVOKED");
  await recordAudit(tx, actor, {
    entityType: "ApiKey",
    entityId: key.id,
    action: "apikey.revoke",
    reason: data.reason,
    before: { name: key.name, revokedAt: null, revokedById: null },
    after: { name: key.name, revokedAt, revokedById },
  });
  return { id: key.id, revokedAt };
}
