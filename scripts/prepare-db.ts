// Brings the database up to date before the server starts (PGlite allows one process per folder,
// so this runs and closes before `next start` opens it): migrations, then the demo world when it is
// wanted, then a refusal to go on in production while demo credentials would let anyone in.
//
// Seeding: the embedded database (no DATABASE_URL) gets the demo world on its first start, so
// `npm start` shows a working demo. A PostgreSQL server is never seeded unless asked: OMS_SEED=demo
// (or `npm run db:seed`); an empty server stays empty. OMS_SEED=off leaves an embedded one empty too.
// OMS_RESEED=1 wipes and reseeds either.
import { applyMigrations, openPgRunner, openPglite, pgliteDir, pgliteRunner, closeDb, getDb, type Db } from "@/lib/db";
import { hashApiKey, verifyPassword } from "@/lib/auth";
import { DEMO_API_KEYS, DEMO_FULFILLMENT_API_KEY, DEMO_USERS } from "@/prisma/seed/demo-users";
import { seedDemoWorld, SMALL_SCALE } from "@/prisma/seed/world";

/**
 * The demo logins still on their published password and the demo API keys not revoked, described
 * for a message; empty when none is left.
 */
export async function findDemoCredentials(db: Db): Promise<string[]> {
  const found: string[] = [];
  const users = await db.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) }, active: true }, select: { email: true, passwordHash: true } });
  for (const demo of DEMO_USERS) {
    const user = users.find((u) => u.email === demo.email);
    if (user && (await verifyPassword(demo.password, user.passwordHash))) found.push(`${demo.email} (demo password)`);
  }
  const demoKeys = [...DEMO_API_KEYS, DEMO_FULFILLMENT_API_KEY];
  const keys = await db.apiKey.findMany({ where: { keyHash: { in: demoKeys.map((k) => hashApiKey(k.key)) }, revokedAt: null }, select: { name: true } });
  for (const key of keys) found.push(`API key "${key.name}"`);
  return found;
}

async function migrate(log: (message: string) => void): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const runner = await openPgRunner(url);
    try {
      const applied = await applyMigrations(runner);
      if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);
    } finally {
      await runner.close();
    }
  } else {
    const pglite = await openPglite(pgliteDir());
    try {
      const applied = await applyMigrations(pgliteRunner(pglite));
      if (applied.length) log(`Applied migrations to ${pgliteDir()}: ${applied.join(", ")}`);
    } finally {
      await pglite.close();
    }
  }
}

export async function prepareDatabase({ log }: { log: (message: string) => void }): Promise<void> {
  await migrate(log);
  const server = Boolean(process.env.DATABASE_URL);
  const db = await getDb();
  try {
    const nodes = await db.node.count();
    const reseed = process.env.OMS_RESEED === "1";
    const requested = process.env.OMS_SEED === "demo";
    const firstEmbeddedStart = !server && nodes === 0 && process.env.OMS_SEED !== "off";
    if (reseed || (nodes === 0 && (requested || firstEmbeddedStart))) {
      const started = Date.now();
      log(reseed ? "Re-seeding the demo world…" : "Seeding the demo world (first start)…");
      await seedDemoWorld(db, { reset: reseed, scale: process.env.SEED_SCALE === "small" ? SMALL_SCALE : undefined, log });
      log(`Demo world ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    } else if (nodes === 0 && server) {
      log("The database in DATABASE_URL is empty and was not seeded. For the demo world with its demo logins, start with OMS_SEED=demo or run `npm run db:seed`.");
    }
    if (process.env.NODE_ENV === "production") {
      const demo = await findDemoCredentials(db);
      if (demo.length) {
        throw new Error(
          `Refusing to start with NODE_ENV=production: the database still has demo credentials anyone can read in the README: ${demo.join(", ")}. ` +
            "Change those users' passwords or deactivate them and revoke those API keys (Admin > Users, Admin > API keys), or run without NODE_ENV=production for a demo.",
        );
      }
    }
  } finally {
    await closeDb();
  }
}
