// GET /api/health is public: 200 with the database, migrations and dispatcher checks when all is
// well, "degraded" (still 200) when the outbox lags, and it reveals no secret. The database-down
// case (503 with Retry-After) runs against a real outage in scripts/faults/database-outage.server.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations, setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { GET } from "./route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
});
afterAll(() => t.close());

const get = () => GET(new Request("http://test/api/health", { headers: { "x-request-id": "lb-probe-1" } }));

describe("GET /api/health", () => {
  it("answers 200 to anyone with the database, migrations and dispatcher checks", async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-request-id")).toBe("lb-probe-1");
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: "ok",
      draining: false,
      database: { ok: true },
      migrations: { ok: true, pending: [], expected: readMigrations().length, applied: readMigrations().length },
      dispatcher: { ok: true, due: 0, oldestDueAgeSeconds: 0 },
    });
    expect(JSON.stringify(body)).not.toMatch(/postgres|password|secret|DATABASE_URL/i);
  });

  it("says degraded when a due outbox message has waited too long, and how long", async () => {
    await t.db.outboxMessage.create({ data: { channel: "EMAIL", topic: "order.confirmed", recipient: "lea@example.test", payload: { text: "x" }, nextAttemptAt: new Date(Date.now() - 20 * 60_000) } });
    const res = await get();
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; dispatcher: { ok: boolean; due: number; oldestDueAgeSeconds: number } };
    expect(body.status).toBe("degraded");
    expect(body.dispatcher.ok).toBe(false);
    expect(body.dispatcher.due).toBe(1);
    expect(body.dispatcher.oldestDueAgeSeconds).toBeGreaterThanOrEqual(20 * 60 - 1);
  });
});
