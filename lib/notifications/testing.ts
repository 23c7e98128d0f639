// Small builders for notifications tests: a customer with an order (a ship line and a pickup line
// with its fulfilment order), raw outbox messages, and transports that count or fail.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { OutboxDelivery, Transport } from "./transports/types";

const uid = () => randomBytes(4).toString("hex");

export async function buildOrderForMessages(db: Db, over: { locale?: string; firstName?: string; totalMinor?: number } = {}) {
  const id = uid();
  const store = await db.node.create({
    data: {
      code: `ST-N-${id}`,
      name: "Paris Rivoli",
      type: "STORE",
      addressLine1: "12 rue de Rivoli",
      city: "Paris",
      postalCode: "75004",
      country: "FR",
      lat: 48.85,
      lng: 2.35,
      timeZone: "Europe/Paris",
      canPickup: true,
      dailyCapacity: 100,
      openingHours: {},
    },
  });
  const category = await db.category.create({ data: { code: `C-${id}`, name: "Shoes" } });
  const product = await db.product.create({ data: { code: `P-${id}`, name: "Runner", categoryId: category.id } });
  const shoe = await db.sku.create({ data: { code: `RUN-42-${id}`, productId: product.id, name: "Runner 42", priceMinor: 8990, weightGrams: 700 } });
  const sock = await db.sku.create({ data: { code: `SOCK-${id}`, productId: product.id, name: "Wool socks", priceMinor: 1250, weightGrams: 80 } });
  const customer = await db.customer.create({
    data: {
      number: `CU-${id}`,
      firstName: over.firstName ?? "Camille",
      lastName: "Martin",
      email: `camille-${id}@example.test`,
      ...(over.locale ? { locale: over.locale } : {}),
    },
  });
  const total = over.totalMinor ?? 8990 + 2 * 1250;
  const order = await db.order.create({
    data: {
      number: `ORD-N${id}`,
      channel: "WEB",
      status: "RELEASED",
      customerId: customer.id,
      email: customer.email,
      subtotalMinor: total,
      totalMinor: total,
      currency: "EUR",
      promisedDate: new Date("2026-03-05T10:00:00Z"),
      lines: {
        create: [
          { lineNo: 1, skuId: shoe.id, qty: 1, unitPriceMinor: 8990, deliveryMode: "SHIP", promisedDate: new Date("2026-03-05T10:00:00Z") },
          { lineNo: 2, skuId: sock.id, qty: 2, unitPriceMinor: 1250, deliveryMode: "PICKUP", pickupNodeId: store.id, promisedDate: new Date("2026-03-02T15:00:00Z") },
        ],
      },
    },
    select: { id: true, number: true, email: true, lines: { orderBy: { lineNo: "asc" }, select: { id: true } } },
  });
  const pickup = await db.fulfillmentOrder.create({
    data: {
      number: `${order.number}-F1`,
      orderId: order.id,
      nodeId: store.id,
      pickupNodeId: store.id,
      deliveryMode: "PICKUP",
      status: "READY_FOR_PICKUP",
      pickupCode: "482913",
      lines: { create: [{ orderLineId: order.lines[1].id, qty: 2 }] },
    },
    select: { id: true },
  });
  return { order, customer, store, pickup, skus: { shoe, sock } };
}

/** An outbox message written straight to the table (the dispatcher does not care how it got there). */
export async function buildOutboxMessage(db: Db, over: Partial<Prisma.OutboxMessageUncheckedCreateInput> = {}) {
  return db.outboxMessage.create({
    data: {
      channel: "EMAIL",
      topic: "ORDER_CONFIRMED",
      recipient: `buyer-${uid()}@example.test`,
      subject: "Your order is confirmed",
      payload: { locale: "en", text: "Hello", html: "<p>Hello</p>" },
      ...over,
    },
  });
}

/** A transport that records every send; `fail` decides, per message, whether to throw. */
export function countingTransport(options: { fail?: (m: OutboxDelivery) => boolean; delayMs?: number } = {}) {
  const sent: OutboxDelivery[] = [];
  const calls = new Map<string, number>();
  const transport: Transport = {
    async send(message) {
      calls.set(message.id, (calls.get(message.id) ?? 0) + 1);
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      if (options.fail?.(message)) throw new Error("SMTP 451 temporary failure");
      sent.push(message);
      return { transport: "fake", reference: `ref-${message.id}` };
    },
  };
  return { transport, sent, calls };
}
