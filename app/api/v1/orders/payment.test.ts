// The channel API's optional payment: a channel that took the payment itself sends its method and
// authorisation reference, and the ledger records them (its later voids, captures and refunds
// too) without any call to a payment provider; without it the order is recorded as before.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { apiRequest, createTestApiKeys } from "@/lib/api/testing";
import { buildWorld, LEA, PARIS_ADDRESS } from "@/lib/orders/testing";
import { registerPaymentProvider, testProvider, unregisterPaymentProvider } from "@/lib/payments";
import { POST } from "./route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 50 } });
  await createTestApiKeys(t.db);
});
afterAll(async () => {
  await t?.close();
});

const order = (overrides: Record<string, unknown> = {}) => ({ channel: "WEB", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }], ...overrides });
const post = (body: unknown) => POST(apiRequest("/api/v1/orders", { body, headers: { "Idempotency-Key": randomUUID() } }), undefined);
const authorisation = async (number: string) => t.db.paymentTransaction.findFirstOrThrow({ where: { order: { number }, type: "AUTHORIZATION" } });

describe("POST /api/v1/orders with a payment", () => {
  it("records the channel's method, reference and provider, and asks no provider", async () => {
    const asked: string[] = [];
    registerPaymentProvider({ ...testProvider, name: "test", authorise: (i) => (asked.push(i.idempotencyKey), testProvider.authorise(i)) });
    try {
      const res = await post(order({ payment: { method: "PAYPAL", reference: "PAYID-LZ7Q", provider: "paypal" } }));
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(await authorisation(body.number)).toMatchObject({ method: "PAYPAL", reference: "PAYID-LZ7Q", provider: "paypal", amountMinor: body.totalMinor });
      const mkt = await (await post(order({ payment: { method: "marketplace", reference: "AMZ-114-2" } }))).json();
      expect(await authorisation(mkt.number)).toMatchObject({ method: "MARKETPLACE", reference: "AMZ-114-2", provider: "channel" });
      expect(asked).toEqual([]);
    } finally {
      unregisterPaymentProvider("test");
    }
  });

  it("records a card, as before, when no payment is sent", async () => {
    const body = await (await post(order())).json();
    expect(await authorisation(body.number)).toMatchObject({ method: "CARD", provider: "test", reference: expect.stringMatching(/^AUTH-/) });
  });

  it("refuses card details, a payment link and a payment without its reference, placing nothing", async () => {
    const before = await t.db.order.count();
    for (const [payment, field] of [
      [{ method: "CARD", card: { number: "4242424242424242", expiry: "12/34", cvc: "123" } }, "payment.reference"],
      [{ method: "PAYPAL" }, "payment.reference"],
      ["PAYPAL", "payment"],
    ] as const) {
      const res = await post(order({ payment }));
      expect(res.status).toBe(422);
      const { error } = await res.json();
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(Object.keys(error.fields)).toContain(field);
    }
    const link = await (await post(order({ payment: { method: "PAY_BY_LINK", reference: "x" } }))).json();
    expect(link.error.fields).toHaveProperty("payment.method");
    const card = await (await post(order({ payment: { method: "CARD", reference: "ch_1", card: { number: "4242424242424242", expiry: "12/34", cvc: "123" } } }))).json();
    expect(card.error.fields).toHaveProperty("payment.card");
    expect(await t.db.order.count()).toBe(before);
  });
});
