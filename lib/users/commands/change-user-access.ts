// An admin changes a user's role and store. An admin cannot take the admin role away from
// themself, so the last admin never locks everyone out by accident.
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ConflictError, fieldIssue, NotFoundError, RuleViolation } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { AUDITED_USER, assertStore } from "../access";
import { changeUserAccessSchema, type ChangeUserAccessInput } from "../schemas";

export { changeUserAccessSchema };
export type { ChangeUserAccessInput };

export async function changeUserAccess(tx: Tx, actor: Actor, input: ChangeUserAccessInput): Promise<{ id: string; version: number }> {
  const data = parseInput(changeUserAccessSchema, input);
  const user = await tx.user.findUnique({ where: { id: data.userId }, select: { id: true, ...AUDITED_USER } });
  if (!user) throw new NotFoundError("user", data.userId);
  if (user.version !== data.version) throw new ConflictError();
  if (actor.kind === "user" && actor.id === user.id && data.role !== "ADMIN") {
    throw new RuleViolation("SELF_DEMOTION", undefined, { role: fieldIssue("SELF_DEMOTION") });
  }
  await assertStore(tx, data.storeId);
  const changes = { role: data.role, storeId: data.storeId ?? null };
  const { count } = await tx.user.updateMany({ where: { id: user.id, version: data.version }, data: { ...changes, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError();
  const { id, ...before } = user;
  await recordAudit(tx, actor, {
    entityType: "User",
    entityId: id,
    action: "user.access.change",
    before,
    after: { ...before, ...changes, version: user.version + 1 },
  });
  return { id, version: user.version + 1 };
}
