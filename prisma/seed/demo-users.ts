// The demo logins and API keys (one per channel, one fulfilment key) the seed creates. For local demos and tests only: the
// README lists them, and production databases are never seeded with them.
import type { Channel, Role } from "@/generated/prisma/enums";

export const DEMO_PASSWORD = "demo1234";

export interface DemoUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: Role;
  /** Store code a store associate is bound to; null for the other roles. */
  storeCode: string | null;
  locale: "en" | "fr";
}

export const DEMO_USERS: readonly DemoUser[] = [
  { id: "usr_agent", email: "agent@oms.demo", password: DEMO_PASSWORD, name: "Camille Laurent", role: "AGENT", storeCode: null, locale: "fr" },
  { id: "usr_store", email: "store@oms.demo", password: DEMO_PASSWORD, name: "Mathis Girard", role: "STORE_ASSOCIATE", storeCode: "ST-PAR-01", locale: "fr" },
  { id: "usr_store2", email: "store2@oms.demo", password: DEMO_PASSWORD, name: "Inès Bonnet", role: "STORE_ASSOCIATE", storeCode: "ST-LYO-01", locale: "fr" },
  { id: "usr_supply", email: "supply@oms.demo", password: DEMO_PASSWORD, name: "Thomas Nguyen", role: "SUPPLY_CHAIN", storeCode: null, locale: "en" },
  { id: "usr_admin", email: "admin@oms.demo", password: DEMO_PASSWORD, name: "Sophie Martin", role: "ADMIN", storeCode: null, locale: "en" },
];

export interface DemoApiKey {
  id: string;
  channel: Channel;
  name: string;
  /** The secret a channel sends as `Authorization: Bearer <key>`; only its SHA-256 is stored. */
  key: string;
}

export const DEMO_API_KEYS: readonly DemoApiKey[] = [
  { id: "key_web", channel: "WEB", name: "Web shop (demo)", key: "oms_demo_web_key" },
  { id: "key_mobile", channel: "MOBILE", name: "Mobile app (demo)", key: "oms_demo_mobile_key" },
  { id: "key_call_center", channel: "CALL_CENTER", name: "Call-centre telephony (demo)", key: "oms_demo_call_center_key" },
  { id: "key_store", channel: "STORE", name: "Store POS (demo)", key: "oms_demo_store_key" },
  { id: "key_marketplace", channel: "MARKETPLACE", name: "Marketplace connector (demo)", key: "oms_demo_marketplace_key" },
];

/**
 * A fulfilment key (scope FULFILLMENT) bound to every demo node, so one WMS or store-system demo can
 * report work anywhere. Real fulfilment keys are bound to the nodes of the system that holds them.
 */
export const DEMO_FULFILLMENT_API_KEY = { id: "key_fulfillment", name: "Warehouse and store systems (demo)", key: "oms_demo_fulfillment_key" } as const;

/** The stored prefix of a key (lets an admin recognise a key without revealing it). */
export const apiKeyPrefix = (key: string): string => key.slice(0, 12);

export function demoUser(email: string): DemoUser {
  const user = DEMO_USERS.find((u) => u.email === email);
  if (!user) throw new Error(`No demo user ${email}`);
  return user;
}

/** The customer of today's demo-store orders (prisma/seed/store-journeys.ts); the e2e suite tracks them. */
export const JOURNEY_CUSTOMER = { name: "Juliette Moreau", email: "juliette.moreau@example.test", phone: "+33 6 98 76 54 32" };
