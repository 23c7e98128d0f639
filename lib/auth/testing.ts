// Test helper for edges (server actions, route handlers): users of every role in the test database,
// so a test can sign in as one by making next-auth's getServerSession return that user's id.
// The real requireActor() and permission table then decide; nothing about access is faked.
import type { Db } from "@/lib/db";

export const TEST_USERS = {
  AGENT: { id: "t-agent", email: "t-agent@test", name: "Test Agent", role: "AGENT" as const, storeId: null as string | null },
  STORE_ASSOCIATE: { id: "t-store", email: "t-store@test", name: "Test Associate", role: "STORE_ASSOCIATE" as const, storeId: null as string | null },
  SUPPLY_CHAIN: { id: "t-supply", email: "t-supply@test", name: "Test Supply", role: "SUPPLY_CHAIN" as const, storeId: null as string | null },
  ADMIN: { id: "t-admin", email: "t-admin@test", name: "Test Admin", role: "ADMIN" as const, storeId: null as string | null },
};

/** Creates one user per role; the store associate works at `storeId` when given. */
export async function createRoleUsers(db: Db, options: { storeId?: string } = {}): Promise<void> {
  await db.user.createMany({
    data: Object.values(TEST_USERS).map((u) => ({ ...u, storeId: u.role === "STORE_ASSOCIATE" ? options.storeId ?? null : null, passwordHash: "not-used" })),
    skipDuplicates: true,
  });
}
