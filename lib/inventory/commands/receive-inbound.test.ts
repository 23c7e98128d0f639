import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx } from "@/lib/db";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { buildWorld, LEA, PARIS_ADDRESS, position, TEST_AGENT, TEST_SYSTEM } from "@/lib/orders/testing";
import { receiveInbound } from "./receive-inbound";

let t: TestDb;
const NOW = new Date("2026-11-25T09:00:00Z");
beforeAll(async () => {
  t = await createTestDb();
  await buildWorld(t.db, { stock: { "DC-PAR|SNEAKER-42": 1 } });
});
afterAll(() => t.close());

describe("receiving inbound supply", () => {
  it("adds the units to stock and serves waiting backorders, oldest first", async () => {
    const place = () => captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "WEB", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "SNEAKER-42", qty: 2, mode: "SHIP" }] }), { now: NOW, db: t.db });
    const first = await place();
    const second = await place();
    expect((await t.db.order.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("BACKORDERED");
    const po = await t.db.inboundShipment.create({ data: { reference: "PO-9", type: "PURCHASE_ORDER", toNodeId: "node-DC-PAR", eta: NOW, lines: { create: { skuId: "sku-SNEAKER-42", qty: 2 } } } });

    const res = await withTx((tx) => receiveInbound(tx, TEST_SYSTEM, { shipmentId: po.id, expectedVersion: 1 }, { now: NOW }), { db: t.db });
    // The first order waited for 1 unit, the second for 2: the first is complete, the second gets the last unit.
    expect(res).toMatchObject({ receivedUnits: 2, ordersServed: [first.id, second.id] });
    expect(await position(t.db, "DC-PAR", "SNEAKER-42")).toMatchObject({ onHand: 3, reserved: 3 });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("RELEASED");
    expect((await t.db.order.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("BACKORDERED");
    const events = await t.db.orderEvent.findMany({ where: { orderId: first.id }, select: { type: true } });
    expect(events.map((e) => e.type)).toContain("order.resourced");
    expect(await t.db.auditEvent.count({ where: { action: "inbound.received" } })).toBe(1);
  });

  it("refuses to receive the same shipment twice", async () => {
    const po = await t.db.inboundShipment.findFirstOrThrow({ where: { reference: "PO-9" } });
    await expect(withTx((tx) => receiveInbound(tx, TEST_SYSTEM, { shipmentId: po.id, expectedVersion: 2 }), { db: t.db })).rejects.toMatchObject({ code: "NOT_IN_TRANSIT" });
  });
});
