// The rate limiter over the RateLimitBucket table: a key is refused once its window holds more hits
// than the limit, until the window (or the block) is over; a reset forgets the key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { hit, peek, pruneRateLimits, reset } from "./rate-limit";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const MIN = 60_000;

describe("rate limit", () => {
  it("allows up to the limit in a window, then refuses with the time left until the window ends", async () => {
    const start = new Date("2026-12-01T10:00:00Z");
    const opts = { limit: 3, windowMs: 15 * MIN, db: t.db };
    for (let i = 0; i < 3; i++) expect((await hit("k:a", { ...opts, now: new Date(start.getTime() + i * 1000) })).allowed).toBe(true);
    const refused = await hit("k:a", { ...opts, now: new Date(start.getTime() + 5 * MIN) });
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 10 * 60 });
    expect((await peek("k:a", { ...opts, now: new Date(start.getTime() + 6 * MIN) })).allowed).toBe(false);
    // Another key is counted on its own.
    expect((await hit("k:b", { ...opts, now: start })).allowed).toBe(true);
    // A new window starts once the old one is over.
    expect(await hit("k:a", { ...opts, now: new Date(start.getTime() + 16 * MIN) })).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it("keeps a key blocked for blockMs after it went over the limit", async () => {
    const start = new Date("2026-12-01T12:00:00Z");
    const opts = { limit: 1, windowMs: MIN, blockMs: 30 * MIN, db: t.db };
    await hit("k:block", { ...opts, now: start });
    expect(await hit("k:block", { ...opts, now: new Date(start.getTime() + 1000) })).toEqual({ allowed: false, retryAfterSeconds: 30 * 60 });
    // The window is long over, the block is not.
    const later = await peek("k:block", { ...opts, now: new Date(start.getTime() + 10 * MIN) });
    expect(later.allowed).toBe(false);
    expect(later.retryAfterSeconds).toBe(20 * 60 + 1);
    expect((await peek("k:block", { ...opts, now: new Date(start.getTime() + 31 * MIN) })).allowed).toBe(true);
  });

  it("peek does not count, reset forgets the key", async () => {
    const now = new Date("2026-12-01T14:00:00Z");
    const opts = { limit: 2, windowMs: MIN, db: t.db, now };
    for (let i = 0; i < 5; i++) expect((await peek("k:peek", opts)).allowed).toBe(true);
    await hit("k:peek", opts);
    await hit("k:peek", opts);
    expect((await peek("k:peek", opts)).allowed).toBe(false);
    await reset("k:peek", { db: t.db });
    expect((await peek("k:peek", opts)).allowed).toBe(true);
    expect(await t.db.rateLimitBucket.findUnique({ where: { key: "k:peek" } })).toBeNull();
  });

  it("counts concurrent hits exactly once each", async () => {
    const now = new Date("2026-12-01T16:00:00Z");
    const results = await Promise.all(Array.from({ length: 8 }, () => hit("k:race", { limit: 5, windowMs: MIN, db: t.db, now })));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect((await t.db.rateLimitBucket.findUniqueOrThrow({ where: { key: "k:race" } })).count).toBe(8);
  });

  it("prunes only the counters nobody touched for a day", async () => {
    const at = new Date("2026-12-03T08:00:00Z");
    await hit("k:prune", { limit: 5, windowMs: MIN, db: t.db, now: at });
    const left = () => t.db.rateLimitBucket.count({ where: { key: "k:prune" } });
    await pruneRateLimits({ db: t.db, now: new Date(at.getTime() + 3600_000) });
    expect(await left()).toBe(1);
    await pruneRateLimits({ db: t.db, now: new Date(at.getTime() + 25 * 3600_000) });
    expect(await left()).toBe(0);
  });
});
