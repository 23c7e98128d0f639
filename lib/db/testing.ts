// Test databases: a fresh in-memory PGlite per test file with the real migrations applied, and
// a fresh database on the PostgreSQL server for tests that need many connections. Both start as
// copies of a database already migrated (templates-testing.ts).
import { randomBytes } from "node:crypto";
import { PrismaClient } from "@/generated/prisma/client";
import { applyMigrations } from "./migrations";
import { openPgRunner } from "./connections";
import type { Db } from "./prisma";
import { pgSql, pgliteSql, registerSql } from "./sql";
import { registerPoolStats } from "./pool-stats";
import { openMigratedPglite, serverTemplateFor, withDatabase } from "./templates-testing";

export interface TestDb {
  db: Db;
  close(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await openMigratedPglite();
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const sql = pgliteSql(pglite);
  registerSql(db, sql);
  registerPoolStats(db, () => [sql.stats()]);
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}

/** The server URL for server tests: TEST_DATABASE_URL, else the local server when it answers. */
export async function serverTestUrl(): Promise<string | null> {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const candidate = "postgresql://postgres@127.0.0.1:5432/postgres";
  try {
    const runner = await openPgRunner(candidate);
    await runner.close();
    return candidate;
  } catch {
    return null;
  }
}

export interface ServerTestDb extends TestDb {
  url: string;
  name: string;
}

/** Creates a fresh database on the server (optionally migrated); close() drops it. */
export async function createServerTestDb(baseUrl: string, options: { migrate?: boolean; poolSize?: number } = {}): Promise<ServerTestDb> {
  const name = `oms_test_${randomBytes(6).toString("hex")}`;
  const template = options.migrate !== false ? serverTemplateFor(baseUrl) : undefined;
  const admin = await openPgRunner(baseUrl);
  await admin.exec(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
  await admin.close();
  const url = withDatabase(baseUrl, name);
  if (options.migrate !== false && !template) {
    const runner = await openPgRunner(url);
    try {
      await applyMigrations(runner);
    } finally {
      await runner.close();
    }
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: options.poolSize ?? 20 }) });
  const sql = await pgSql(url, options.poolSize ?? 20);
  registerSql(db, sql);
  return {
    db,
    url,
    name,
    close: async () => {
      await db.$disconnect();
      await sql.close();
      const dropper = await openPgRunner(baseUrl);
      try {
        await dropper.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.close();
      }
    },
  };
}
