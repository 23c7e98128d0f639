// Server entry of the database context: the process's Prisma client (prisma.ts), transactions, the
// hot path's SQL runner and row ids. The database is server-only, so this context has no client entry.
export { getDb, setDb, closeDb, withTx } from "./prisma";
export type { Db, Tx, TxOptions } from "./prisma";
export { Prisma } from "@/generated/prisma/client";
export { databaseOf, epochMs, maybeSqlFor, sqlFor } from "./sql";
export type { Sql, SqlPool, WithEpochMs } from "./sql";
export { newId } from "./ids";
export { asServiceUnavailable, isDatabaseUnavailable } from "./unavailable";
export { poolStats, type PoolStats } from "./pool-stats";
export { LIVE_MAX_AGE_MS, liveCached } from "./live-cache";
// ---- for scripts that open, migrate or time a database themselves
export { DEFAULT_PGLITE_DIR, openPglite, openPgRunner, pgliteDir, pgliteRunner } from "./connections";
export { applyMigrations, readMigrations, MigrationError, MIGRATIONS_DIR } from "./migrations";
export type { Migration, SqlRunner } from "./migrations";
export { pgSql, pgliteSql, registerSql } from "./sql";
