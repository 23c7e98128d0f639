import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { UnauthenticatedError } from "@/lib/errors";
import { authenticateUser } from "./credentials";
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
