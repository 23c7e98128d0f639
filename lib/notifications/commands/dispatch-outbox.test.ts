import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildOutboxMessage, countingTransport } from "../testing";
import { BACKOFF_MS, dispatchOutbox, LAST_ERROR_MAX } from "./dispatch-outbox";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.outboxMessage.deleteMany();
});

const T0 = new Date("2026-03-01T09:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe("dispatchOutbox", () => {
  it("sends each due message once and marks it sent", async () => {
    const a = await buildOutboxMessage(t.db, { nextAttemptAt: at(-60_000) });
    const b = await buildOutboxMessage(t.db, { nextAttemptAt: T0 });
    const fake = countingTransport();

    expect(await dispatchOutbox(t.db, { transport: fake.transport, now: T0 })).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(fake.sent.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());

    const rows = await t.db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    for (const row of rows) {
      expect(row.status).toBe("SENT");
      expect(row.sentAt).toEqual(T0);
      expect(row.attempts).toBe(0);
      expect((row.payload as { _delivery: { transport: string } })._delivery.transport).toBe("fake");
    }

    // A later pass finds nothing to do: a SENT message is never sent again.
    expect(await dispatchOutbox(t.db, { transport: fake.transport, now: at(86_400_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect([...fake.calls.values()]).toEqual([1, 1]);
  });

  it("leaves messages that are not due yet", async () => {
    const later = await buildOutboxMessage(t.db, { nextAttemptAt: at(1_000) });
    const fake = countingTransport();
    expect(await dispatchOutbox(t.db, { transport: fake.transport, now: T0 })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect((await t.db.outboxMessage.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("PENDING");
    expect(await dispatchOutbox(t.db, { transport: fake.transport, now: at(1_000) })).toEqual({ sent: 1, retried: 0, failed: 0 });
  });

  it("never sends a message that is already sent or failed, even when it looks due", async () => {
    await buildOutboxMessage(t.db, { status: "SENT", sentAt: at(-5_000), nextAttemptAt: at(-10_000) });
    await buildOutboxMessage(t.db, { status: "FAILED", attempts: 5, nextAttemptAt: at(-10_000) });
    const fake = countingTransport();
    expect(await dispatchOutbox(t.db, { transport: fake.transport, now: T0 })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(fake.calls.size).toBe(0);
  });

  it("retries a failing message with growing delays and gives up as FAILED after maxAttempts", async () => {
    const msg = await buildOutboxMessage(t.db, { nextAttemptAt: T0 });
    const fake = countingTransport({ fail: () => true });
    let now = T0;
    const expectedDelays = BACKOFF_MS.slice(0, 4);
    for (const [i, delay] of expectedDelays.entries()) {
      expect(await dispatchOutbox(t.db, { transport: fake.transport, now })).toEqual({ sent: 0, retried: 1, failed: 0 });
      const row = await t.db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } });
      expect(row.status).toBe("PENDING");
      expect(row.attempts).toBe(i + 1);
      expect(row.lastError).toBe("SMTP 451 temporary failure");
      expect(row.nextAttemptAt).toEqual(new Date(now.getTime() + delay));
      // Not retried before its time.
      expect(await dispatchOutbox(t.db, { transport: fake.transport, now: new Date(now.getTime() + delay - 1) })).toEqual({ sent: 0, retried: 0, failed: 0 });
      now = row.nextAttemptAt;
    }
    expect(await dispatchOutbox(t.db, { transport: fake.transport, now })).toEqual({ sent: 0, retried: 0, failed: 1 });
    const failed = await t.db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } });
    expect(failed.status).toBe("FAILED");
    expect(failed.attempts).toBe(5);
    expect(failed.sentAt).toBeNull();

    expect(await dispatchOutbox(t.db, { transport: fake.transport, now: at(365 * 86_400_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(fake.calls.get(msg.id)).toBe(5);
  });

  it("honours a smaller maxAttempts and truncates a long error", async () => {
    const msg = await buildOutboxMessage(t.db, { nextAttemptAt: T0 });
    const transport = {
      send: async () => {
        throw new Error("x".repeat(5_000));
      },
    };
    expect(await dispatchOutbox(t.db, { transport, now: T0, maxAttempts: 1 })).toEqual({ sent: 0, retried: 0, failed: 1 });
    const row = await t.db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } });
    expect(row.status).toBe("FAILED");
    expect(row.lastError!.length).toBe(LAST_ERROR_MAX);
  });

  it("keeps sending the rest of a batch when one message fails, and drains several batches", async () => {
    const msgs = [];
    for (let i = 0; i < 7; i++) msgs.push(await buildOutboxMessage(t.db, { nextAttemptAt: at(-i * 1_000) }));
    const bad = msgs[3].id;
    const fake = countingTransport({ fail: (m) => m.id === bad });
    expect(await dispatchOutbox(t.db, { transport: fake.transport, now: T0, batchSize: 3 })).toEqual({ sent: 6, retried: 1, failed: 0 });
    expect(fake.calls.size).toBe(7);
  });
});
