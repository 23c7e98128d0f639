// The inbound screens' actions: only supply-chain managers and admins may create, ship, receive,
// close or cancel; a refused role changes nothing; a manager's receipt goes through with the
// version seen on screen.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { can, type Action, type UserActor } from "@/lib/auth";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError } from "@/lib/errors";
import { buildWorld, position } from "@/lib/orders/testing";

// Only the session is faked: requireActor returns the test's actor and still asks the real
// permission table.
let current: UserActor;
vi.mock("@/lib/auth/session", () => ({
  requireActor: async (action: Action) => {
    if (!can(current.role, action)) throw new ForbiddenError();
    return current;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { createInboundAction, shipTransferAction, receiveInboundAction, closeInboundAction, cancelInboundAction } = await import("./actions");

const actor = (role: UserActor["role"], storeId: string | null = null): UserActor => ({ kind: "user", id: `u-${role}`, name: `The ${role}`, email: `${role}@test`, role, storeId, storeCode: null });

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|LAMP": 8 } });
});
beforeEach(() => {
  current = actor("SUPPLY_CHAIN");
});
afterAll(async () => {
  await t?.close();
});

const transfer = { type: "TRANSFER", fromNode: "DC-PAR", toNode: "ST-PAR-01", eta: "2026-12-10", lines: [{ sku: "LAMP", qty: 3 }] };

describe("inbound actions", () => {
  it("refuses agents and store associates every step, and changes nothing", async () => {
    const created = await createInboundAction(transfer);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const ref = { reference: created.data.reference, expectedVersion: 1 };
    for (const who of [actor("AGENT"), actor("STORE_ASSOCIATE", "node-ST-PAR-01")]) {
      current = who;
      for (const result of [
        await createInboundAction(transfer),
        await shipTransferAction(ref),
        await receiveInboundAction({ ...ref, lines: [{ sku: "LAMP", qty: 1 }] }),
        await closeInboundAction(ref),
        await cancelInboundAction(ref),
      ]) {
        expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
      }
    }
    expect(await t.db.inboundShipment.count()).toBe(1);
    expect(await t.db.inboundShipment.findUniqueOrThrow({ where: { reference: ref.reference } })).toMatchObject({ status: "PLANNED", version: 1 });
    expect(await position(t.db, "DC-PAR", "LAMP")).toMatchObject({ onHand: 8 });
  });

  it("lets a manager ship and receive a transfer, and answers a bad form with field errors", async () => {
    const created = await createInboundAction({ ...transfer, lines: [{ sku: "LAMP", qty: 2 }] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const reference = created.data.reference;
    expect(await shipTransferAction({ reference, expectedVersion: 1 })).toEqual({ ok: true, data: { reference, status: "IN_TRANSIT", version: 2 } });
    expect(await position(t.db, "DC-PAR", "LAMP")).toMatchObject({ onHand: 6 });
    expect(await receiveInboundAction({ reference, expectedVersion: 2, lines: [{ sku: "LAMP", qty: 5 }] })).toMatchObject({
      ok: false,
      error: { code: "INBOUND_RECEIPT_REFUSED", fields: { "lines.0.qty": { code: "INBOUND_OVER_RECEIPT", params: { remaining: 2 } } } },
    });
    expect(await receiveInboundAction({ reference, expectedVersion: 2, lines: [{ sku: "LAMP", qty: 2 }] })).toMatchObject({ ok: true, data: { status: "RECEIVED", receivedUnits: 2 } });
    expect(await position(t.db, "ST-PAR-01", "LAMP")).toMatchObject({ onHand: 2 });
    expect(await createInboundAction({ type: "TRANSFER", fromNode: "DC-PAR", toNode: "DC-PAR", eta: "soon", lines: [] })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION_FAILED", fields: { toNode: { code: "INBOUND_SAME_NODE" }, eta: { code: "INVALID_DATE" }, lines: { code: "TOO_FEW" } } },
    });
  });
});
