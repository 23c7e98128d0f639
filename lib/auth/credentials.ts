// Checks an e-mail and password against the users table (used by the next-auth credentials login).
// Failures are throttled per account and per client address (successes never count, so many
// sign-ins of the same people from one office are fine), and every attempt that reaches the users
// table runs one bcrypt comparison, known e-mail or not, so neither the answer nor its timing tells
// which staff e-mails exist.
import type { Db } from "@/lib/db";
import { hit, peek, reset } from "@/lib/security";
import { credentialsSchema } from "./credentials-schema";
import { verifyPassword } from "./password";

export { credentialsSchema };

const MINUTE = 60_000;

/** Failed sign-ins allowed per window, for one account (e-mail) and for one client address. */
export const LOGIN_LIMITS = {
  account: { limit: 5, windowMs: 15 * MINUTE },
  address: { limit: 20, windowMs: 15 * MINUTE },
} as const;

/** Too many failed sign-ins: the login page says so (its code reaches the form as next-auth's error). */
export class LoginThrottledError extends Error {
  static readonly code = "LOGIN_THROTTLED";
  constructor(readonly retryAfterSeconds: number) {
    super(LoginThrottledError.code);
    this.name = "LoginThrottledError";
  }
}

// A bcrypt hash (cost 10, like the stored ones) of a random secret nobody knows: an unknown e-mail
// is compared against it so it costs the same time as a known one.
const DUMMY_HASH = "$2b$10$8cA1EA32wWK/ycbFLQWcX.R5Ou/wtBvsCOPhL5xt72m0GH5IVfiJa";

const accountKey = (email: string) => `login:account:${email}`;
const addressKey = (address: string) => `login:ip:${address}`;

export interface LoginContext {
  /** The client's address (see lib/security clientAddress); "unknown" when there is none. */
  clientAddress?: string;
  now?: Date;
}

/**
 * The user's id and name when the credentials are right and the user active, else null.
 * Throws LoginThrottledError when the account or the address has failed too often lately.
 */
export async function authenticateUser(db: Db, raw: unknown, context: LoginContext = {}): Promise<{ id: string; name: string; email: string } | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = [
    { key: accountKey(email), rule: LOGIN_LIMITS.account },
    { key: addressKey(context.clientAddress ?? "unknown"), rule: LOGIN_LIMITS.address },
  ];
  const now = context.now ?? new Date();
  const refusals = (await Promise.all(keys.map(({ key, rule }) => peek(key, { ...rule, db, now })))).filter((d) => !d.allowed);
  if (refusals.length) throw new LoginThrottledError(Math.max(...refusals.map((d) => d.retryAfterSeconds)));

  const user = await db.user.findUnique({ where: { email } });
  const passwordRight = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.active || !passwordRight) {
    for (const { key, rule } of keys) await hit(key, { ...rule, db, now });
    return null;
  }
  await reset(accountKey(email), { db });
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, name: user.name, email: user.email };
}
