// The returns list: filters, search, paging newest first, counts per status, and a store
// associate's view limited to their own store.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildCustomer, buildNode, buildOrder, buildSku } from "@/lib/orders/testing";
import { listReturns } from "./list-returns";

const NOW = new Date("2026-06-30T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const agent: Actor = { kind: "user", id: "u-agent", name: "Agent", email: "a@test", role: "AGENT", storeId: null, storeCode: null };
let t: TestDb;
let store: { id: string; code: string };
let dc: { id: string; code: string };

beforeAll(async () => {
  t = await createTestDb();
  store = await buildNode(t.db, { code: "ST-RET", type: "STORE" });
  dc = await buildNode(t.db, { code: "DC-RET", type: "DC" });
  const sku = await buildSku(t.db);
  const customer = await buildCustomer(t.db, { email: "nina@example.test" });
  const make = async (n: number, over: { status: "REQUESTED" | "APPROVED" | "RECEIVED" | "REFUNDED"; method: "IN_STORE" | "MAIL"; nodeId: string; age: number }) => {
    const order = await buildOrder(t.db, { customer, number: `ORD-R${n}`, status: "FULFILLED", lines: [{ skuId: sku.id, qty: 2, status: "DELIVERED" }] });
    await t.db.return.create({
      data: {
        number: `RMA-90000${n}`,
        orderId: order.id,
        status: over.status,
        method: over.method,
        receivingNodeId: over.nodeId,
        reason: "CHANGED_MIND",
        requestedAt: daysAgo(over.age),
        lines: { create: [{ orderLineId: order.lines[0].id, qty: 2, receivedQty: over.status === "RECEIVED" || over.status === "REFUNDED" ? 2 : 0, reason: "CHANGED_MIND" }] },
      },
    });
  };
  await make(1, { status: "REQUESTED", method: "MAIL", nodeId: dc.id, age: 1 });
  await make(2, { status: "APPROVED", method: "MAIL", nodeId: dc.id, age: 10 });
  await make(3, { status: "RECEIVED", method: "IN_STORE", nodeId: store.id, age: 20 });
  await make(4, { status: "REFUNDED", method: "IN_STORE", nodeId: store.id, age: 40 });
});
afterAll(() => t.close());

describe("listReturns", () => {
  it("lists returns newest first with their units and counts per status", async () => {
    const list = await listReturns(t.db, agent, {}, { now: NOW });
    expect(list.items.map((r) => r.number)).toEqual(["RMA-900001", "RMA-900002", "RMA-900003", "RMA-900004"]);
    expect(list.items[2]).toMatchObject({ method: "STORE", units: 2, receivedUnits: 2, order: { number: "ORD-R3" }, receivingNode: { code: "ST-RET" } });
    expect(list.statusCounts).toMatchObject({ REQUESTED: 1, APPROVED: 1, RECEIVED: 1, REFUNDED: 1, CLOSED: 0 });
  });

  it("filters by status, method, age and node, keeping the counts of the other filters", async () => {
    expect((await listReturns(t.db, agent, { status: "APPROVED" }, { now: NOW })).items.map((r) => r.number)).toEqual(["RMA-900002"]);
    const mail = await listReturns(t.db, agent, { method: "MAIL", status: "REQUESTED" }, { now: NOW });
    expect(mail.items.map((r) => r.number)).toEqual(["RMA-900001"]);
    expect(mail.statusCounts).toMatchObject({ REQUESTED: 1, APPROVED: 1, RECEIVED: 0 });
    expect((await listReturns(t.db, agent, { olderThanDays: "14" }, { now: NOW })).items.map((r) => r.number)).toEqual(["RMA-900003", "RMA-900004"]);
    expect((await listReturns(t.db, agent, { node: "st-ret" }, { now: NOW })).total).toBe(2);
  });

  it("finds a return by its RMA number, its order number or the order's e-mail", async () => {
    expect((await listReturns(t.db, agent, { q: "rma-900003" })).items.map((r) => r.number)).toEqual(["RMA-900003"]);
    expect((await listReturns(t.db, agent, { q: "ORD-R2" })).items.map((r) => r.number)).toEqual(["RMA-900002"]);
    expect((await listReturns(t.db, agent, { q: "Nina@example.test" })).total).toBe(4);
    expect((await listReturns(t.db, agent, { q: "nothing-like-it" })).total).toBe(0);
  });

  it("pages through the list", async () => {
    const second = await listReturns(t.db, agent, { pageSize: 3, page: 2 });
    expect(second).toMatchObject({ total: 4, pageCount: 2, page: 2 });
    expect(second.items.map((r) => r.number)).toEqual(["RMA-900004"]);
  });

  it("shows a store associate only the returns received or expected at their store", async () => {
    const associate: Actor = { kind: "user", id: "u-store", name: "Store", email: "s@test", role: "STORE_ASSOCIATE", storeId: store.id, storeCode: store.code };
    const list = await listReturns(t.db, associate, {});
    expect(list.items.map((r) => r.number)).toEqual(["RMA-900003", "RMA-900004"]);
    expect(list.statusCounts.REQUESTED).toBe(0);
  });

  it("refuses a role without return.view", async () => {
    const channel: Actor = { kind: "apiKey", id: "k", name: "Shop", role: "CHANNEL", channel: "WEB" };
    await expect(listReturns(t.db, channel, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
