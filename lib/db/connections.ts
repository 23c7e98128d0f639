// Raw connections for the migration runner and scripts: PGlite (embedded) or node-postgres (server).
import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { SqlRunner } from "./migrations";

export const DEFAULT_PGLITE_DIR = ".data/pglite";

export function pgliteDir(): string {
  // The data folder is chosen at run time; the bundler must not trace the project from it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.PGLITE_DIR ?? DEFAULT_PGLITE_DIR);
}

/** Opens a PGlite database: a folder path, or in memory when dir is undefined. */
export async function openPglite(dir?: string): Promise<PGlite> {
  const { PGlite } = await import("@electric-sql/pglite");
  if (dir) fs.mkdirSync(path.dirname(dir), { recursive: true });
  const db = dir ? new PGlite(dir) : new PGlite();
  await db.waitReady;
  return db;
}

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <T,>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
  };
}

export async function openPgRunner(url: string): Promise<SqlRunner & { close(): Promise<void> }> {
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <T,>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    close: () => client.end(),
  };
}
