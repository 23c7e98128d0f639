// Users as an admin manages them: who, which role and store, active, last sign-in.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const listUsersSchema = z.object({
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()),
  role: z.preprocess(emptyToUndefined, z.enum(Role).optional()),
  status: z.preprocess(emptyToUndefined, z.enum(["active", "inactive"]).optional()),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListUsersInput = z.input<typeof listUsersSchema>;

export interface UserListItem {
  id: string;
  name: string;
  email: string;
  role: Role;
  store: { id: string; code: string; name: string } | null;
  active: boolean;
  lastLoginAt: Date | null;
}

export async function listUsers(
  db: Db | Tx,
  _actor: Actor | null,
  input: ListUsersInput = {},
): Promise<{ items: UserListItem[]; total: number; page: number; pageSize: number }> {
  const { q, role, status, page, pageSize } = parseInput(listUsersSchema, input);
  const where: Prisma.UserWhereInput = {
    ...(role ? { role } : {}),
    ...(status ? { active: status === "active" } : {}),
    ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] } : {}),
  };
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ active: "desc" }, { name: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, name: true, email: true, role: true, active: true, lastLoginAt: true, store: { select: { id: true, code: true, name: true } } },
    }),
    db.user.count({ where }),
  ]);
  return { items, total, page, pageSize };
}
