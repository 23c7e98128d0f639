import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// The real bcrypt, watched: which hash each sign-in compares the password with.
const compared = vi.hoisted(() => ({ hashes: [] as string[] }));
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return {
    ...real,
    verifyPassword: async (plain: string, hash: string) => {
      compared.hashes.push(hash);
      return real.verifyPassword(plain, hash);
    },
  };
});

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { UnauthenticatedError } from "@/lib/errors";
import { authenticateUser, LOGIN_LIMITS, LoginThrottledError } from "./credentials";
import { authenticateApiKey, hashApiKey } from "./api-keys";
import { hashPassword } from "./password";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  const passwordHash = await hashPassword("correct horse");
  await t.db.user.createMany({
    data: [
      { id: "u1", email: "agent@example.test", name: "Agent", role: "AGENT", passwordHash },
      { id: "u2", email: "gone@example.test", name: "Gone", role: "AGENT", passwordHash, active: false },
    ],
  });
  await t.db.apiKey.createMany({
    data: [
      { id: "k1", name: "Web shop", channel: "WEB", keyHash: hashApiKey("good-key"), prefix: "good-key" },
      { id: "k2", name: "Old app", channel: "MOBILE", keyHash: hashApiKey("revoked-key"), prefix: "revoked-", revokedAt: new Date() },
    ],
  });
});
afterAll(() => t.close());

describe("credentials login", () => {
  it("signs in with the right password, whatever the e-mail's case, and records the login", async () => {
    expect(await authenticateUser(t.db, { email: "  Agent@Example.test ", password: "correct horse" })).toMatchObject({ id: "u1" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: "u1" } })).lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown e-mail, a deactivated user and malformed input", async () => {
    expect(await authenticateUser(t.db, { email: "agent@example.test", password: "wrong" })).toBeNull();
    expect(await authenticateUser(t.db, { email: "nobody@example.test", password: "correct horse" })).toBeNull();
    expect(await authenticateUser(t.db, { email: "gone@example.test", password: "correct horse" })).toBeNull();
    expect(await authenticateUser(t.db, { email: "not-an-email", password: "x" })).toBeNull();
    expect(await authenticateUser(t.db, null)).toBeNull();
  });

  it("stores only a bcrypt hash, never the password", async () => {
    const row = await t.db.user.findUniqueOrThrow({ where: { id: "u1" } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(row.passwordHash).not.toContain("correct horse");
  });
});

describe("what a sign-in tells about which e-mails exist", () => {
  beforeEach(() => {
    compared.hashes = [];
  });

  it("runs the same bcrypt comparison for an unknown e-mail and a deactivated user as for a wrong password", async () => {
    await authenticateUser(t.db, { email: "agent@example.test", password: "wrong" }, { clientAddress: "198.51.100.1" });
    await authenticateUser(t.db, { email: "nobody@example.test", password: "wrong" }, { clientAddress: "198.51.100.1" });
    await authenticateUser(t.db, { email: "gone@example.test", password: "correct horse" }, { clientAddress: "198.51.100.1" });
    expect(compared.hashes).toHaveLength(3);
    // Each a real bcrypt hash of the same cost: the unknown e-mail takes as long as a known one.
    for (const hash of compared.hashes) expect(hash).toMatch(/^\$2[aby]\$10\$.{53}$/);
    const known = (await t.db.user.findUniqueOrThrow({ where: { id: "u1" } })).passwordHash;
    expect(compared.hashes[0]).toBe(known);
    expect(compared.hashes[1]).not.toBe(known);
  });
});

describe("login throttling", () => {
  let n = 0;
  async function newUser(): Promise<string> {
    const email = `throttle-${++n}@example.test`;
    await t.db.user.create({ data: { id: `ut${n}`, email, name: "Throttled", role: "AGENT", passwordHash: await hashPassword("right one") } });
    return email;
  }
  const attempt = (email: string, password: string, clientAddress: string) => authenticateUser(t.db, { email, password }, { clientAddress });

  it(`refuses an account after ${LOGIN_LIMITS.account.limit} failures, even with the right password, from any address`, async () => {
    const email = await newUser();
    for (let i = 0; i < LOGIN_LIMITS.account.limit; i++) expect(await attempt(email, "guess", `203.0.113.${i}`)).toBeNull();
    const refused = await attempt(email, "right one", "203.0.113.200").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LoginThrottledError);
    expect((refused as LoginThrottledError).retryAfterSeconds).toBeGreaterThan(14 * 60);
    // Another account is not affected.
    expect(await attempt(await newUser(), "right one", "203.0.113.200")).not.toBeNull();
  });

  it("counts an unknown e-mail like a known one, so throttling does not tell which exist", async () => {
    for (let i = 0; i < LOGIN_LIMITS.account.limit; i++) expect(await attempt("ghost@example.test", "guess", `203.0.114.${i}`)).toBeNull();
    await expect(attempt("ghost@example.test", "guess", "203.0.114.200")).rejects.toBeInstanceOf(LoginThrottledError);
  });

  it(`refuses a client address after ${LOGIN_LIMITS.address.limit} failures over any accounts; other addresses still sign in`, async () => {
    const victim = await newUser();
    for (let i = 0; i < LOGIN_LIMITS.address.limit; i++) expect(await attempt(`spray-${i}@example.test`, "guess", "192.0.2.77")).toBeNull();
    await expect(attempt(victim, "right one", "192.0.2.77")).rejects.toBeInstanceOf(LoginThrottledError);
    expect(await attempt(victim, "right one", "192.0.2.78")).not.toBeNull();
  });

  it("a successful sign-in forgets the account's failures, and successes are never counted", async () => {
    const email = await newUser();
    for (let i = 0; i < LOGIN_LIMITS.account.limit - 1; i++) await attempt(email, "typo", "192.0.2.90");
    expect(await attempt(email, "right one", "192.0.2.90")).not.toBeNull();
    for (let i = 0; i < LOGIN_LIMITS.account.limit - 1; i++) await attempt(email, "typo", "192.0.2.91");
    expect(await attempt(email, "right one", "192.0.2.91")).not.toBeNull();
    // Many sign-ins of one user from one address (a shared office, the browser tests): all accepted.
    for (let i = 0; i <= LOGIN_LIMITS.address.limit; i++) expect(await attempt(email, "right one", "192.0.2.92")).not.toBeNull();
  });
});

describe("channel API keys", () => {
  it("authenticates a known key as its channel", async () => {
    expect(await authenticateApiKey(t.db, "Bearer good-key")).toMatchObject({ kind: "apiKey", channel: "WEB", role: "CHANNEL" });
  });

  it("refuses a missing, malformed, unknown or revoked key", async () => {
    for (const header of [null, "", "good-key", "Basic good-key", "Bearer unknown", "Bearer revoked-key"]) {
      await expect(authenticateApiKey(t.db, header)).rejects.toBeInstanceOf(UnauthenticatedError);
    }
  });
});
