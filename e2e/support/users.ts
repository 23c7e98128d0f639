// The demo logins the e2e suite signs in with (the same ones the README lists).
import { DEMO_USERS } from "../../prisma/seed/demo-users";

export type Persona = "agent" | "store" | "store2" | "supply" | "admin";

export function demoUser(persona: Persona) {
  const email = `${persona}@oms.demo`;
  const user = DEMO_USERS.find((u) => u.email === email);
  if (!user) throw new Error(`No demo user ${email}`);
  return user;
}

export const storageState = (persona: Persona) => (process.env.E2E_OUT ? `${process.env.E2E_OUT}/auth/${persona}.json` : `e2e/.auth/${persona}.json`);
