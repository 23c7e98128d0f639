// The returns actions: the permission table decides who may authorise, refund, receive and grant or
// approve goodwill refunds; input is validated with the command's schema; a refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildReturnsWorld, fulfil, placeOrder } from "@/lib/returns/testing";
import {
  authoriseReturnAction,
  decideAppeasementAction,
  getReturnableOrderAction,
  proposeDispositionsAction,
  quoteReceiptAction,
  receiveReturnAction,
  refundReturnAction,
  requestAppeasementAction,
} from "./actions";

let t: TestDb;
let order: { id: string; tshirt: string; lamp: string };
const DC = "node-DC-PAR";

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildReturnsWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 20, "DC-PAR|LAMP": 10 } });
  await createRoleUsers(t.db);
  const now = new Date();
  const id = await placeOrder(t.db, { lines: [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }, { sku: "LAMP", qty: 1, mode: "SHIP" }] }, now);
  await fulfil(t.db, id, { now });
  const lines = await t.db.orderLine.findMany({ where: { orderId: id }, include: { sku: true } });
  order = { id, tshirt: lines.find((l) => l.sku.code === "TSHIRT-M")!.id, lamp: lines.find((l) => l.sku.code === "LAMP")!.id };
}, 60_000);
afterAll(() => t.close());

const as = (role: keyof typeof TEST_USERS | null) => {
  session.userId = role ? TEST_USERS[role].id : null;
};
const forbidden = { ok: false, error: { code: "FORBIDDEN" } };
const state = async () => ({ returns: await t.db.return.count(), payments: await t.db.paymentTransaction.count(), appeasements: await t.db.appeasement.count(), events: await t.db.orderEvent.count() });

describe("returns actions: who may do what", () => {
  it("refuses a visitor without a session", async () => {
    as(null);
    expect(await authoriseReturnAction({ orderId: order.id, method: "MAIL", lines: [{ orderLineId: order.tshirt, qty: 1, reason: "CHANGED_MIND" }] })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await getReturnableOrderAction({ orderId: order.id })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });

  it("refuses each action to a role the permission table does not name, and nothing changes", async () => {
    const before = await state();
    as("SUPPLY_CHAIN");
    expect(await authoriseReturnAction({ orderId: order.id, method: "MAIL", lines: [{ orderLineId: order.tshirt, qty: 1, reason: "CHANGED_MIND" }] })).toMatchObject(forbidden);
    expect(await refundReturnAction({ returnId: "r", expectedVersion: 1, reason: "Customer is a regular" })).toMatchObject(forbidden);
    expect(await requestAppeasementAction({ orderId: order.id, amountMinor: 500, reason: "Late delivery" })).toMatchObject(forbidden);
    expect(await getReturnableOrderAction({ orderId: order.id })).toMatchObject(forbidden);
    as("STORE_ASSOCIATE");
    expect(await refundReturnAction({ returnId: "r", expectedVersion: 1, reason: "Customer is a regular" })).toMatchObject(forbidden);
    expect(await requestAppeasementAction({ orderId: order.id, amountMinor: 500, reason: "Late delivery" })).toMatchObject(forbidden);
    expect(await decideAppeasementAction({ appeasementId: "a", expectedVersion: 1, approve: true })).toMatchObject(forbidden);
    as("AGENT");
    expect(await receiveReturnAction({ returnId: "r", nodeId: DC, lines: [{ orderLineId: order.tshirt, qty: 1, condition: "RESELLABLE" }] })).toMatchObject(forbidden);
    expect(await decideAppeasementAction({ appeasementId: "a", expectedVersion: 1, approve: true })).toMatchObject(forbidden);
    expect(await proposeDispositionsAction({ nodeId: DC, lines: [{ orderLineId: order.tshirt, qty: 1, condition: "RESELLABLE" }] })).toMatchObject(forbidden);
    expect(await quoteReceiptAction({ returnId: "r", lines: [{ orderLineId: order.tshirt, qty: 1, condition: "RESELLABLE" }] })).toMatchObject(forbidden);
    expect(await state()).toEqual(before);
  });

  it("returns field errors for bad input, on the schema's paths", async () => {
    as("AGENT");
    expect(await authoriseReturnAction({ orderId: order.id, method: "MAIL", lines: [{ orderLineId: order.tshirt, qty: 0, reason: "CHANGED_MIND" }] })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION_FAILED", fields: { "lines.0.qty": { code: "TOO_SMALL", params: { minimum: 1 } } } },
    });
    expect(await requestAppeasementAction({ orderId: order.id, amountMinor: 500, reason: "x" })).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { reason: { code: "SAY_WHY" } } } });
  });
});

// Each step uses the money the previous ones left: the goodwill refund comes before the refunds.
describe("returns actions: the agent's and the DC's day", () => {
  it("keeps an agent's goodwill refund above the limit for an administrator, who approves it", async () => {
    as("AGENT");
    const asked = await requestAppeasementAction({ orderId: order.id, amountMinor: 5001, reason: "Delivered a week late" });
    expect(asked).toMatchObject({ ok: true, data: { status: "PENDING_APPROVAL", amountMinor: 5001 } });
    if (!asked.ok) return;
    as("ADMIN");
    const decided = await decideAppeasementAction({ appeasementId: asked.data.appeasementId, expectedVersion: asked.data.version, approve: true });
    expect(decided).toMatchObject({ ok: true, data: { status: "APPROVED" } });
    expect(await t.db.paymentTransaction.count({ where: { orderId: order.id, type: "APPEASEMENT" } })).toBe(1);
  });

  it("lets an agent see what the order may return, authorise a return and refund it before the units arrive", async () => {
    as("AGENT");
    const returnable = await getReturnableOrderAction({ orderId: order.id });
    expect(returnable).toMatchObject({ ok: true, data: { lines: expect.arrayContaining([expect.objectContaining({ orderLineId: order.tshirt, returnableQty: 2 })]) } });
    const authorised = await authoriseReturnAction({ orderId: order.id, method: "MAIL", lines: [{ orderLineId: order.tshirt, qty: 1, reason: "SIZE_TOO_SMALL" }] });
    expect(authorised).toMatchObject({ ok: true, data: { number: expect.stringMatching(/^RMA-/), expectedRefundMinor: expect.any(Number) } });
    if (!authorised.ok) return;
    const refunded = await refundReturnAction({ returnId: authorised.data.returnId, expectedVersion: authorised.data.version, reason: "Loyal customer, parcel already posted" });
    expect(refunded).toMatchObject({ ok: true, data: { refundedMinor: authorised.data.expectedRefundMinor } });
    const again = await refundReturnAction({ returnId: authorised.data.returnId, expectedVersion: authorised.data.version, reason: "Second try" });
    expect(again).toMatchObject({ ok: false });
  });

  it("lets a supply-chain manager see the proposal and receive a mail return at the DC", async () => {
    as("AGENT");
    const authorised = await authoriseReturnAction({ orderId: order.id, method: "MAIL", lines: [{ orderLineId: order.lamp, qty: 1, reason: "DAMAGED" }] });
    expect(authorised.ok).toBe(true);
    if (!authorised.ok) return;
    as("SUPPLY_CHAIN");
    const proposal = await proposeDispositionsAction({ nodeId: DC, lines: [{ orderLineId: order.lamp, qty: 1, condition: "DAMAGED" }] });
    expect(proposal).toMatchObject({ ok: true, data: [expect.objectContaining({ orderLineId: order.lamp, disposition: expect.any(String) })] });
    const quote = await quoteReceiptAction({ returnId: authorised.data.returnId, lines: [{ orderLineId: order.lamp, qty: 1, condition: "DAMAGED" }] });
    expect(quote).toMatchObject({ ok: true, data: { refundMinor: expect.any(Number) } });
    const received = await receiveReturnAction({ returnId: authorised.data.returnId, nodeId: DC, expectedVersion: authorised.data.version, lines: [{ orderLineId: order.lamp, qty: 1, condition: "DAMAGED" }] });
    expect(received).toMatchObject({ ok: true, data: { number: authorised.data.number } });
    const line = await t.db.returnLine.findFirstOrThrow({ where: { returnId: authorised.data.returnId } });
    expect(line).toMatchObject({ receivedQty: 1, condition: "DAMAGED" });
  });

});
