// An admin deactivates a user (who can no longer sign in, effective on their next request) or
// reactivates them. Nobody can deactivate themself.
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError, RuleViolation } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { AUDITED_USER } from "../access";
import { setUserActiveSchema, type SetUserActiveInput } from "../schemas";

export { setUserActiveSchema };
export type { SetUserActiveInput };

export async function setUserActive(tx: Tx, actor: Actor, input: SetUserActiveInput): Promise<{ id: string; version: number }> {
  const data = parseInput(setUserActiveSchema, input);
  const user = await tx.user.findUnique({ where: { id: data.userId }, select: { id: true, ...AUDITED_USER } });
  if (!user) throw new NotFoundError("user", data.userId);
  if (user.version !== data.version) throw new ConflictError();
  if (!data.active && actor.kind === "user" && actor.id === user.id) {
    throw new RuleViolation("SELF_DEACTIVATION");
  }
  const { count } = await tx.user.updateMany({ where: { id: user.id, version: data.version }, data: { active: data.active, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError();
  const { id, ...before } = user;
  await recordAudit(tx, actor, {
    entityType: "User",
    entityId: id,
    action: data.active ? "user.reactivate" : "user.deactivate",
    reason: data.reason || null,
    before,
    after: { ...before, active: data.active, version: user.version + 1 },
  });
  return { id, version: user.version + 1 };
}
