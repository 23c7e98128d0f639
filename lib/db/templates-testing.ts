// The migrated, empty databases the test databases are copied from. Migrating a new database
// costs seconds (on PGlite: initdb, then every migration); a copy of one already migrated takes a
// fraction of that, and each copy is its own database: nothing written to one is seen by another.
// - PGlite: a dump of a migrated data directory, kept in node_modules/.cache and named by a hash of
//   what shapes it (the migration files, the runner that applies them, the PGlite version), so it
//   is rebuilt only when one of them changes. createTestDb() loads a copy for each database.
// - PostgreSQL server: a migrated database made for the run, which createServerTestDb() names as
//   the template of each new database; it is dropped when the run ends.
// vitest's global setup (vitest.config.ts) builds both before the first test file; without it (a
// script, another runner) the PGlite dump is built on first use and server databases are migrated.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import { openPglite, openPgRunner, pgliteRunner } from "./connections";
import { applyMigrations, readMigrations } from "./migrations";

const CACHE_DIR = path.resolve(process.cwd(), "node_modules", ".cache", "oms-test-db");
const PREFIX = "pglite-migrated-";
/** The server template's URL, handed from the global setup to the test processes. */
const SERVER_TEMPLATE_ENV = "OMS_TEST_SERVER_TEMPLATE";

function pgliteVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  while (!fs.existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  return (JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;
}

/** The PGlite dump's file: its name changes whenever a migration, the runner or PGlite does. */
export function pgliteTemplateFile(): string {
  const hash = createHash("sha256");
  hash.update(`pglite ${pgliteVersion()}\n`);
  hash.update(fs.readFileSync(fileURLToPath(new URL("./migrations.ts", import.meta.url))));
  for (const m of readMigrations()) hash.update(`\n${m.name} ${m.checksum}`);
  return path.join(CACHE_DIR, `${PREFIX}${hash.digest("hex").slice(0, 16)}.tar`);
}

/** Builds the PGlite dump when it is missing (written whole or not at all) and returns its file. */
export async function ensurePgliteTemplate(): Promise<string> {
  const file = pgliteTemplateFile();
  if (fs.existsSync(file)) {
    const now = new Date();
    fs.utimesSync(file, now, now);
    return file;
  }
  const pglite = await openPglite();
  try {
    await applyMigrations(pgliteRunner(pglite));
    const tar = Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer());
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    fs.writeFileSync(partial, tar);
    fs.renameSync(partial, file);
  } finally {
    await pglite.close();
  }
  // Dumps of older migrations unused for a day go (a run on another branch may still read a recent one).
  for (const name of fs.readdirSync(CACHE_DIR)) {
    const other = path.join(CACHE_DIR, name);
    const modified = fs.statSync(other, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (name.startsWith(PREFIX) && other !== file && Date.now() - modified > 86_400_000) fs.rmSync(other, { force: true });
  }
  return file;
}

let pgliteTemplate: Promise<Blob> | undefined;

/** A new in-memory PGlite holding a fresh copy of the migrated database. */
export async function openMigratedPglite(): Promise<PGlite> {
  pgliteTemplate ??= ensurePgliteTemplate().then((file) => new Blob([fs.readFileSync(file)]));
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = new PGlite({ loadDataDir: await pgliteTemplate });
  await pglite.waitReady;
  return pglite;
}

/** The run's migrated template database on the server of `baseUrl`, if the global setup made one there. */
export function serverTemplateFor(baseUrl: string): string | undefined {
  const template = process.env[SERVER_TEMPLATE_ENV];
  if (!template) return undefined;
  const [a, b] = [new URL(template), new URL(baseUrl)];
  return a.host === b.host && a.username === b.username ? decodeURIComponent(a.pathname.slice(1)) : undefined;
}

/** The same server URL, naming another database. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** vitest globalSetup: the PGlite dump, and the server template when a server answers. */
export async function setup(): Promise<() => Promise<void>> {
  await ensurePgliteTemplate();
  const { serverTestUrl } = await import("./testing");
  const baseUrl = await serverTestUrl();
  if (!baseUrl) return async () => undefined;
  const name = `oms_test_template_${randomBytes(6).toString("hex")}`;
  const admin = await openPgRunner(baseUrl);
  try {
    await admin.exec(`CREATE DATABASE "${name}"`);
    const runner = await openPgRunner(withDatabase(baseUrl, name));
    try {
      await applyMigrations(runner);
    } finally {
      await runner.close();
    }
  } catch (e) {
    await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw e;
  } finally {
    await admin.close();
  }
  process.env[SERVER_TEMPLATE_ENV] = withDatabase(baseUrl, name);
  return async () => {
    delete process.env[SERVER_TEMPLATE_ENV];
    const dropper = await openPgRunner(baseUrl);
    try {
      await dropper.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await dropper.close();
    }
  };
}
