// An admin creates a user with a role (and a store for store associates) and an initial password.
import { hashPassword, type Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { fieldIssue, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { AUDITED_USER, assertStore } from "../access";
import { createUserSchema, type CreateUserInput } from "../schemas";

export { createUserSchema };
export type { CreateUserInput };

export async function createUser(tx: Tx, actor: Actor, input: CreateUserInput): Promise<{ id: string }> {
  const data = parseInput(createUserSchema, input);
  if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new ValidationError({ email: fieldIssue("EMAIL_TAKEN") });
  }
  await assertStore(tx, data.storeId);
  const user = await tx.user.create({
    data: {
      name: data.name,
      email: data.email,
      role: data.role,
      storeId: data.storeId ?? null,
      passwordHash: await hashPassword(data.password),
    },
    select: { id: true, ...AUDITED_USER },
  });
  const { id, ...after } = user;
  await recordAudit(tx, actor, { entityType: "User", entityId: id, action: "user.create", after });
  return { id };
}
