// Applies prisma/migrations/*/migration.sql in order, each in its own transaction, and records them
// in Prisma's _prisma_migrations table exactly as `prisma migrate deploy` would, so that
// `prisma migrate status` agrees. One route for the embedded PGlite database and for PostgreSQL
// servers: Prisma's own migrate commands cannot talk to a server through the pg driver adapter
// (prisma/orm issue 27403). Remove the server half of this once that is fixed upstream.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The few SQL capabilities the runner needs; PGlite and node-postgres both provide them. */
export interface SqlRunner {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs one statement with $1.. parameters and returns its rows. */
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export const MIGRATIONS_DIR = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

/**
 * Applies the migrations not yet recorded. Refuses to go on when an applied migration's file has
 * changed since (checksum mismatch) or a previous run failed half-way, as Prisma does.
 * Returns the names it applied.
 */
export async function applyMigrations(db: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  await db.exec(CREATE_TABLE);
  const rows = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
  );
  const applied = new Map(rows.filter((r) => !r.rolled_back_at).map((r) => [r.migration_name, r]));
  const done: string[] = [];
  for (const m of migrations) {
    const row = applied.get(m.name);
    if (row) {
      if (!row.finished_at) throw new MigrationError(`Migration ${m.name} failed earlier; fix the database and mark it rolled back.`);
      if (row.checksum !== m.checksum) throw new MigrationError(`Migration ${m.name} was changed after it was applied.`);
      continue;
    }
    await db.exec("BEGIN");
    try {
      await db.exec(m.sql);
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, NULL, now(), 1)`,
        [randomUUID(), m.checksum, m.name],
      );
      await db.exec("COMMIT");
    } catch (e) {
      await db.exec("ROLLBACK");
      throw new MigrationError(`Migration ${m.name} failed: ${(e as Error).message}`);
    }
    done.push(m.name);
  }
  return done;
}
