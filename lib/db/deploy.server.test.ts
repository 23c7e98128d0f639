// `npm run db:deploy` against an empty server database creates the same schema as the embedded one,
// and Prisma's own `migrate status` agrees that nothing is pending.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openPgRunner, openPglite, pgliteRunner } from "./connections";
import { applyMigrations, type SqlRunner } from "./migrations";
import { SERVER_URL } from "./server-tests";
import { createServerTestDb, type ServerTestDb } from "./testing";

const run = promisify(execFile);

const SCHEMA_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`,
  // PostgreSQL 17 (PGlite) also lists NOT NULL as constraints; is_nullable above covers them.
  constraints: `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype <> 'n' ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`,
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY 1, 3`,
};

async function describeSchema(db: SqlRunner) {
  const out: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(SCHEMA_QUERIES)) out[name] = await db.query(sql);
  return out;
}

describe.skipIf(!SERVER_URL)("db:deploy on the PostgreSQL server", () => {
  let server: ServerTestDb;
  afterAll(async () => {
    await server?.close();
  });

  it("creates the same schema as the embedded database and prisma migrate status agrees", async () => {
    server = await createServerTestDb(SERVER_URL!, { migrate: false });
    const env = { ...process.env, DATABASE_URL: server.url };
    const deploy = await run("npx", ["tsx", "scripts/db-deploy.ts"], { env, timeout: 120_000 });
    expect(deploy.stdout).toMatch(/applied: 2026/);

    const again = await run("npx", ["tsx", "scripts/db-deploy.ts"], { env, timeout: 120_000 });
    expect(again.stdout).toMatch(/0 applied/);

    const status = await run("npx", ["prisma", "migrate", "status"], { env, timeout: 120_000 });
    expect(status.stdout).toMatch(/Database schema is up to date/);

    const pglite = await openPglite();
    await applyMigrations(pgliteRunner(pglite));
    const embedded = await describeSchema(pgliteRunner(pglite));
    await pglite.close();
    const runner = await openPgRunner(server.url);
    const onServer = await describeSchema(runner);
    await runner.close();
    expect((onServer.columns as unknown[]).length).toBeGreaterThan(100);
    expect(onServer).toEqual(embedded);
  });
});
