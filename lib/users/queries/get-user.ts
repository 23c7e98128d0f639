// One user for the admin's edit page (never the password hash).
import { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/http";

export const getUserSchema = z.object({ id: z.string().min(1).max(64) });
export type GetUserInput = z.input<typeof getUserSchema>;

export interface UserDetail {
  id: string;
  name: string;
  email: string;
  role: Role;
  storeId: string | null;
  store: { code: string; name: string } | null;
  active: boolean;
  version: number;
  createdAt: Date;
  lastLoginAt: Date | null;
}

export async function getUser(db: Db | Tx, _actor: Actor | null, input: GetUserInput): Promise<UserDetail> {
  const { id } = parseInput(getUserSchema, input);
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      storeId: true,
      store: { select: { code: true, name: true } },
      active: true,
      version: true,
      createdAt: true,
      lastLoginAt: true,
    },
  });
  if (!user) throw new NotFoundError("user", id);
  return user;
}
