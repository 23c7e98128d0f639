// Test helpers for the access matrix and the hostile-input tests: the app's pages, route handlers
// and server actions found on disk (never a hand list), a world with a caller of every kind, and a
// fingerprint of the whole database to prove a refusal changed nothing.
import fs from "node:fs";
import path from "node:path";
import { setDb, type Db } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildWorld } from "@/lib/orders/testing";
import { createFulfillmentApiKey, createTestApiKeys, TEST_KEYS } from "@/lib/api/testing";
import { createRoleUsers, TEST_USERS } from "./testing";
import type { MethodName, Personas } from "./access-matrix";

// The expected table, for the hostile-input tests of other contexts (which pick an allowed caller from it).
export { ACTION_MATRIX, ROUTE_MATRIX } from "./access-matrix";
export type { MethodName, SessionAccess } from "./access-matrix";

export const APP_DIR = path.resolve(__dirname, "../../app");
export const HTTP_METHODS: readonly MethodName[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function walk(dir: string, pick: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full, pick);
    return pick(entry.name) ? [full] : [];
  });
}

/** app/(app)/orders/[number]/page.tsx -> /orders/[number] (route groups add nothing to the URL). */
export function urlOf(file: string): string {
  const segments = path.relative(APP_DIR, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

export function pageFiles(): Array<{ file: string; route: string }> {
  return walk(APP_DIR, (name) => name === "page.tsx").map((file) => ({ file, route: urlOf(file) }));
}

export function routeFiles(): Array<{ file: string; route: string }> {
  return walk(APP_DIR, (name) => name === "route.ts" || name === "route.tsx").map((file) => ({ file, route: urlOf(file) }));
}

/** Files whose first statement is the "use server" directive, as "<path under app/>". */
export function serverActionFiles(): string[] {
  return walk(APP_DIR, (name) => /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name))
    .filter((file) => /^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(fs.readFileSync(file, "utf8")))
    .map((file) => path.relative(APP_DIR, file).split(path.sep).join("/"));
}

/** The exported functions of a "use server" file, by name. */
export async function serverActionsOf(relative: string): Promise<Record<string, (...args: unknown[]) => Promise<unknown>>> {
  const mod = (await import(/* @vite-ignore */ path.join(APP_DIR, relative))) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(mod).filter(([, value]) => typeof value === "function")) as Record<string, (...args: unknown[]) => Promise<unknown>>;
}

export type RouteHandler = (req: Request, ctx: unknown) => Promise<Response> | Response;

/** The HTTP method handlers a route.ts exports. */
export async function routeHandlersOf(file: string): Promise<Partial<Record<MethodName, RouteHandler>>> {
  const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
  return Object.fromEntries(HTTP_METHODS.filter((m) => typeof mod[m] === "function").map((m) => [m, mod[m]])) as Partial<Record<MethodName, RouteHandler>>;
}

/** Values for a route's dynamic segments: `[id]` -> "x", `[...path]` -> ["x"], or those given. */
export function paramsFor(route: string, values: Record<string, string> = {}): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const match of route.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)) params[match[2]] = match[1] ? [values[match[2]] ?? "x"] : (values[match[2]] ?? "x");
  return params;
}

/** A real path for a route: its dynamic segments filled in. */
export function pathFor(route: string, values: Record<string, string> = {}): string {
  return route.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, __, name: string) => encodeURIComponent(values[name] ?? "x"));
}

// ---- callers ---------------------------------------------------------------------------------

export const OWN_STORE = { id: "node-ST-PAR-01", code: "ST-PAR-01" };
export const OTHER_STORE = { id: "node-ST-LYO-01", code: "ST-LYO-01" };
export const OTHER_STORE_ASSOCIATE = { id: "t-store-lyon", email: "t-store-lyon@test", name: "Lyon Associate", role: "STORE_ASSOCIATE" as const };
export const DEACTIVATED_ADMIN = { id: "t-admin-gone", email: "t-admin-gone@test", name: "Former Admin", role: "ADMIN" as const };
/** Bound to the Paris DC and the Paris store (the own store); the Lyon nodes are another system's. */
export const FULFILMENT_KEY = "test_ff_paris_key";

/**
 * Users of every role (the store associate at OWN_STORE, another at OTHER_STORE, a deactivated
 * admin), the test channel keys (WEB, MOBILE, a revoked one) and a fulfilment key. Needs the nodes
 * of lib/orders/testing.ts buildWorld().
 */
/**
 * The world the matrix and the fuzz tests call into: a migrated in-memory database made the app's
 * database, two nodes with lamps in stock, and every kind of caller (users of each role, keys).
 */
export async function createMatrixWorld(): Promise<TestDb> {
  const t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|LAMP": 10, "ST-PAR-01|LAMP": 3 } });
  await createCallers(t.db);
  return t;
}

export async function createCallers(db: Db): Promise<void> {
  await createRoleUsers(db, { storeId: OWN_STORE.id });
  await db.user.create({ data: { ...OTHER_STORE_ASSOCIATE, storeId: OTHER_STORE.id, passwordHash: "not-used" } });
  await db.user.create({ data: { ...DEACTIVATED_ADMIN, active: false, passwordHash: "not-used" } });
  await createTestApiKeys(db);
  await createFulfillmentApiKey(db, { id: "ff-paris", key: FULFILMENT_KEY, nodes: ["DC-PAR", OWN_STORE.code] });
}

export type Caller = Personas | "otherStoreAssociate" | "deactivatedUser";

/** The session user id and bearer key a caller presents. */
export function credentialsOf(caller: Caller): { userId: string | null; key: string | null } {
  switch (caller) {
    case "anonymous":
      return { userId: null, key: null };
    case "otherStoreAssociate":
      return { userId: OTHER_STORE_ASSOCIATE.id, key: null };
    case "deactivatedUser":
      return { userId: DEACTIVATED_ADMIN.id, key: null };
    case "channelKey":
      return { userId: null, key: TEST_KEYS.WEB };
    case "fulfilmentKey":
      return { userId: null, key: FULFILMENT_KEY };
    case "revokedKey":
      return { userId: null, key: TEST_KEYS.REVOKED };
    default:
      return { userId: TEST_USERS[caller].id, key: null };
  }
}

// ---- database fingerprint --------------------------------------------------------------------

/** Columns a refused request may still write on purpose: an API key notes when it was last used. */
export const BOOKKEEPING_COLUMNS: Record<string, string[]> = { ApiKey: ["lastUsedAt"] };

/**
 * Row count and an md5 of every row of every table (ordered by the row's text), so two
 * fingerprints differ when any row was added, removed or changed. Tables in `ignore` are left out,
 * and so are the BOOKKEEPING_COLUMNS.
 */
export async function databaseFingerprint(db: Db, ignore: string[] = []): Promise<Record<string, string>> {
  const tables = await db.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_prisma%' ORDER BY table_name`,
  );
  const names = tables.map((t) => t.name).filter((n) => !ignore.includes(n));
  const rowText = (n: string) => (BOOKKEEPING_COLUMNS[n] ? `(to_jsonb(t) - ARRAY[${BOOKKEEPING_COLUMNS[n].map((c) => `'${c}'`).join(", ")}])::text` : "t::text");
  const sql = names
    .map((n) => `SELECT '${n}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(${rowText(n)}, '|' ORDER BY ${rowText(n)}), '')) AS sum FROM "${n}" t`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<Array<{ name: string; rows: number; sum: string }>>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, `${r.rows}:${r.sum}`]));
}

/**
 * Calls a server action the way its form or screen does: a form action (useActionState's
 * `(previousState, formData)`, two parameters) gets the payload's fields as form fields, any other
 * action the payload itself.
 */
export function invokeServerAction(action: (...args: unknown[]) => Promise<unknown>, payload: unknown): Promise<unknown> {
  if (action.length !== 2) return action(payload);
  const form = new FormData();
  if (payload && typeof payload === "object" && !Array.isArray(payload)) {
    for (const [name, value] of Object.entries(payload)) form.append(name, typeof value === "string" ? value : (JSON.stringify(value) ?? ""));
  }
  return action(undefined, form);
}
