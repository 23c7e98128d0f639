// Brings the database up to date before the server starts (PGlite allows one process per folder,
// so this runs and closes before `next start` opens it): migrations, then the demo world if empty.
import { applyMigrations, openPgRunner, openPglite, pgliteDir, pgliteRunner, closeDb, getDb } from "@/lib/db";
import { seedDemoWorld, SMALL_SCALE } from "@/prisma/seed/world";

export async function prepareDatabase({ log }: { log: (message: string) => void }): Promise<void> {
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
  const db = await getDb();
  try {
    const nodes = await db.node.count();
    const reseed = process.env.OMS_RESEED === "1";
    if (nodes === 0 || reseed) {
      const started = Date.now();
      log(reseed ? "Re-seeding the demo world…" : "Seeding the demo world (first start)…");
      await seedDemoWorld(db, { reset: reseed, scale: process.env.SEED_SCALE === "small" ? SMALL_SCALE : undefined, log });
      log(`Demo world ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  } finally {
    await closeDb();
  }
}
