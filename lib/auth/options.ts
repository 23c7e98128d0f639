// next-auth configuration: e-mail + password against hashed passwords, JWT sessions that carry the
// user id; role and store are re-read from the database on every request (see session.ts), so a
// deactivated user or a changed role takes effect at once.
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { authenticateUser } from "./credentials";

// next-auth ships CommonJS: Node's own ESM loader (plain scripts load this module through the auth
// context's entry) hands over the module object as its default export, bundlers the function.
const CredentialsProvider: typeof Credentials =
  typeof Credentials === "function" ? Credentials : (Credentials as unknown as { default: typeof Credentials }).default;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        return authenticateUser(await getDb(), raw);
      },
    }),
  ],
  callbacks: {
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
