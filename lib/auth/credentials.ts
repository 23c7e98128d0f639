// Checks an e-mail and password against the users table (used by the next-auth credentials login).
import type { Db } from "@/lib/db";
import { credentialsSchema } from "./credentials-schema";
import { verifyPassword } from "./password";

export { credentialsSchema };

/** The user's id and name when the credentials are right and the user active, else null. */
export async function authenticateUser(db: Db, raw: unknown): Promise<{ id: string; name: string; email: string } | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({ where: { email: parsed.data.email } });
  if (!user || !user.active) return null;
  if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, name: user.name, email: user.email };
}
