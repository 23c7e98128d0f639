// The API keys as an admin manages them: what each is for (a channel, or the nodes of a warehouse or
// store system), its prefix, who created it, when it was last used, and who revoked it, when and why.
import type { ApiKeyScope, Channel } from "@/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";

export interface ApiKeyListItem {
  id: string;
  name: string;
  scope: ApiKeyScope;
  channel: Channel | null;
  nodes: Array<{ code: string; name: string }>;
  prefix: string;
  createdAt: Date;
  createdBy: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokeReason: string | null;
}

export interface KeyNodeChoice {
  id: string;
  code: string;
  name: string;
  type: "DC" | "STORE";
  active: boolean;
}

/** Active keys first (newest first), then revoked ones (most recently revoked first). */
export async function listApiKeys(db: Db | Tx, actor: Actor): Promise<ApiKeyListItem[]> {
  authorize(actor, "apikey.manage");
  const keys = await db.apiKey.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
    take: 1000,
    select: {
      id: true,
      name: true,
      scope: true,
      channel: true,
      prefix: true,
      createdAt: true,
      createdById: true,
      lastUsedAt: true,
      revokedAt: true,
      revokedById: true,
      nodes: { select: { node: { select: { code: true, name: true } } }, orderBy: { node: { code: "asc" } } },
    },
  });
  const userIds = [...new Set(keys.flatMap((k) => [k.createdById, k.revokedById]).filter((id): id is string => !!id))];
  const users = userIds.length ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  const revokedIds = keys.filter((k) => k.revokedAt).map((k) => k.id);
  const revocations = revokedIds.length
    ? await db.auditEvent.findMany({
        where: { entityType: "ApiKey", entityId: { in: revokedIds }, action: "apikey.revoke" },
        orderBy: { createdAt: "desc" },
        select: { entityId: true, reason: true, actorName: true },
      })
    : [];
  const revocation = new Map<string, { reason: string | null; actorName: string }>();
  for (const r of revocations) if (!revocation.has(r.entityId)) revocation.set(r.entityId, r);
  return keys.map((k) => ({
    id: k.id,
    name: k.name,
    scope: k.scope,
    channel: k.channel,
    nodes: k.nodes.map((n) => n.node),
    prefix: k.prefix,
    createdAt: k.createdAt,
    // A user deleted since still has their name in the audit trail; the key list says who if it can.
    createdBy: k.createdById ? (names.get(k.createdById) ?? null) : null,
    lastUsedAt: k.lastUsedAt,
    revokedAt: k.revokedAt,
    revokedBy: k.revokedById ? (names.get(k.revokedById) ?? revocation.get(k.id)?.actorName ?? null) : (revocation.get(k.id)?.actorName ?? null),
    revokeReason: revocation.get(k.id)?.reason ?? null,
  }));
}

/** The nodes a fulfilment key may be bound to (the create form's choices). */
export async function listKeyNodeChoices(db: Db | Tx, actor: Actor): Promise<KeyNodeChoice[]> {
  authorize(actor, "apikey.manage");
  return db.node.findMany({ orderBy: [{ type: "asc" }, { code: "asc" }], select: { id: true, code: true, name: true, type: true, active: true } });
}
