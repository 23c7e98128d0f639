// The audit helper records who did what, and plain JSON before/after, in the caller's transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/auth";
import { withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { recordAudit } from "./record-audit";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

describe("recordAudit", () => {
  it("writes the actor's columns, the reason and JSON snapshots (dates as ISO strings, missing as null)", async () => {
    const at = new Date("2026-03-01T10:00:00Z");
    await withTx((tx) => recordAudit(tx, SYSTEM_ACTOR, { entityType: "Node", entityId: "n1", action: "node.update", after: { at, qty: 3 }, reason: "nightly job" }), { db: t.db });
    const row = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: "n1" } });
    expect(row).toMatchObject({ actorType: "SYSTEM", actorId: null, actorName: "System", action: "node.update", reason: "nightly job", before: null, after: { at: at.toISOString(), qty: 3 } });
  });

  it("is rolled back with the transaction it belongs to", async () => {
    await withTx(
      async (tx) => {
        await recordAudit(tx, SYSTEM_ACTOR, { entityType: "Node", entityId: "n2", action: "node.update" });
        throw new Error("the change failed");
      },
      { db: t.db },
    ).catch(() => undefined);
    expect(await t.db.auditEvent.count({ where: { entityId: "n2" } })).toBe(0);
  });
});
