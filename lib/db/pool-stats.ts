// How busy each connection pool of a database is, for the metrics (pool saturation): connections
// open, idle, and queries waiting for one. On a server: Prisma's pg pool and the hot path's pool.
// PGlite is one in-process connection: it reads as a pool of one, busy while a query runs.
export interface PoolStats {
  /** "prisma" or "sql" (the hot path's runner, lib/db/sql.ts). */
  pool: string;
  max: number;
  total: number;
  idle: number;
  waiting: number;
}

/** What node-postgres' Pool tells about itself. */
export interface PgPoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max?: number };
}

export function pgPoolStats(pool: string, p: PgPoolLike): PoolStats {
  return { pool, max: p.options.max ?? 10, total: p.totalCount, idle: p.idleCount, waiting: p.waitingCount };
}

const globals = globalThis as unknown as { __omsPoolStats?: WeakMap<object, () => PoolStats[]> };
const registry = (globals.__omsPoolStats ??= new WeakMap());

/** Ties a reader of pool figures to a database client. */
export function registerPoolStats(db: object, read: () => PoolStats[]): void {
  registry.set(db, read);
}

/** The pools of this client's database, as they are now (empty when unknown). */
export function poolStats(db: object): PoolStats[] {
  return registry.get(db)?.() ?? [];
}
