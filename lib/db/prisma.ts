// The one Prisma client of the process: embedded PGlite by default, a PostgreSQL server when
// DATABASE_URL is set. Domain commands never open connections; they receive a transaction client.
import { PrismaClient, Prisma } from "@/generated/prisma/client";
import { applyMigrations } from "./migrations";
import { openPglite, pgliteDir, pgliteRunner } from "./connections";
import { connectTimeoutMs, maybeSqlFor, pgSql, pgliteSql, registerSql, registerTxDatabase } from "./sql";
import { pgPoolStats, registerPoolStats } from "./pool-stats";

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

interface DbState {
  client: Promise<Db>;
  close: () => Promise<void>;
}

const globalForDb = globalThis as unknown as { __omsDb?: DbState };

async function openEmbedded(): Promise<{ client: Db; close: () => Promise<void> }> {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await openPglite(pgliteDir());
  await applyMigrations(pgliteRunner(pglite));
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const sql = pgliteSql(pglite);
  registerSql(client, sql);
  registerPoolStats(client, () => [sql.stats()]);
  return {
    client,
    close: async () => {
      await client.$disconnect();
      await pglite.close();
    },
  };
}

async function openServer(url: string): Promise<{ client: Db; close: () => Promise<void> }> {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const pg = (await import("pg")).default;
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  // Prisma's pool is ours, so its saturation can be read (lib/metrics). A connection attempt gives
  // up after DATABASE_CONNECT_TIMEOUT_MS, so a request made while the server is down fails fast (503) instead
  // of hanging; every later query tries again, so the app recovers by itself when it is back.
  const prismaPool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: connectTimeoutMs() });
  // An idle connection the server dropped must not take the process down.
  prismaPool.on("error", () => undefined);
  const client = new PrismaClient({ adapter: new PrismaPg(prismaPool, { disposeExternalPool: true }) });
  // The hot path's own pool (lib/db/sql.ts), beside Prisma's.
  const sql = await pgSql(url, max);
  registerSql(client, sql);
  registerPoolStats(client, () => [pgPoolStats("prisma", prismaPool), sql.stats()]);
  return {
    client,
    close: async () => {
      await client.$disconnect();
      await sql.close();
    },
  };
}

/** The process's database client, opened (and, when embedded, migrated) on first use. */
export function getDb(): Promise<Db> {
  if (!globalForDb.__omsDb) {
    const url = process.env.DATABASE_URL;
    const opened = url ? openServer(url) : openEmbedded();
    const state: DbState = {
      client: opened.then((o) => o.client),
      close: async () => (await opened).close(),
    };
    globalForDb.__omsDb = state;
    // A failed open (the database was down at start-up) is not kept: the next call tries again.
    opened.catch(() => {
      if (globalForDb.__omsDb === state) globalForDb.__omsDb = undefined;
    });
  }
  return globalForDb.__omsDb.client;
}

/** Replaces the process's client (tests hand in an in-memory database). */
export function setDb(client: Db, close: () => Promise<void> = () => client.$disconnect()): void {
  globalForDb.__omsDb = { client: Promise.resolve(client), close };
}

export async function closeDb(): Promise<void> {
  const state = globalForDb.__omsDb;
  globalForDb.__omsDb = undefined;
  if (state) await state.close();
}

export interface TxOptions {
  /** Run on this client instead of the process's one. */
  db?: Db;
  timeoutMs?: number;
  /** How long to wait for a free connection (a busy server queues transactions). */
  maxWaitMs?: number;
}

/** Runs one command (or a composition of commands) in one database transaction. */
export async function withTx<T>(fn: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
  const db = options.db ?? (await getDb());
  const sql = maybeSqlFor(db);
  // The transaction knows its database's runner, for in-memory caches only: a statement on the
  // runner inside this transaction would wait for it on the embedded database.
  const run = sql ? (tx: Tx) => (registerTxDatabase(tx, sql), fn(tx)) : fn;
  return db.$transaction(run, { timeout: options.timeoutMs ?? 30_000, maxWait: options.maxWaitMs ?? 30_000 });
}
