import { describe, expect, it } from "vitest";
import { confirmationRow } from "./notify";
import { sourceAndReserve } from "./source";
import { testContext, testInput } from "./testing";
import { validateCatalogue } from "./validate-catalogue";

const NOW = new Date("2026-11-25T09:00:00Z");

describe("capture step: notify", () => {
  const ctx = testContext({ stock: { "ST-PAR-01|LAMP": 1 } });
  const input = testInput({ lines: [{ sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" }], shippingAddress: undefined });
  const sourced = sourceAndReserve(input, ctx, { orderId: "order-1", skuByCode: validateCatalogue(input, ctx).skuByCode, destination: null, openHolds: 0, now: NOW });
  const order = { id: "order-1", number: "OMS-42", currency: "EUR", totalMinor: 3499, recipient: "lea@example.test", customer: { firstName: "Léa", locale: "fr" } };

  it("queues the confirmation in the buyer's language, naming the order and the pickup store", () => {
    const row = confirmationRow(order, sourced, ctx, { kind: "authorised", method: "CARD", provider: "test", reference: "r", idempotencyKey: null, note: "", cardLast4: null }, NOW);
    expect(row).toMatchObject({ channel: "EMAIL", topic: "ORDER_CONFIRMED", orderId: "order-1", recipient: "lea@example.test", status: "PENDING", attempts: 0 });
    const payload = row.payload as { locale: string; text: string };
    expect(payload.locale).toBe("fr");
    expect(payload.text).toContain("OMS-42");
    expect(payload.text).toContain("Paris Rivoli");
  });

  it("gives a pay-by-link buyer the link to pay", () => {
    const row = confirmationRow(order, sourced, ctx, { kind: "link", token: "tok", url: "https://pay.example/tok", expiresAt: new Date("2026-11-27T09:00:00Z") }, NOW);
    expect((row.payload as { text: string }).text).toContain("https://pay.example/tok");
  });
});
