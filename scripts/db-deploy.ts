// `npm run db:deploy`: applies prisma/migrations to the database in DATABASE_URL (a PostgreSQL
// server), or to the embedded folder when it is unset. Same files, same _prisma_migrations records
// as `prisma migrate deploy`, which cannot reach a server through the pg driver adapter yet
// (prisma/orm issue 27403).
import { applyMigrations, readMigrations, openPgRunner, openPglite, pgliteDir, pgliteRunner } from "@/lib/db";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const target = url ? new URL(url).host + new URL(url).pathname : pgliteDir();
  const all = readMigrations();
  let applied: string[];
  if (url) {
    const runner = await openPgRunner(url);
    try {
      applied = await applyMigrations(runner, all);
    } finally {
      await runner.close();
    }
  } else {
    const pglite = await openPglite(pgliteDir());
    try {
      applied = await applyMigrations(pgliteRunner(pglite), all);
    } finally {
      await pglite.close();
    }
  }
  console.log(`${target}: ${all.length} migration(s) found, ${applied.length} applied${applied.length ? ": " + applied.join(", ") : ""}.`);
  console.log("Database schema is up to date.");
}

main().catch((e) => {
  console.error(`Migration failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
