// Public face of the database context.
export { getDb, setDb, closeDb, withTx } from "./client";
export type { Db, Tx, TxOptions } from "./client";
export { Prisma } from "@/generated/prisma/client";
export { databaseOf, epochMs, maybeSqlFor, sqlFor } from "./sql";
export type { Sql, SqlPool, WithEpochMs } from "./sql";
