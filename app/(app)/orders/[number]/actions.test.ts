// The agent's order actions: the permission table decides who may call them, input is validated
// with the command's schema, and a refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "@/lib/orders/testing";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { addNoteAction, cancelLineAction, cancelOrderAction, changeQuantityAction, releaseHoldAction } from "./actions";

let t: TestDb;
let order: { id: string; version: number; lineId: string };
/** Collected at Paris Rivoli, the test associate's store. */
let pickupOrderId: string;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|LAMP": 10, "ST-PAR-01|LAMP": 2 } });
  await createRoleUsers(t.db, { storeId: "node-ST-PAR-01" });
  const { id } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "LAMP", qty: 2, mode: "SHIP" }] }), { db: t.db });
  const o = await t.db.order.findUniqueOrThrow({ where: { id }, include: { lines: true } });
  order = { id, version: o.version, lineId: o.lines[0].id };
  ({ id: pickupOrderId } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, lines: [{ sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" }] }), { db: t.db }));
});
afterAll(() => t.close());

const as = (role: keyof typeof TEST_USERS | null) => {
  session.userId = role ? TEST_USERS[role].id : null;
};

describe("order actions", () => {
  it("refuses a visitor without a session", async () => {
    as(null);
    expect(await cancelOrderAction({ orderId: order.id, expectedVersion: order.version, reason: "x" })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });

  it.each(["STORE_ASSOCIATE", "SUPPLY_CHAIN"] as const)("refuses a %s changing an order, and nothing changes", async (role) => {
    as(role);
    expect(await cancelLineAction({ orderId: order.id, lineId: order.lineId, expectedVersion: order.version, reason: "x" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await changeQuantityAction({ orderId: order.id, lineId: order.lineId, qty: 1, expectedVersion: order.version })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await releaseHoldAction({ orderId: order.id, holdId: "h", expectedVersion: order.version, note: "x" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).version).toBe(order.version);
  });

  it("refuses a supply-chain manager writing notes", async () => {
    as("SUPPLY_CHAIN");
    expect(await addNoteAction({ orderId: order.id, body: "hello" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("returns field errors for bad input and changes nothing", async () => {
    as("AGENT");
    const res = await changeQuantityAction({ orderId: order.id, lineId: order.lineId, qty: 0, expectedVersion: order.version });
    expect(res).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { qty: { code: "QTY_ZERO_CANCEL_INSTEAD" } } } });
  });

  it("lets an agent change the quantity, and a stale second change gets a conflict", async () => {
    as("AGENT");
    const first = await changeQuantityAction({ orderId: order.id, lineId: order.lineId, qty: 3, expectedVersion: order.version });
    expect(first).toMatchObject({ ok: true, data: { differenceMinor: 3499 } });
    const second = await changeQuantityAction({ orderId: order.id, lineId: order.lineId, qty: 1, expectedVersion: order.version });
    expect(second).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });

  it("lets a store associate add a note to an order collected at their store (for pickup questions at the counter)", async () => {
    as("STORE_ASSOCIATE");
    expect(await addNoteAction({ orderId: pickupOrderId, body: "Customer will send a friend to collect." })).toMatchObject({ ok: true });
  });

  it("refuses a store associate a note on an order that does not pass through their store", async () => {
    as("STORE_ASSOCIATE");
    expect(await addNoteAction({ orderId: order.id, body: "Not ours" })).toMatchObject({ ok: false, error: { code: "OTHER_STORE" } });
    expect(await t.db.orderNote.count({ where: { orderId: order.id } })).toBe(0);
  });
});
