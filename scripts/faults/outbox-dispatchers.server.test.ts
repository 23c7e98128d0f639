// The outbox under faults, on the PostgreSQL server, with the dispatcher the app runs in child
// processes and a webhook receiver that dedupes by consumer key (the message id, sent as
// Idempotency-Key):
// - two dispatchers, one killed with SIGKILL in the middle of a send: every message is delivered
//   once in effect (the one whose answer was lost is sent again by the other, and dropped as a
//   duplicate by the receiver), and every message ends SENT;
// - graceful shutdown: on SIGTERM a dispatcher takes no new work, finishes the send in flight and
//   records it, hands back the rest of its batch, and the process exits once drained (even when a
//   Next.js-like handler asks to exit at once).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVER_URL } from "@/lib/db/server-tests";
import { createServerTestDb, type ServerTestDb } from "@/lib/db/testing";
import { runTsx, startReceiver, type Child, type Receiver } from "./testing";

describe.skipIf(!SERVER_URL)("outbox dispatchers under faults", () => {
  let server: ServerTestDb;
  const receivers: Receiver[] = [];
  const children: Child[] = [];

  beforeAll(async () => {
    server = await createServerTestDb(SERVER_URL!, { poolSize: 4 });
  });
  afterAll(async () => {
    for (const c of children) if (c.process.exitCode === null && c.process.signalCode === null) c.process.kill("SIGKILL");
    for (const r of receivers) await r.close();
    await server?.close();
  });

  async function enqueue(url: string, n: number, topic: string): Promise<string[]> {
    const ids = Array.from({ length: n }, () => `msg-${randomUUID()}`);
    const at = new Date(Date.now() - 1_000);
    await server.db.outboxMessage.createMany({
      data: ids.map((id, i) => ({ id, channel: "WEBHOOK" as const, topic, recipient: url, payload: { seq: i }, nextAttemptAt: new Date(at.getTime() + i) })),
    });
    return ids;
  }

  const dispatcher = (name: string, env: Record<string, string> = {}) => {
    const child = runTsx("scripts/faults/dispatcher.ts", { DATABASE_URL: server.url, DATABASE_POOL_SIZE: "2", DISPATCHER_NAME: name, OUTBOX_DISPATCH: "off", ...env });
    children.push(child);
    return child;
  };

  // Child processes start in about 5 s on an idle machine; the bounds leave room for a busy one.
  it("two dispatchers, one killed mid-send: every message delivered once in effect", { timeout: 120_000 }, async () => {
    let killA: () => void = () => undefined;
    let startB: () => void = () => undefined;
    let bStarted = false;
    let held: string | null = null;
    const receiver = await startReceiver({
      delayMs: 50,
      // The fourth request from A is never answered: A is killed while it waits, so the effect
      // is applied but A never records the message as sent.
      onRequest: (key, sender) => {
        if (sender === "A" && !bStarted) {
          bStarted = true;
          startB();
        }
        if (sender === "A" && held === null && receiver.senders.filter((s) => s === "A").length >= 4) {
          held = key;
          killA();
          return "hold";
        }
        return "answer";
      },
    });
    receivers.push(receiver);
    const ids = await enqueue(receiver.url, 24, "fault.two-dispatchers");

    // Both start together; B begins dispatching once A has sent its first message.
    const a = dispatcher("A", { LEASE_MS: "2000", INTERVAL_MS: "100" });
    const b = dispatcher("B", { LEASE_MS: "2000", INTERVAL_MS: "100", START_ON_SIGNAL: "1" });
    killA = () => a.process.kill("SIGKILL");
    // (Only once B has its handler: an unhandled SIGUSR2 would end it.)
    startB = () => void b.waitFor(/^READY$/, 60_000).then(() => b.process.kill("SIGUSR2"));
    await Promise.all([a.waitFor(/^READY$/, 60_000), b.waitFor(/^READY$/, 60_000)]);

    expect((await a.exited).signal).toBe("SIGKILL");
    // Everything ends SENT: A's unsent batch and the message it died sending come back to B once
    // A's lease runs out.
    const deadline = Date.now() + 30_000;
    let pending = ids.length;
    while (Date.now() < deadline) {
      pending = await server.db.outboxMessage.count({ where: { id: { in: ids }, status: { not: "SENT" } } });
      if (pending === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(pending).toBe(0);
    b.process.kill("SIGTERM");
    await b.exited;

    expect(held).not.toBeNull();
    // The message whose answer was lost reached the receiver twice (A's, then B's after A's lease)...
    expect(receiver.deliveries.get(held!)).toBeGreaterThanOrEqual(2);
    // ...and every message had its effect exactly once, thanks to the consumer key.
    expect([...receiver.effects.keys()].sort()).toEqual([...ids].sort());
    expect([...receiver.effects.values()].every((n) => n === 1)).toBe(true);
    expect(receiver.senders).toContain("B");
  });

  it("SIGTERM: no new work, the send in flight finishes and is recorded, the rest is handed back, then the process exits", { timeout: 120_000 }, async () => {
    let sigterm: () => void = () => undefined;
    let first: string | null = null;
    const receiver = await startReceiver({
      delayMs: 1_500,
      onRequest: (key) => {
        if (first === null) {
          first = key;
          sigterm();
        }
        return "answer";
      },
    });
    receivers.push(receiver);
    const ids = await enqueue(receiver.url, 4, "fault.graceful");

    const c = dispatcher("C", { SIMULATE_NEXT_EXIT: "1", LEASE_MS: "300000", INTERVAL_MS: "100", BATCH_SIZE: "4" });
    let signalledAt = 0;
    sigterm = () => {
      signalledAt = Date.now();
      c.process.kill("SIGTERM");
    };
    const exit = await c.exited;
    const tookMs = Date.now() - signalledAt;

    expect(first).not.toBeNull();
    expect(c.lines).toContain("REFUSES NEW WORK");
    // The Next.js-like handler's exit(143) waited for the drain: the send in flight (1.5 s) finished.
    expect(exit.code).toBe(143);
    expect(tookMs).toBeGreaterThanOrEqual(1_400);
    expect(tookMs).toBeLessThan(10_000);
    const rows = await server.db.outboxMessage.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, nextAttemptAt: true } });
    const sent = rows.filter((r) => r.status === "SENT").map((r) => r.id);
    expect(sent).toEqual([first]);
    // No other message was sent after the signal...
    expect(receiver.senders.length).toBe(1);
    // ...and the rest of the batch is due again now, not hidden behind a five-minute lease.
    const rest = rows.filter((r) => r.id !== first);
    expect(rest.every((r) => r.status === "PENDING" && r.nextAttemptAt.getTime() <= Date.now())).toBe(true);
  });
});
