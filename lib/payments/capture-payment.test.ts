// Paying a phone order: a card is authorised before anything is written (a decline reserves
// nothing and places no order), a payment link holds the order until the buyer pays on the public
// page, and every later money move names the method and provider that authorised the order.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx, type Tx } from "@/lib/db";
import { buildWorld, LEA, PARIS_ADDRESS, position, TEST_AGENT } from "@/lib/orders/testing";
import { captureOrder, captureOrderSchema, type CaptureOrderInput, cancelLine, payPaymentLink } from "@/lib/orders";
import { captureUnits, refundToBuyer } from "./ledger";
import { getPaymentLink } from "./pay-link";
import { stableReference } from "./provider";

let t: TestDb;
const NOW = new Date("2026-11-25T09:00:00Z");
const run = <T,>(fn: (tx: Tx) => Promise<T>) => withTx(fn, { db: t.db });
const CARD = (number: string) => ({ method: "CARD", card: { number, expiry: "12/34", cvc: "123" } });

beforeEach(async () => {
  await t?.close();
  t = await createTestDb();
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 10, "DC-PAR|LAMP": 5 } });
});
afterAll(() => t?.close());

function place(extra: Record<string, unknown>, lines: CaptureOrderInput["lines"] = [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }]) {
  return captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines, ...extra }), { now: NOW, db: t.db });
}
const load = (id: string) =>
  t.db.order.findUniqueOrThrow({ where: { id }, include: { lines: { orderBy: { lineNo: "asc" } }, payments: { orderBy: { createdAt: "asc" } }, holds: true, fulfillmentOrders: true, events: true, paymentLink: true } });

describe("a phone order paid by card", () => {
  it("authorises the total with the provider and records its reference, method and provider", async () => {
    const { id } = await place({ payment: CARD("4242 4242 4242 4242") });
    const o = await load(id);
    expect(o.status).toBe("RELEASED");
    expect(o.payments).toEqual([
      expect.objectContaining({ type: "AUTHORIZATION", amountMinor: o.totalMinor, method: "CARD", provider: "test", reference: stableReference("AUTH", `${id}:AUTHORIZATION:0`), idempotencyKey: `${id}:AUTHORIZATION:0` }),
    ]);
    expect(o.payments[0].note).toContain("4242");
    expect(o.events.find((e) => e.type === "payment.authorized")?.data).toMatchObject({ method: "CARD", provider: "test", cardLast4: "4242" });
    // The card number is kept nowhere.
    const stored = JSON.stringify([o, await t.db.outboxMessage.findMany({ where: { orderId: id } })]);
    expect(stored).not.toMatch(/4242 ?4242 ?4242/);
  });

  it.each([
    ["4000 0000 0000 0002", "PAYMENT_DECLINED", "card_declined", "CARD_DECLINED"],
    ["4000 0000 0000 9995", "PAYMENT_DECLINED", "insufficient_funds", "CARD_INSUFFICIENT_FUNDS"],
    ["4000 0000 0000 0119", "PAYMENT_FAILED", "processing_error", "CARD_PROCESSING_ERROR"],
  ])("refuses card %s with %s and why on the card field, reserving and writing nothing", async (number, code, providerCode, why) => {
    const err = await place({ payment: CARD(number) }).catch((e) => e);
    expect(err).toMatchObject({ code, params: { declineCode: why, providerCode }, providerCode });
    expect(err.fields).toEqual({ "payment.card.number": { code: why } });
    expect(await t.db.order.count()).toBe(0);
    expect(await t.db.paymentTransaction.count()).toBe(0);
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ reserved: 0 });
  });

  it("refuses a number that is not a card number, and a card without details, before asking anyone", () => {
    const bad = captureOrderSchema.safeParse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }], payment: CARD("4242 4242 4242 4241") });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["payment.card.number"]);
    const none = captureOrderSchema.safeParse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }], payment: { method: "CARD" } });
    expect(none.error?.issues.map((i) => i.path.join("."))).toEqual(["payment.card"]);
  });
});

describe("a phone order paid by link", () => {
  it("holds the order with its stock reserved until the buyer pays, then releases it", async () => {
    const { id, number } = await place({ payment: { method: "PAY_BY_LINK" } });
    let o = await load(id);
    expect(o.status).toBe("ON_HOLD");
    expect(o.holds).toEqual([expect.objectContaining({ type: "PAYMENT", releasedAt: null })]);
    expect(o.payments).toEqual([]);
    expect(o.fulfillmentOrders.every((f) => f.status === "CREATED")).toBe(true);
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ reserved: 2 });
    const link = o.paymentLink!;
    expect(link).toMatchObject({ amountMinor: o.totalMinor, completedAt: null });
    expect(link.expiresAt.getTime() - NOW.getTime()).toBe(48 * 3600_000);
    const [message] = await t.db.outboxMessage.findMany({ where: { orderId: id } });
    expect(message.topic).toBe("ORDER_CONFIRMED");
    expect((message.payload as { text: string }).text).toContain(`/pay/${link.token}`);

    expect(await getPaymentLink(t.db, link.token, { now: NOW })).toMatchObject({ orderNumber: number, amountMinor: o.totalMinor, state: "OPEN", firstName: "Léa" });

    // A declined card changes nothing: the link stays open.
    const declined = await payPaymentLink({ token: link.token, attemptId: "try-one-1", card: { number: "4000000000000002", expiry: "12/34", cvc: "123" } }, { db: t.db, now: NOW }).catch((e) => e);
    expect(declined.code).toBe("PAYMENT_DECLINED");
    expect(await t.db.paymentTransaction.count({ where: { orderId: id } })).toBe(0);

    const paid = await payPaymentLink({ token: link.token, attemptId: "try-two-2", card: { number: "4242424242424242", expiry: "12/34", cvc: "123" } }, { db: t.db, now: NOW });
    expect(paid.orderNumber).toBe(number);
    o = await load(id);
    expect(o.status).toBe("RELEASED");
    expect(o.holds[0].releasedAt).not.toBeNull();
    expect(o.fulfillmentOrders.every((f) => f.status === "RELEASED")).toBe(true);
    expect(o.payments).toEqual([expect.objectContaining({ type: "AUTHORIZATION", amountMinor: o.totalMinor, method: "CARD", provider: "test", reference: paid.reference })]);
    expect((await getPaymentLink(t.db, link.token, { now: NOW }))?.state).toBe("PAID");
    const again = await payPaymentLink({ token: link.token, attemptId: "try-three", card: { number: "4242424242424242", expiry: "12/34", cvc: "123" } }, { db: t.db, now: NOW }).catch((e) => e);
    expect(again.code).toBe("PAYMENT_LINK_USED");
  });

  it("says an expired link has expired and takes no payment", async () => {
    const { id } = await place({ payment: { method: "PAY_BY_LINK" } });
    const { token } = (await load(id)).paymentLink!;
    const later = new Date(NOW.getTime() + 49 * 3600_000);
    expect((await getPaymentLink(t.db, token, { now: later }))?.state).toBe("EXPIRED");
    const err = await payPaymentLink({ token, attemptId: "try-late-1", card: { number: "4242424242424242", expiry: "12/34", cvc: "123" } }, { db: t.db, now: later }).catch((e) => e);
    expect(err.code).toBe("PAYMENT_LINK_EXPIRED");
    expect(await getPaymentLink(t.db, "no-such-token")).toBeNull();
  });

  it("asks the new total when a line is cancelled before the buyer pays", async () => {
    const { id } = await place({ payment: { method: "PAY_BY_LINK" } }, [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }, { sku: "LAMP", qty: 1, mode: "SHIP" }]);
    const o = await load(id);
    await run((tx) => cancelLine(tx, TEST_AGENT, { orderId: id, lineId: o.lines[1].id, expectedVersion: o.version, reason: "Customer changed mind" }));
    const after = await load(id);
    expect(after.totalMinor).toBeLessThan(o.totalMinor);
    expect(after.paymentLink!.amountMinor).toBe(after.totalMinor);
    expect(after.payments).toEqual([]);
  });
});

describe("a channel order authorised by its own provider", () => {
  it("voids, captures and refunds on the method and provider that authorised it", async () => {
    const { id } = await place({ channel: "WEB", payment: { method: "PAYPAL", reference: "PAYID-123", provider: "paypal" } }, [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }, { sku: "LAMP", qty: 1, mode: "SHIP" }]);
    const o = await load(id);
    expect(o.payments[0]).toMatchObject({ type: "AUTHORIZATION", method: "PAYPAL", provider: "paypal", reference: "PAYID-123", amountMinor: o.totalMinor });
    await run((tx) => cancelLine(tx, TEST_AGENT, { orderId: id, lineId: o.lines[1].id, expectedVersion: o.version, reason: "Out of stock" }));
    const after = await load(id);
    await run((tx) => captureUnits(tx, TEST_AGENT, id, [{ orderLineId: after.lines[0].id, qty: 1 }], { includeShipping: true, fulfillmentOrder: "FO-1" }));
    await run((tx) => refundToBuyer(tx, TEST_AGENT, { orderId: id, amountMinor: 500, type: "APPEASEMENT", note: "Late" }));
    const rows = await t.db.paymentTransaction.findMany({ where: { orderId: id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.type, r.method, r.provider, r.idempotencyKey])).toEqual([
      ["AUTHORIZATION", "PAYPAL", "paypal", null],
      ["VOID", "PAYPAL", "paypal", `${id}:VOID:0`],
      ["CAPTURE", "PAYPAL", "paypal", `${id}:CAPTURE:0`],
      ["APPEASEMENT", "PAYPAL", "paypal", `${id}:APPEASEMENT:0`],
    ]);
    expect(rows.every((r) => r.reference)).toBe(true);
  });

  it("records an order placed without a payment as a card, as before", async () => {
    const { id } = await place({});
    expect((await load(id)).payments).toEqual([expect.objectContaining({ type: "AUTHORIZATION", method: "CARD", provider: "test" })]);
  });
});
