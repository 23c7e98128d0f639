import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError } from "@/lib/errors";
import { buildCustomer, buildNode, buildOrder, buildSku } from "./test-builders";
import { getOrderDetail } from "./get-order-detail";

const agent: Actor = { kind: "user", id: "u1", name: "Agent", email: "agent@oms.demo", role: "AGENT", storeId: null, storeCode: null };
const storeUser: Actor = { kind: "user", id: "u2", name: "Store", email: "store@oms.demo", role: "STORE_ASSOCIATE", storeId: "x", storeCode: "ST" };

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  const dc = await buildNode(t.db, { code: "DC-LYS", name: "Lyon DC", type: "DC", city: "Saint-Priest" });
  const store = await buildNode(t.db, { code: "ST-PAR-01", name: "Paris Rivoli" });
  const sku = await buildSku(t.db, { code: "SKU-JKT", name: "Rain jacket" });
  const c = await buildCustomer(t.db, { firstName: "Sophie", lastName: "Leclerc" });
  const order = await buildOrder(t.db, {
    customer: c,
    number: "ORD-3001",
    lines: [{ skuId: sku.id, qty: 2 }, { skuId: sku.id, mode: "PICKUP", pickupNodeId: store.id }],
    fulfillments: [
      { nodeId: dc.id, lines: [{ line: 0, qty: 2 }] },
      { nodeId: store.id, mode: "PICKUP", pickupNodeId: store.id, status: "READY_FOR_PICKUP", pickupCode: "123456", lines: [{ line: 1, qty: 1 }] },
    ],
  });
  const [line1] = order.lines.map((l) => l.id);
  const author = await t.db.user.create({ data: { email: "a@x.test", name: "Alice Agent", passwordHash: "x", role: "AGENT" } });
  await t.db.orderNote.create({ data: { orderId: order.id, authorId: author.id, body: "Customer called about the jacket." } });
  await t.db.orderHold.create({ data: { orderId: order.id, type: "HIGH_VALUE", reason: "Over 1,000 EUR", createdAt: new Date("2026-03-01T10:00:00Z"), releasedAt: new Date("2026-03-01T11:00:00Z"), releasedBy: "Alice Agent" } });
  await t.db.paymentTransaction.createMany({
    data: [
      { orderId: order.id, type: "AUTHORIZATION", amountMinor: 3000, currency: "EUR", createdAt: new Date("2026-03-01T10:00:00Z") },
      { orderId: order.id, type: "CAPTURE", amountMinor: 3000, currency: "EUR", createdAt: new Date("2026-03-02T10:00:00Z") },
    ],
  });
  await t.db.orderEvent.createMany({
    data: [
      { orderId: order.id, type: "ORDER_CREATED", actorType: "API_KEY", actorName: "Web shop", createdAt: new Date("2026-03-01T10:00:00Z") },
      { orderId: order.id, type: "HOLD_RELEASED", actorType: "USER", actorName: "Alice Agent", reason: "Customer verified", createdAt: new Date("2026-03-01T11:00:00Z") },
    ],
  });
  await t.db.sourcingDecision.create({
    data: { orderId: order.id, reason: "CAPTURE", plan: { shipments: [], unfilled: [] }, explanation: {}, costMinor: 1, createdAt: new Date("2026-03-01T10:00:00Z") },
  });
  await t.db.sourcingDecision.create({
    data: {
      orderId: order.id,
      reason: "RESOURCE_SHORT_PICK",
      costMinor: 1234,
      createdAt: new Date("2026-03-01T12:00:00Z"),
      plan: {
        shipments: [
          { node: dc.id, to: "customer", lines: [{ line: line1, qty: 2 }] },
          // Seeded history names lines by number and nodes by code.
          { node: "ST-PAR-01", to: "ST-PAR-01", lines: [{ line: 2, qty: 1 }] },
        ],
        unfilled: [],
      },
      explanation: { method: "EXACT", optimal: true, summary: "Shipped from the DC; pickup from the store's own stock." },
    },
  });
});
afterAll(async () => {
  await t?.close();
});

describe("getOrderDetail", () => {
  it("returns null for an unknown number", async () => {
    expect(await getOrderDetail(t.db, agent, { number: "ORD-NOPE" })).toBeNull();
  });

  it("shows lines, fulfilment orders per node, payments, holds, notes and the timeline newest first", async () => {
    const o = (await getOrderDetail(t.db, agent, { number: "ORD-3001" }))!;
    expect(o.lines.map((l) => [l.lineNo, l.sku.code, l.qty, l.deliveryMode, l.pickupNode?.code ?? null])).toEqual([
      [1, "SKU-JKT", 2, "SHIP", null],
      [2, "SKU-JKT", 1, "PICKUP", "ST-PAR-01"],
    ]);
    expect(o.fulfillmentOrders.map((f) => [f.node.code, f.deliveryMode, f.status, f.pickupCode])).toEqual([
      ["DC-LYS", "SHIP", "RELEASED", null],
      ["ST-PAR-01", "PICKUP", "READY_FOR_PICKUP", "123456"],
    ]);
    expect(o.payments.map((p) => p.type)).toEqual(["AUTHORIZATION", "CAPTURE"]);
    expect(o.holds[0]).toMatchObject({ type: "HIGH_VALUE", releasedBy: "Alice Agent" });
    expect(o.notes[0]).toMatchObject({ body: "Customer called about the jacket.", author: { name: "Alice Agent" } });
    expect(o.events.map((e) => e.type)).toEqual(["HOLD_RELEASED", "ORDER_CREATED"]);
    expect(o.customer.firstName).toBe("Sophie");
  });

  it("summarises the latest sourcing decision with node names and line SKUs, whatever ids the plan used", async () => {
    const o = (await getOrderDetail(t.db, agent, { number: "ORD-3001" }))!;
    const s = o.sourcing!;
    expect(s).toMatchObject({ reason: "RESOURCE_SHORT_PICK", method: "EXACT", optimal: true, summary: "Shipped from the DC; pickup from the store's own stock.", earlierCount: 1, readable: true });
    expect(s.shipments.map((sh) => [sh.from.name, sh.to === "customer" ? "customer" : sh.to.code, sh.lines.map((l) => [l.lineNo, l.sku, l.qty])])).toEqual([
      ["Lyon DC", "customer", [[1, "SKU-JKT", 2]]],
      ["Paris Rivoli", "ST-PAR-01", [[2, "SKU-JKT", 1]]],
    ]);
  });

  it("is refused to a store associate", async () => {
    await expect(getOrderDetail(t.db, storeUser, { number: "ORD-3001" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
