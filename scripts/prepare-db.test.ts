// What `npm start` does to the database before serving: the embedded database of a first start gets
// the demo world; a PostgreSQL server is seeded only on request; and production refuses to start
// while the demo logins or demo API keys would let anyone in.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SERVER_URL } from "@/lib/db/server-tests";
import { createServerTestDb, createTestDb, type ServerTestDb, type TestDb } from "@/lib/db/testing";
import { hashApiKey, hashPassword } from "@/lib/auth";
import { DEMO_API_KEYS, DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-users";
import { findDemoCredentials, prepareDatabase } from "./prepare-db";

const saved = { ...process.env };
afterEach(() => {
  for (const name of ["DATABASE_URL", "PGLITE_DIR", "NODE_ENV", "OMS_SEED", "OMS_RESEED", "SEED_SCALE"]) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

function run(env: Record<string, string | undefined>): Promise<string[]> {
  Object.assign(process.env, env);
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete process.env[name];
  const lines: string[] = [];
  return prepareDatabase({ log: (m) => lines.push(m) }).then(() => lines);
}

describe("demo credentials", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.close());

  it("finds a demo user still on the demo password and an unrevoked demo API key, nothing else", async () => {
    const demo = DEMO_USERS[0];
    await t.db.user.create({ data: { id: demo.id, email: demo.email, name: demo.name, role: demo.role, passwordHash: await hashPassword(DEMO_PASSWORD) } });
    await t.db.user.create({ data: { id: "u-real", email: "real@shop.example", name: "Real", role: "ADMIN", passwordHash: await hashPassword(DEMO_PASSWORD) } });
    const key = DEMO_API_KEYS[0];
    await t.db.apiKey.create({ data: { id: key.id, name: key.name, channel: key.channel, keyHash: hashApiKey(key.key), prefix: key.key.slice(0, 12) } });
    expect(await findDemoCredentials(t.db)).toEqual([`${demo.email} (demo password)`, `API key "${key.name}"`]);

    await t.db.user.update({ where: { id: demo.id }, data: { passwordHash: await hashPassword("a real password now") } });
    await t.db.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    expect(await findDemoCredentials(t.db)).toEqual([]);
  });
});

describe("the embedded database", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("gets the demo world on first start, so `npm start` shows a seeded demo", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oms-prepare-"));
    dirs.push(dir);
    const log = await run({ DATABASE_URL: undefined, PGLITE_DIR: dir, SEED_SCALE: "small", OMS_SEED: undefined });
    expect(log.join("\n")).toMatch(/Seeding the demo world/);
    const lines = await run({ DATABASE_URL: undefined, PGLITE_DIR: dir, NODE_ENV: "production" }).catch((e: Error) => e);
    // The same demo, started in production, is refused: its demo logins are still there.
    expect(lines).toBeInstanceOf(Error);
    expect((lines as Error).message).toMatch(/demo credentials.*agent@oms\.demo.*NODE_ENV=production/s);
  }, 240_000);
});

describe.skipIf(!SERVER_URL)("a PostgreSQL server (DATABASE_URL)", () => {
  let server: ServerTestDb;
  beforeAll(async () => {
    server = await createServerTestDb(SERVER_URL!, { migrate: false });
  });
  afterAll(() => server?.close());

  const count = async () => Number((await server.db.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) AS n FROM "Node"`))[0].n);
  const credentials = async () => Number((await server.db.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT (SELECT count(*) FROM "User") + (SELECT count(*) FROM "ApiKey") AS n`))[0].n);

  it("is migrated but never seeded unless asked: no demo world, no demo users, no demo keys", async () => {
    const log = await run({ DATABASE_URL: server.url, SEED_SCALE: "small", OMS_SEED: undefined });
    expect(await count()).toBe(0);
    expect(await credentials()).toBe(0);
    expect(log.join("\n")).toMatch(/not seeded.*OMS_SEED=demo/s);
  });

  it("is seeded with the demo world when OMS_SEED=demo asks for it, and then refused in production", async () => {
    await run({ DATABASE_URL: server.url, SEED_SCALE: "small", OMS_SEED: "demo" });
    expect(await count()).toBeGreaterThan(0);
    await expect(run({ DATABASE_URL: server.url, NODE_ENV: "production" })).rejects.toThrow(/demo credentials/);
  }, 240_000);
});
