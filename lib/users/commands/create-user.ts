// An admin creates a user with a role (and a store for store associates) and an initial password.
import { z } from "zod";
import { hashPassword, type Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { fieldIssue, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { AUDITED_USER, assertStore, refineRoleStore, roleSchema, storeIdSchema } from "../access";

export const createUserSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    email: z.string().trim().toLowerCase().pipe(z.email()),
    role: roleSchema,
    storeId: storeIdSchema,
    password: z.string().min(10).max(200),
  })
  .superRefine(refineRoleStore);
export type CreateUserInput = z.input<typeof createUserSchema>;

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
