// On the PostgreSQL server, dispatchers in several processes share one outbox: two running at once
// must never send the same message twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVER_URL } from "@/lib/db/server-tests";
import { openPgRunner } from "@/lib/db";
import { createServerTestDb, type ServerTestDb } from "@/lib/db/testing";
import { buildOutboxMessage, countingTransport } from "../testing";
import { dispatchOutbox, type DispatchOutboxResult } from "./dispatch-outbox";

describe.skipIf(!SERVER_URL)("dispatchOutbox on the PostgreSQL server", () => {
  let server: ServerTestDb;
  beforeAll(async () => {
    server = await createServerTestDb(SERVER_URL!, { poolSize: 10 });
    // A session time zone far from UTC catches timestamp parameters read in the wrong zone.
    // Set before the pool opens its first connection, so every connection gets it.
    const runner = await openPgRunner(server.url);
    await runner.exec(`ALTER DATABASE "${server.name}" SET timezone TO 'America/Los_Angeles'`);
    await runner.close();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("claims by the instant, whatever the session time zone", async () => {
    expect(await server.db.$queryRawUnsafe<Array<{ TimeZone: string }>>("SHOW timezone")).toEqual([{ TimeZone: "America/Los_Angeles" }]);
    const now = new Date();
    const due = await buildOutboxMessage(server.db, { nextAttemptAt: new Date(now.getTime() - 1_000) });
    const soon = await buildOutboxMessage(server.db, { nextAttemptAt: new Date(now.getTime() + 60_000) });
    const fake = countingTransport();
    expect(await dispatchOutbox(server.db, { transport: fake.transport, now })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect([...fake.calls.keys()]).toEqual([due.id]);
    await server.db.outboxMessage.deleteMany({ where: { id: { in: [due.id, soon.id] } } });
  });

  it("two dispatchers running in parallel send each of 50 messages exactly once", async () => {
    const now = new Date();
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push((await buildOutboxMessage(server.db, { nextAttemptAt: new Date(now.getTime() - 1_000 - i) })).id);
    const notDue = await buildOutboxMessage(server.db, { nextAttemptAt: new Date(now.getTime() + 60_000) });
    // One fake shared by both loops counts every send, whichever dispatcher made it.
    const fake = countingTransport({ delayMs: 20 });

    const loop = async () => {
      const total: DispatchOutboxResult = { sent: 0, retried: 0, failed: 0 };
      for (;;) {
        const r = await dispatchOutbox(server.db, { transport: fake.transport, batchSize: 5, maxBatches: 1 });
        total.sent += r.sent;
        if (r.sent + r.retried + r.failed === 0) {
          // The other loop may hold the last rows; stop only when nothing due is left at all.
          const left = await server.db.outboxMessage.count({ where: { status: "PENDING", nextAttemptAt: { lte: new Date() } } });
          if (left === 0) return total;
          await new Promise((r) => setTimeout(r, 5));
        }
      }
    };
    const [a, b] = await Promise.all([loop(), loop()]);

    expect(a.sent + b.sent).toBe(50);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    expect(fake.calls.size).toBe(50);
    for (const id of ids) expect(fake.calls.get(id), id).toBe(1);
    expect(fake.calls.has(notDue.id)).toBe(false);
    expect(await server.db.outboxMessage.count({ where: { status: "SENT" } })).toBe(50);
    expect((await server.db.outboxMessage.findUniqueOrThrow({ where: { id: notDue.id } })).status).toBe("PENDING");
  });
});
