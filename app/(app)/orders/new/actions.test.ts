// Placing a phone order: only agents and admins may, the channel is always the call centre's,
// field errors come back by path for the form, a payment is required (a declined card places
// nothing), and a good order is captured, authorised and reserved.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildWorld, LEA, PARIS_ADDRESS, position } from "@/lib/orders/testing";
import { placeOrderAction } from "./actions";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|LAMP": 10, "ST-PAR-01|JEANS-32": 3 } });
  await createRoleUsers(t.db);
});
afterAll(() => t.close());

const as = (role: keyof typeof TEST_USERS | null) => {
  session.userId = role ? TEST_USERS[role].id : null;
};

const good = {
  customerId: "cust-1",
  customer: LEA,
  shippingAddress: PARIS_ADDRESS,
  lines: [
    { sku: "LAMP", qty: 1, mode: "SHIP" },
    { sku: "JEANS-32", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" },
  ],
  payment: { method: "CARD", card: { number: "4242 4242 4242 4242", expiry: "12/34", cvc: "123" } },
};

describe("placeOrderAction", () => {
  it.each(["STORE_ASSOCIATE", "SUPPLY_CHAIN"] as const)("refuses a %s and creates nothing", async (role) => {
    as(role);
    expect(await placeOrderAction(good)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await t.db.order.count()).toBe(0);
  });

  it("returns each bad field by path and creates nothing", async () => {
    as("AGENT");
    const res = await placeOrderAction({ customer: { name: "", email: "not-an-email" }, shippingAddress: { ...PARIS_ADDRESS, postalCode: "!" }, lines: [{ sku: "LAMP", qty: 0, mode: "SHIP" }] });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe("VALIDATION_FAILED");
    expect(res.error.fields).toMatchObject({ "customer.name": { code: "REQUIRED" }, "customer.email": { code: "INVALID_EMAIL" }, "shippingAddress.postalCode": { code: "POSTCODE_FORMAT" }, "lines.0.qty": { code: "TOO_SMALL", params: { minimum: 1 } } });
    expect(await t.db.order.count()).toBe(0);
  });

  it("names an unknown SKU and an unknown promo code next to their fields", async () => {
    as("AGENT");
    const res = await placeOrderAction({ ...good, lines: [good.lines[0], { sku: "NOPE", qty: 1, mode: "SHIP" }], promoCode: "NOSUCH" });
    expect(res).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { "lines.1.sku": { code: "SKU_UNKNOWN", params: { sku: "NOPE" } }, promoCode: { code: "PROMO_UNKNOWN" } } } });
    expect(await t.db.order.count()).toBe(0);
  });

  it("asks for the store of a pickup line and for an address when a line ships, on the first refusal", async () => {
    as("AGENT");
    const { shippingAddress: _, ...noAddress } = good;
    const res = await placeOrderAction({ ...noAddress, lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }, { sku: "JEANS-32", qty: 1, mode: "PICKUP" }] });
    expect(res).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { shippingAddress: { code: "SHIPPING_ADDRESS_REQUIRED" }, "lines.1.pickupStore": { code: "PICKUP_STORE_REQUIRED" } } } });
  });

  it("places a call-centre order whatever channel the form sends, and reserves its units", async () => {
    as("AGENT");
    const res = await placeOrderAction({ ...good, channel: "WEB", promoCode: "welcome10" });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const order = await t.db.order.findUniqueOrThrow({ where: { number: res.data.number }, select: { channel: true, customerId: true, promoCode: true, lines: { orderBy: { lineNo: "asc" }, select: { deliveryMode: true, pickupNode: { select: { code: true } } } } } });
    expect(order).toMatchObject({ channel: "CALL_CENTER", customerId: "cust-1", promoCode: "WELCOME10" });
    expect(order.lines).toEqual([
      { deliveryMode: "SHIP", pickupNode: null },
      { deliveryMode: "PICKUP", pickupNode: { code: "ST-PAR-01" } },
    ]);
    expect((await position(t.db, "ST-PAR-01", "JEANS-32")).reserved).toBe(1);
  });

  it("requires a payment, and places nothing when the card is declined", async () => {
    as("AGENT");
    const { payment: _, ...unpaid } = good;
    expect(await placeOrderAction(unpaid)).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { "payment.method": { code: "PAYMENT_METHOD_REQUIRED" } } } });
    const declined = await placeOrderAction({ ...good, payment: { method: "CARD", card: { number: "4000 0000 0000 9995", expiry: "12/34", cvc: "123" } } });
    expect(declined).toMatchObject({ ok: false, error: { code: "PAYMENT_DECLINED", fields: { "payment.card.number": { code: "CARD_INSUFFICIENT_FUNDS" } } } });
    const before = await t.db.order.count();
    const link = await placeOrderAction({ ...good, payment: { method: "PAY_BY_LINK" } });
    expect(link.ok).toBe(true);
    expect(await t.db.order.count()).toBe(before + 1);
  });
});
