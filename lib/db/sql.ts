// The hot path's SQL runner: a few plain statements per command, without Prisma's query layer
// (docs/performance.md has the measurements behind this). Two implementations with one face:
// a node-postgres pool on a server, PGlite's own query/transaction on the embedded default.
// Prisma still owns the schema, the migrations and every ordinary read and write; the runner is
// registered beside each Prisma client, so `sqlFor(db)` finds the one that talks to its database.
import type { PGlite } from "@electric-sql/pglite";
import type { Db, Tx } from "./prisma";
import { pgPoolStats, type PoolStats } from "./pool-stats";

/**
 * Runs one statement with $1.. parameters and returns its rows. A `name` makes it a prepared
 * statement on a server connection (parsed and planned once per connection, not once per call);
 * the same name must always come with the same text.
 */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[], name?: string): Promise<T[]>;
}

export interface SqlPool extends Sql {
  /** Runs `fn` in one transaction (READ COMMITTED): committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** Statements sent since the pool opened (BEGIN and COMMIT included): the statement budget's counter. */
  readonly statements: number;
  /** Connections open, idle and awaited now (the metrics' pool saturation). */
  stats(): PoolStats;
  close(): Promise<void>;
}

// On globalThis, like the Prisma client itself (lib/db/prisma.ts): the server's bundles each load
// their own copy of this module, and all of them must find the one runner of the database.
const globals = globalThis as unknown as { __omsSql?: { registry: WeakMap<object, SqlPool>; ofTransactions: WeakMap<object, SqlPool> } };
globals.__omsSql ??= { registry: new WeakMap(), ofTransactions: new WeakMap() };
const { registry, ofTransactions } = globals.__omsSql;

/** Ties a runner to a Prisma client: both talk to the same database. */
export function registerSql(db: Db, sql: SqlPool): void {
  registry.set(db, sql);
}

/** A Prisma transaction's database runner, for the in-memory caches kept per database (never for statements). */
export function registerTxDatabase(tx: Tx, sql: SqlPool): void {
  ofTransactions.set(tx, sql);
}

/**
 * The key of the per-database caches for a client or a transaction. Never run a statement on it
 * from inside a Prisma transaction: on the embedded database it would wait for that transaction.
 */
export function databaseOf(dbOrTx: object): SqlPool | undefined {
  return registry.get(dbOrTx) ?? ofTransactions.get(dbOrTx);
}

/** The runner of this client's database, or undefined for a transaction client or an unregistered one. */
export function maybeSqlFor(db: object): SqlPool | undefined {
  return registry.get(db);
}

/** The runner of this Prisma client's database. */
export function sqlFor(db: Db): SqlPool {
  const sql = registry.get(db);
  if (!sql) throw new Error("This database client has no SQL runner; open it with getDb(), createTestDb() or createServerTestDb().");
  return sql;
}

/** PGlite is one connection: its transaction() queues every other query until it ends. */
export function pgliteSql(pglite: PGlite): SqlPool {
  let statements = 0;
  // Calls under way: the one connection runs one, the others wait for it.
  let active = 0;
  const counted = async <T,>(run: () => Promise<T>): Promise<T> => {
    active += 1;
    try {
      return await run();
    } finally {
      active -= 1;
    }
  };
  return {
    get statements() {
      return statements;
    },
    stats: () => ({ pool: "sql", max: 1, total: 1, idle: active === 0 ? 1 : 0, waiting: Math.max(0, active - 1) }),
    async query<T>(text: string, params?: unknown[]) {
      statements += 1;
      return counted(async () => (await pglite.query<T>(text, params)).rows);
    },
    async transaction<T>(fn: (sql: Sql) => Promise<T>) {
      statements += 2;
      return counted(() => pglite.transaction(async (tx) =>
        fn({
          async query<R>(text: string, params?: unknown[]) {
            statements += 1;
            return (await tx.query<R>(text, params)).rows;
          },
        }),
      ));
    },
    close: async () => undefined,
  };
}

/** How long a query waits for a connection (DATABASE_CONNECT_TIMEOUT_MS, default 10 s). */
export function connectTimeoutMs(): number {
  const ms = Number(process.env.DATABASE_CONNECT_TIMEOUT_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : 10_000;
}

/** A node-postgres pool of `max` connections. */
export async function pgSql(connectionString: string, max: number): Promise<SqlPool> {
  const pg = (await import("pg")).default;
  // Waiting for a connection gives up after a while (the database is down): the caller gets a 503.
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: connectTimeoutMs() });
  // An idle connection the server dropped must not take the process down.
  pool.on("error", () => undefined);
  let statements = 0;
  return {
    get statements() {
      return statements;
    },
    stats: () => pgPoolStats("sql", pool),
    async query<T>(text: string, params?: unknown[], name?: string) {
      statements += 1;
      return (await pool.query(name ? { name, text, values: params } : { text, values: params })).rows as T[];
    },
    async transaction<T>(fn: (sql: Sql) => Promise<T>) {
      const client = await pool.connect();
      let broken = false;
      // A connection lost between two statements fails the next one; it must not take the process down.
      const onError = () => (broken = true);
      client.on("error", onError);
      try {
        statements += 1;
        await client.query("BEGIN");
        const result = await fn({
          async query<R>(text: string, params?: unknown[], name?: string) {
            statements += 1;
            return (await client.query(name ? { name, text, values: params } : { text, values: params })).rows as R[];
          },
        });
        statements += 1;
        await client.query("COMMIT");
        return result;
      } catch (e) {
        try {
          statements += 1;
          await client.query("ROLLBACK");
        } catch {
          broken = true;
        }
        throw e;
      } finally {
        client.off("error", onError);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/** A timestamp column as milliseconds since the epoch, for rows read as JSON (which has no dates). */
export const epochMs = (column: string): string => `(extract(epoch FROM ${column}) * 1000)::float8`;

/** A row type with its dates as `epochMs` reads them. */
export type WithEpochMs<T> = { [K in keyof T]: T[K] extends Date ? number : T[K] extends Date | null ? number | null : T[K] };
