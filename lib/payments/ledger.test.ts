// The ledger's money moves against a real database: refunds to the buyer never exceed what was
// captured and not yet refunded, name the method and provider that authorised the order, are
// idempotent by key, and a provider's refusal writes nothing.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx, type Tx } from "@/lib/db";
import { DomainError, RuleViolation } from "@/lib/errors";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "@/lib/orders/testing";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { captureUnits, refundToBuyer } from "./ledger";
import { registerPaymentProvider, unregisterPaymentProvider } from "./registry";
import { createTestProvider } from "./test-provider";

let t: TestDb;
const NOW = new Date("2026-11-25T09:00:00Z");
const run = <T,>(fn: (tx: Tx) => Promise<T>) => withTx(fn, { db: t.db });

beforeEach(async () => {
  await t?.close();
  t = await createTestDb();
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 10, "DC-PAR|LAMP": 5 } });
});
afterAll(() => t?.close());

/** An order whose lines have all been captured (as if shipped). */
async function capturedOrder(): Promise<{ id: string; totalMinor: number }> {
  const { id } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }] }), { now: NOW, db: t.db });
  const order = await t.db.order.findUniqueOrThrow({ where: { id }, include: { lines: true } });
  await run((tx) => captureUnits(tx, TEST_AGENT, id, order.lines.map((l) => ({ orderLineId: l.id, qty: l.qty })), { includeShipping: true, fulfillmentOrder: "FO-TEST" }));
  return { id, totalMinor: order.totalMinor };
}

describe("refundToBuyer", () => {
  it("refunds up to what was captured, on the authorising method and provider, with a timeline event", async () => {
    const o = await capturedOrder();
    const r = await run((tx) => refundToBuyer(tx, TEST_AGENT, { orderId: o.id, amountMinor: 1000, type: "REFUND", note: "Returned one T-shirt" }));
    expect(r).toEqual({ amountMinor: 1000, reference: expect.stringMatching(/^REFU-[0-9A-F]{12}$/) });
    const rows = await t.db.paymentTransaction.findMany({ where: { orderId: o.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((p) => [p.type, p.method, p.provider])).toEqual([
      ["AUTHORIZATION", "CARD", "test"],
      ["CAPTURE", "CARD", "test"],
      ["REFUND", "CARD", "test"],
    ]);
    expect(rows[1].idempotencyKey).toBe(`${o.id}:CAPTURE:0`);
    expect(rows[2]).toMatchObject({ reference: r.reference, idempotencyKey: `${o.id}:REFUND:0`, note: "Returned one T-shirt" });
    const event = await t.db.orderEvent.findFirstOrThrow({ where: { orderId: o.id, type: "payment.refunded" } });
    expect(event.data).toMatchObject({ type: "REFUND", amountMinor: 1000, method: "CARD", provider: "test" });
  });

  it("refuses more than was captured less refunds, naming what can still be refunded", async () => {
    const o = await capturedOrder();
    await run((tx) => refundToBuyer(tx, TEST_AGENT, { orderId: o.id, amountMinor: 1000, type: "APPEASEMENT", note: "Late delivery" }));
    const err = await run((tx) => refundToBuyer(tx, TEST_AGENT, { orderId: o.id, amountMinor: o.totalMinor - 999, type: "REFUND", note: "Too much" })).catch((e) => e);
    expect(err).toBeInstanceOf(RuleViolation);
    expect(err.code).toBe("REFUND_EXCEEDS_CAPTURED");
    expect(err.message).toContain(`€${((o.totalMinor - 1000) / 100).toFixed(2)}`);
    // Exactly the rest is fine.
    await run((tx) => refundToBuyer(tx, TEST_AGENT, { orderId: o.id, amountMinor: o.totalMinor - 1000, type: "REFUND", note: "The rest" }));
    expect(await t.db.paymentTransaction.count({ where: { orderId: o.id, type: { in: ["REFUND", "APPEASEMENT"] } } })).toBe(2);
  });

  it("refuses a refund before anything was captured", async () => {
    const { id } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }] }), { now: NOW, db: t.db });
    const err = await run((tx) => refundToBuyer(tx, TEST_AGENT, { orderId: id, amountMinor: 1, type: "APPEASEMENT", note: "Goodwill" })).catch((e) => e);
    expect(err.code).toBe("REFUND_EXCEEDS_CAPTURED");
  });

  it("moves money once for a retried key", async () => {
    const o = await capturedOrder();
    const input = { orderId: o.id, amountMinor: 700, type: "REFUND" as const, note: "RMA", idempotencyKey: "rma-1:refund" };
    const a = await run((tx) => refundToBuyer(tx, TEST_AGENT, input));
    const b = await run((tx) => refundToBuyer(tx, TEST_AGENT, input));
    expect(b).toEqual(a);
    expect(await t.db.paymentTransaction.count({ where: { orderId: o.id, type: "REFUND" } })).toBe(1);
    expect(await t.db.orderEvent.count({ where: { orderId: o.id, type: "payment.refunded" } })).toBe(1);
  });

  it("changes nothing when the provider declines or fails", async () => {
    const o = await capturedOrder();
    const base = createTestProvider();
    for (const answer of [
      { status: "DECLINED" as const, code: "expired_card", message: "The card has expired.", want: "PAYMENT_DECLINED" },
      { status: "FAILED" as const, code: "api_error", message: "Try later.", want: "PAYMENT_FAILED" },
    ]) {
      registerPaymentProvider({ ...base, name: "test", refund: () => Promise.resolve({ status: answer.status, code: answer.code, message: answer.message }) });
      try {
        const err = await run((tx) => refundToBuyer(tx, TEST_AGENT, { orderId: o.id, amountMinor: 500, type: "REFUND", note: "x" })).catch((e) => e);
        expect(err).toBeInstanceOf(DomainError);
        expect(err.code).toBe(answer.want);
      } finally {
        unregisterPaymentProvider("test");
      }
    }
    expect(await t.db.paymentTransaction.count({ where: { orderId: o.id, type: "REFUND" } })).toBe(0);
    expect(await t.db.orderEvent.count({ where: { orderId: o.id, type: "payment.refunded" } })).toBe(0);
  });
});
