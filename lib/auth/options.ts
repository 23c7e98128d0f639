// next-auth configuration: e-mail + password against hashed passwords, JWT sessions that carry the
// user id; role and store are re-read from the database on every request (see session.ts), so a
// deactivated user or a changed role takes effect at once.
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { clientAddress } from "@/lib/security";
import { safeCallbackUrl } from "./callback-url";
import { authenticateUser } from "./credentials";

// next-auth ships CommonJS: Node's own ESM loader (plain scripts load this module through the auth
// context's entry) hands over the module object as its default export, bundlers the function.
const CredentialsProvider: typeof Credentials =
  typeof Credentials === "function" ? Credentials : (Credentials as unknown as { default: typeof Credentials }).default;

/**
 * Refuses to run in production without a session secret (next-auth would sign sessions with a
 * value derived from its configuration). `npm start` makes one in .data/auth-secret; any other way
 * of starting the server must set NEXTAUTH_SECRET. Called when the server starts (instrumentation.ts).
 */
export function assertAuthSecret(env: Record<string, string | undefined> = process.env): void {
  if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET?.trim()) {
    throw new Error("NEXTAUTH_SECRET is not set: the server refuses to start in production without a session secret. Set NEXTAUTH_SECRET to a long random value (e.g. `openssl rand -hex 32`), or start with `npm start`, which creates one.");
  }
}

/** At server start: prints assertAuthSecret's message and ends the process when it refuses. */
export function exitWithoutAuthSecret(): void {
  try {
    assertAuthSecret();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}

/** Session cookies only over HTTPS (names prefixed __Secure-) when the site's URL is https. */
export function secureCookiesFor(env: Record<string, string | undefined> = process.env): boolean {
  return (env.NEXTAUTH_URL ?? "").toLowerCase().startsWith("https://");
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  useSecureCookies: secureCookiesFor(),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      // A throttled sign-in throws: next-auth hands its message (LOGIN_THROTTLED) to the form as the error.
      async authorize(raw, req) {
        return authenticateUser(await getDb(), raw, { clientAddress: clientAddress(req?.headers) });
      },
    }),
  ],
  callbacks: {
    // After signing in or out: only a path of this site, never another one (see callback-url.ts).
    redirect({ url, baseUrl }) {
      const path = safeCallbackUrl(url, baseUrl);
      return path ? new URL(baseUrl).origin + path : baseUrl;
    },
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
};
