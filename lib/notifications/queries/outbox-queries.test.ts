import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError } from "@/lib/errors";
import { enqueueCustomerMessage } from "../commands/enqueue-customer-message";
import { enqueueWebhook } from "../commands/enqueue-webhook";
import { dispatchOutbox } from "../commands/dispatch-outbox";
import { localTransport } from "../transports/local";
import { buildOrderForMessages, buildOutboxMessage } from "../testing";
import { getOutboxMessage } from "./get-outbox-message";
import { listOutbox } from "./list-outbox";

let t: TestDb;
let orderNumber: string;
let confirmedId: string;
const admin: Actor = { kind: "user", id: "u-admin", name: "Admin", email: "admin@t", role: "ADMIN", storeId: null, storeCode: null };
const agent: Actor = { ...admin, id: "u-agent", role: "AGENT" };

beforeAll(async () => {
  t = await createTestDb();
  const { order } = await buildOrderForMessages(t.db, { locale: "fr", firstName: "Léa" });
  orderNumber = order.number;
  confirmedId = (await withTx((tx) => enqueueCustomerMessage(tx, { topic: "ORDER_CONFIRMED", orderId: order.id, recipient: "lea@example.test", data: {} }), { db: t.db })).id;
  await dispatchOutbox(t.db, { transport: localTransport() });
  await withTx((tx) => enqueueCustomerMessage(tx, { topic: "REFUNDED", orderId: order.id, recipient: "lea@example.test", data: { amountMinor: 990 } }), { db: t.db });
  await buildOutboxMessage(t.db, { status: "FAILED", attempts: 5, lastError: "SMTP 550 mailbox unavailable", recipient: "bounce@example.test", topic: "ORDER_SHIPPED" });
  await withTx((tx) => enqueueWebhook(tx, { topic: "order.created", url: "https://channel.example.com/hook", payload: { number: "X-1" } }), { db: t.db });
});
afterAll(async () => {
  await t.close();
});

describe("listOutbox", () => {
  it("lists newest first with counts per status", async () => {
    const list = await listOutbox(t.db, admin, {});
    expect(list.total).toBe(4);
    expect(list.items[0].topic).toBe("order.created");
    expect(list.counts).toEqual({ PENDING: 2, SENT: 1, FAILED: 1 });
  });

  it("filters by status and topic", async () => {
    expect((await listOutbox(t.db, admin, { status: "FAILED" })).items.map((i) => i.recipient)).toEqual(["bounce@example.test"]);
    expect((await listOutbox(t.db, admin, { topic: "REFUNDED" })).items).toHaveLength(1);
    const sent = await listOutbox(t.db, admin, { status: "SENT" });
    expect(sent.items[0]).toMatchObject({ id: confirmedId, order: { number: orderNumber }, delivery: { transport: "local" } });
    expect(sent.items[0].sentAt).toBeInstanceOf(Date);
  });

  it("searches the recipient and the order number", async () => {
    expect((await listOutbox(t.db, admin, { q: "LEA@EXAMPLE" })).total).toBe(2);
    expect((await listOutbox(t.db, admin, { q: orderNumber.slice(-6) })).total).toBe(2);
    expect((await listOutbox(t.db, admin, { q: "nobody" })).total).toBe(0);
  });

  it("pages", async () => {
    const first = await listOutbox(t.db, admin, { pageSize: 3 });
    const second = await listOutbox(t.db, admin, { pageSize: 3, page: 2 });
    expect(first.items).toHaveLength(3);
    expect(second.items).toHaveLength(1);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(4);
  });

  it("is for admins only", async () => {
    await expect(listOutbox(t.db, agent, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getOutboxMessage(t.db, agent, { id: confirmedId })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("getOutboxMessage", () => {
  it("shows the text the customer received", async () => {
    const msg = await getOutboxMessage(t.db, admin, { id: confirmedId });
    expect(msg).toMatchObject({ channel: "EMAIL", status: "SENT", locale: "fr", order: { number: orderNumber }, delivery: { transport: "local" }, body: null });
    expect(msg.text).toContain("Bonjour Léa,");
    expect(msg.html).toContain("<html");
  });

  it("shows a webhook's JSON body without the dispatcher's note", async () => {
    const [hook] = (await listOutbox(t.db, admin, { topic: "order.created" })).items;
    const msg = await getOutboxMessage(t.db, admin, { id: hook.id });
    expect(msg).toMatchObject({ channel: "WEBHOOK", text: null, body: { number: "X-1" } });
  });

  it("shows the data of an e-mail stored without rendered text", async () => {
    const raw = await buildOutboxMessage(t.db, { payload: { orderNumber: "OMS-1", firstName: "Ana" } });
    const msg = await getOutboxMessage(t.db, admin, { id: raw.id });
    expect(msg).toMatchObject({ text: null, body: { orderNumber: "OMS-1", firstName: "Ana" } });
    await t.db.outboxMessage.delete({ where: { id: raw.id } });
  });
});
