import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { en } from "../templates/en";
import { fr } from "../templates/fr";
import { buildOrderForMessages } from "../testing";
import { enqueueCustomerMessage } from "./enqueue-customer-message";
import { enqueueWebhook } from "./enqueue-webhook";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

async function enqueue(input: Parameters<typeof enqueueCustomerMessage>[1]) {
  const { id } = await withTx((tx) => enqueueCustomerMessage(tx, input), { db: t.db });
  const row = await t.db.outboxMessage.findUniqueOrThrow({ where: { id } });
  const payload = row.payload as { locale: string; text: string; html: string; data: Record<string, unknown> };
  return { row, payload, text: nbsp(payload.text), html: nbsp(payload.html) };
}

describe("enqueueCustomerMessage", () => {
  it("writes a pending e-mail in French for a French customer, with the order's data", async () => {
    const { order } = await buildOrderForMessages(t.db, { locale: "fr", firstName: "Camille" });
    const { row, payload, text, html } = await enqueue({ topic: "ORDER_CONFIRMED", orderId: order.id, recipient: order.email, data: {} });

    expect(row).toMatchObject({ channel: "EMAIL", status: "PENDING", topic: "ORDER_CONFIRMED", orderId: order.id, recipient: order.email, attempts: 0 });
    expect(row.subject).toBe(`Votre commande ${order.number} est confirmée`);
    expect(payload.locale).toBe("fr");
    expect(text).toContain("Bonjour Camille,");
    expect(text).toContain("- 1 × Runner 42, prévu le 5 mars 2026");
    expect(text).toContain("- 2 × Wool socks (retrait à Paris Rivoli), prêt le 2 mars 2026");
    expect(text).toContain("Total de la commande : 114,90 €");
    expect(text).toContain(`http://localhost:3000/track?number=${order.number}`);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("<li>1 × Runner 42, prévu le 5 mars 2026</li>");
    expect(html).toContain(`href="http://localhost:3000/track?number=${order.number}"`);
  });

  it("writes in English for an English customer, and an explicit locale wins", async () => {
    const { order } = await buildOrderForMessages(t.db, { locale: "en", firstName: "Sam" });
    const english = await enqueue({ topic: "ORDER_CONFIRMED", orderId: order.id, recipient: order.email, data: {} });
    expect(english.row.subject).toBe(`Your order ${order.number} is confirmed`);
    expect(english.text).toContain("Hello Sam,");
    expect(english.text).toContain("Order total: €114.90");
    expect(english.text).toContain("- 1 × Runner 42, expected 5 Mar 2026");

    const french = await enqueue({ topic: "ORDER_CONFIRMED", orderId: order.id, recipient: order.email, locale: "fr", data: {} });
    expect(french.payload.locale).toBe("fr");
    expect(french.text).toContain("Bonjour Sam,");
  });

  it("falls back to English for a customer whose language has no templates", async () => {
    const { order } = await buildOrderForMessages(t.db, { locale: "de" });
    const { payload } = await enqueue({ topic: "ORDER_CONFIRMED", orderId: order.id, recipient: order.email, data: {} });
    expect(payload.locale).toBe("en");
  });

  it("uses the tracking link base from APP_URL", async () => {
    const { order } = await buildOrderForMessages(t.db, { locale: "en" });
    process.env.APP_URL = "https://shop.example.com/";
    try {
      const { text } = await enqueue({ topic: "ORDER_SHIPPED", orderId: order.id, recipient: order.email, data: {} });
      expect(text).toContain(`https://shop.example.com/track?number=${order.number}`);
    } finally {
      delete process.env.APP_URL;
    }
  });

  it("tells the pickup code and the store when an order is ready for pickup", async () => {
    const { order, pickup } = await buildOrderForMessages(t.db, { locale: "fr" });
    const { row, text } = await enqueue({ topic: "READY_FOR_PICKUP", orderId: order.id, recipient: order.email, data: { fulfillmentOrderId: pickup.id } });
    expect(row.subject).toBe(`Votre commande ${order.number} est prête à être retirée`);
    expect(text).toContain("Vos articles vous attendent à Paris Rivoli, 12 rue de Rivoli, 75004 Paris.");
    expect(text).toContain("Votre code de retrait : 482913.");
    expect(text).toContain("- 2 × Wool socks (retrait à Paris Rivoli)");
    expect(text).not.toContain("Runner 42");
  });

  it("refuses a ready-for-pickup message without a pickup code", async () => {
    const { order } = await buildOrderForMessages(t.db, { locale: "en" });
    const attempt = withTx((tx) => enqueueCustomerMessage(tx, { topic: "READY_FOR_PICKUP", orderId: order.id, recipient: order.email, data: {} }), { db: t.db });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fields: { "data.pickupCode": { code: "REQUIRED" } } });
  });

  it("says the shipment's carrier and tracking number", async () => {
    const { order } = await buildOrderForMessages(t.db, { locale: "en" });
    const { text } = await enqueue({ topic: "ORDER_SHIPPED", orderId: order.id, recipient: order.email, data: { carrier: "Colissimo", trackingNumber: "6A123" } });
    expect(text).toContain("Carrier: Colissimo, tracking number 6A123.");
    expect(text).toContain("- 1 × Runner 42");
    expect(text).not.toContain("Wool socks");
  });

  it("names the cancelled lines, or the whole order", async () => {
    const { order } = await buildOrderForMessages(t.db, { locale: "en" });
    const part = await enqueue({ topic: "ORDER_CANCELLED", orderId: order.id, recipient: order.email, data: { lines: [{ lineId: order.lines[1].id, qty: 1 }] } });
    expect(part.row.subject).toBe(`Items of your order ${order.number} have been cancelled`);
    expect(part.text).toContain("Cancelled items:\n- 1 × Wool socks");
    expect(part.text).not.toContain("Runner 42");

    const whole = await enqueue({ topic: "ORDER_CANCELLED", orderId: order.id, recipient: order.email, data: {} });
    expect(whole.row.subject).toBe(`Your order ${order.number} has been cancelled`);
    expect(whole.text).toContain("- 1 × Runner 42");
    expect(whole.text).toContain("- 2 × Wool socks");

    await expect(
      withTx((tx) => enqueueCustomerMessage(tx, { topic: "ORDER_CANCELLED", orderId: order.id, recipient: order.email, data: { lines: [{ lineId: "nope" }] } }), { db: t.db }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("states the refunded amount in the customer's format", async () => {
    const { order } = await buildOrderForMessages(t.db, { locale: "fr" });
    const { row, text } = await enqueue({ topic: "REFUNDED", orderId: order.id, recipient: order.email, data: { amountMinor: 2500 } });
    expect(row.subject).toBe(`Remboursement de votre commande ${order.number}`);
    expect(text).toContain(`Nous avons remboursé 25,00 € pour votre commande ${order.number}.`);

    await expect(
      withTx((tx) => enqueueCustomerMessage(tx, { topic: "REFUNDED", orderId: order.id, recipient: order.email, data: {} }), { db: t.db }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED", fields: { "data.amountMinor": { code: "REQUIRED" } } });
  });

  it("lists what changed and the price difference", async () => {
    const { order } = await buildOrderForMessages(t.db, { locale: "en" });
    const { text } = await enqueue({
      topic: "ORDER_CHANGED",
      orderId: order.id,
      recipient: order.email,
      data: { changes: ["ADDRESS", "QUANTITY"], priceDifferenceMinor: -1250 },
    });
    expect(text).toContain("We updated the delivery address, quantities. The difference of €12.50 will be refunded to your payment method.");
  });

  it("is part of the caller's transaction: nothing is queued when the change rolls back", async () => {
    const { order } = await buildOrderForMessages(t.db, { locale: "en" });
    await expect(
      withTx(
        async (tx) => {
          await enqueueCustomerMessage(tx, { topic: "ORDER_CONFIRMED", orderId: order.id, recipient: order.email, data: {} });
          throw new Error("the order change failed");
        },
        { db: t.db },
      ),
    ).rejects.toThrow("the order change failed");
    expect(await t.db.outboxMessage.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("refuses an unknown order and a bad recipient", async () => {
    await expect(withTx((tx) => enqueueCustomerMessage(tx, { topic: "ORDER_CONFIRMED", orderId: "missing", recipient: "a@b.co", data: {} }), { db: t.db })).rejects.toBeInstanceOf(NotFoundError);
    await expect(withTx((tx) => enqueueCustomerMessage(tx, { topic: "ORDER_CONFIRMED", orderId: "x", recipient: "not-an-email", data: {} }), { db: t.db })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("templates", () => {
  it("French covers every English topic", () => {
    expect(Object.keys(fr.topics).sort()).toEqual(Object.keys(en.topics).sort());
  });
});

describe("enqueueWebhook", () => {
  it("writes a pending webhook call for a channel system", async () => {
    const { order } = await buildOrderForMessages(t.db);
    const { id } = await withTx((tx) => enqueueWebhook(tx, { topic: "order.shipped", orderId: order.id, url: "https://channel.example.com/hooks", payload: { number: order.number } }), { db: t.db });
    const row = await t.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ channel: "WEBHOOK", status: "PENDING", topic: "order.shipped", recipient: "https://channel.example.com/hooks", payload: { number: order.number } });
    await expect(withTx((tx) => enqueueWebhook(tx, { topic: "x", url: "ftp://nope", payload: {} }), { db: t.db })).rejects.toBeInstanceOf(ValidationError);
  });
});
