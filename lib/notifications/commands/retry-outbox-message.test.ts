import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type Actor } from "@/lib/auth";
import { withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError, NotFoundError, RuleViolation } from "@/lib/errors";
import { buildOutboxMessage, countingTransport } from "../testing";
import { dispatchOutbox } from "./dispatch-outbox";
import { retryOutboxMessage } from "./retry-outbox-message";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

const user = (role: "ADMIN" | "AGENT" | "SUPPLY_CHAIN" | "STORE_ASSOCIATE"): Actor => ({ kind: "user", id: `u-${role}`, name: role, email: `${role}@t`, role, storeId: null, storeCode: null });
const retry = (actor: Actor, id: string) => withTx((tx) => retryOutboxMessage(tx, actor, { id }), { db: t.db });

describe("retryOutboxMessage", () => {
  it("refuses non-admins", async () => {
    const msg = await buildOutboxMessage(t.db, { status: "FAILED", attempts: 5 });
    for (const role of ["AGENT", "SUPPLY_CHAIN", "STORE_ASSOCIATE"] as const) {
      await expect(retry(user(role), msg.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("re-queues a failed message with fresh attempts, which the dispatcher then sends, and audits it", async () => {
    const msg = await buildOutboxMessage(t.db, { status: "FAILED", attempts: 5, lastError: "SMTP 550", nextAttemptAt: new Date("2026-01-01T00:00:00Z") });
    await retry(user("ADMIN"), msg.id);
    const row = await t.db.outboxMessage.findUniqueOrThrow({ where: { id: msg.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 0, lastError: null });

    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityType: "OutboxMessage", entityId: msg.id } });
    expect(audit).toMatchObject({ action: "outbox.retry", actorType: "USER", actorId: "u-ADMIN" });
    expect(audit.before).toMatchObject({ status: "FAILED", attempts: 5, lastError: "SMTP 550" });
    expect(audit.after).toMatchObject({ status: "PENDING", attempts: 0 });

    const fake = countingTransport();
    const result = await dispatchOutbox(t.db, { transport: fake.transport });
    expect(result.sent).toBeGreaterThanOrEqual(1);
    expect(fake.calls.get(msg.id)).toBe(1);
  });

  it("refuses to retry a message that has not failed", async () => {
    const pending = await buildOutboxMessage(t.db);
    const sent = await buildOutboxMessage(t.db, { status: "SENT", sentAt: new Date() });
    await expect(retry(user("ADMIN"), pending.id)).rejects.toMatchObject({ code: "OUTBOX_NOT_FAILED" });
    await expect(retry(SYSTEM_ACTOR, sent.id)).rejects.toBeInstanceOf(RuleViolation);
    await expect(retry(user("ADMIN"), "missing")).rejects.toBeInstanceOf(NotFoundError);
  });
});
