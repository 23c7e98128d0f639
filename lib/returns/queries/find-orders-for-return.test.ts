// The counter's search for a return, on a real database (in-memory PGlite): any channel's order with
// units the buyer has, by number, RMA number, e-mail or name, newest first, with its open RMAs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { buildFulfillmentOrder, buildNode, buildOrder, buildSku, userActor } from "@/lib/fulfillment/testing/builders";
import { findOrdersForReturn, ORDERS_FOR_RETURN_LIMIT } from "./find-orders-for-return";

const DAY = 86_400_000;
const NOW = Date.parse("2026-11-20T10:00:00Z");
const daysAgo = (d: number) => new Date(NOW - d * DAY);

describe("find orders for return", () => {
  let t: TestDb;
  let paris: { id: string; code: string };
  let associate: Actor;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await createTestDb();
    const db = t.db;
    paris = await buildNode(db, { code: "ST-PAR-01", name: "Paris Rivoli" });
    const lyon = await buildNode(db, { code: "ST-LYO-01", name: "Lyon Part-Dieu" });
    const dc = await buildNode(db, { code: "DC-NORD", type: "DC" });
    associate = userActor("STORE_ASSOCIATE", paris.id, paris.code);
    const shirt = await buildSku(db, { code: "TSHIRT-M", name: "T-shirt M" });
    const jeans = await buildSku(db, { code: "JEANS-32", name: "Jeans 32" });
    const zoe = await db.customer.create({ data: { number: "C-ZOE", firstName: "Zoé", lastName: "Fontaine", email: "zoe.fontaine@example.test" } });
    const max = await db.customer.create({ data: { number: "C-MAX", firstName: "Maxime", lastName: "Leroy", email: "max.leroy@example.test" } });

    // Zoé's marketplace order, shipped by the DC (3 units), with an RMA by mail for 1 shirt.
    const shipped = await buildOrder(db, { number: "MK-5001", channel: "MARKETPLACE", customerId: zoe.id, placedAt: daysAgo(5), lines: [{ skuId: shirt.id, qty: 2 }, { skuId: jeans.id, qty: 1 }] });
    await buildFulfillmentOrder(db, shipped, { nodeId: dc.id, status: "SHIPPED", shippedAt: daysAgo(4) });
    await db.order.update({ where: { id: shipped.id }, data: { email: "Zoe.Fontaine@Example.test" } });
    const rma = await db.return.create({
      data: {
        number: "RMA-900001",
        orderId: shipped.id,
        status: "APPROVED",
        method: "MAIL",
        reason: "SIZE_TOO_SMALL",
        expectedRefundMinor: 1000,
        lines: { create: [{ orderLineId: shipped.lines[0].id, qty: 1, reason: "SIZE_TOO_SMALL", valueMinor: 1000 }] },
      },
    });
    // Fully received, refused or closed RMAs are not open.
    await db.return.create({
      data: { number: "RMA-900002", orderId: shipped.id, status: "RECEIVED", method: "IN_STORE", reason: "CHANGED_MIND", lines: { create: [{ orderLineId: shipped.lines[1].id, qty: 1, receivedQty: 1, reason: "CHANGED_MIND" }] } },
    });
    await db.return.create({
      data: { number: "RMA-900003", orderId: shipped.id, status: "REJECTED", method: "MAIL", reason: "CHANGED_MIND", lines: { create: [{ orderLineId: shipped.lines[0].id, qty: 1, reason: "CHANGED_MIND" }] } },
    });

    // Zoé's web pickup at Lyon: 3 ready, 2 collected so far.
    const pickup = await buildOrder(db, { number: "WB-5002", channel: "WEB", customerId: zoe.id, placedAt: daysAgo(3), lines: [{ skuId: jeans.id, qty: 3, mode: "PICKUP", pickupNodeId: lyon.id }] });
    const pickupWork = await buildFulfillmentOrder(db, pickup, { nodeId: lyon.id, pickupNodeId: lyon.id, deliveryMode: "PICKUP", status: "READY_FOR_PICKUP" });
    await db.fulfillmentOrderLine.updateMany({ where: { fulfillmentOrderId: pickupWork.id }, data: { handedOverQty: 2 } });

    // Nothing reached Zoé yet on these: still being picked, a ready pickup not collected, a transfer on its way.
    const released = await buildOrder(db, { number: "WB-5003", customerId: zoe.id, placedAt: daysAgo(1), lines: [{ skuId: shirt.id, qty: 1 }] });
    await buildFulfillmentOrder(db, released, { nodeId: paris.id, status: "PICKING" });
    const ready = await buildOrder(db, { number: "WB-5004", customerId: zoe.id, placedAt: daysAgo(1), lines: [{ skuId: shirt.id, qty: 1, mode: "PICKUP", pickupNodeId: paris.id }] });
    await buildFulfillmentOrder(db, ready, { nodeId: paris.id, pickupNodeId: paris.id, deliveryMode: "PICKUP", status: "READY_FOR_PICKUP" });
    const transfer = await buildOrder(db, { number: "WB-5005", customerId: zoe.id, placedAt: daysAgo(1), lines: [{ skuId: shirt.id, qty: 1, mode: "PICKUP", pickupNodeId: paris.id }] });
    await buildFulfillmentOrder(db, transfer, { nodeId: dc.id, pickupNodeId: paris.id, deliveryMode: "PICKUP", status: "IN_TRANSIT_TO_STORE" });

    // Maxime: more delivered orders than one answer holds.
    for (let i = 0; i < ORDERS_FOR_RETURN_LIMIT + 2; i++) {
      const o = await buildOrder(db, { number: `CC-${6000 + i}`, channel: "CALL_CENTER", customerId: max.id, placedAt: daysAgo(30 - i), lines: [{ skuId: shirt.id, qty: 1 }] });
      await buildFulfillmentOrder(db, o, { nodeId: i % 2 ? dc.id : lyon.id, status: "DELIVERED" });
    }
    ids = { shipped: shipped.id, pickup: pickup.id, rma: rma.id };
  });
  afterAll(() => t?.close());

  it("finds an order from another channel and another node by its number, with what the buyer received and the RMA still expected", async () => {
    const found = await findOrdersForReturn(t.db, associate, { q: "mk-5001" });
    expect(found).toEqual([
      {
        orderId: ids.shipped,
        number: "MK-5001",
        channel: "MARKETPLACE",
        customerName: "Zoé Fontaine",
        placedAt: daysAgo(5),
        deliveredQty: 3,
        openReturns: [
          {
            returnId: ids.rma,
            number: "RMA-900001",
            status: "APPROVED",
            method: "MAIL",
            version: 1,
            expectedRefundMinor: 1000,
            refundedEarly: false,
            lines: [{ orderLineId: expect.any(String), lineNo: 1, sku: "TSHIRT-M", name: "T-shirt M", qty: 1, receivedQty: 0, reason: "SIZE_TOO_SMALL", valueMinor: 1000 }],
          },
        ],
      },
    ]);
  });

  it("finds a buyer's orders by name or e-mail, newest first, leaving out orders nothing has reached yet", async () => {
    const byName = await findOrdersForReturn(t.db, associate, { q: "zoé font" });
    expect(byName.map((o) => o.number)).toEqual(["WB-5002", "MK-5001"]);
    // A pickup counts the units collected, not those still on the shelf.
    expect(byName[0]).toMatchObject({ channel: "WEB", deliveredQty: 2, openReturns: [] });
    const byEmail = await findOrdersForReturn(t.db, associate, { q: "zoe.fontaine@example.test" });
    expect(byEmail.map((o) => o.number)).toEqual(["WB-5002", "MK-5001"]);
  });

  it("finds the order of an RMA number the buyer brings, with or without its prefix", async () => {
    expect((await findOrdersForReturn(t.db, associate, { q: "rma-900001" })).map((o) => o.number)).toEqual(["MK-5001"]);
    expect((await findOrdersForReturn(t.db, associate, { q: "900001" })).map((o) => o.number)).toEqual(["MK-5001"]);
  });

  it("answers at most 10 orders, the newest", async () => {
    const found = await findOrdersForReturn(t.db, userActor("ADMIN"), { q: "Leroy" });
    expect(found).toHaveLength(ORDERS_FOR_RETURN_LIMIT);
    expect(found[0].number).toBe("CC-6011");
    expect(found.map((o) => o.placedAt.getTime())).toEqual([...found.map((o) => o.placedAt.getTime())].sort((a, b) => b - a));
  });

  it("answers nothing for an order that has not reached the buyer", async () => {
    expect(await findOrdersForReturn(t.db, associate, { q: "WB-5003" })).toEqual([]);
    expect(await findOrdersForReturn(t.db, associate, { q: "WB-5004" })).toEqual([]);
    expect(await findOrdersForReturn(t.db, associate, { q: "WB-5005" })).toEqual([]);
  });

  it("asks for at least 3 characters", async () => {
    const refused = await findOrdersForReturn(t.db, associate, { q: " ab " }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fields).toEqual({ q: { code: "TOO_SHORT", params: { minimum: 3 } } });
  });

  it("refuses a caller that may not see returns", async () => {
    const channel: Actor = { kind: "apiKey", id: "k", name: "Web", role: "CHANNEL", channel: "WEB" };
    await expect(findOrdersForReturn(t.db, channel, { q: "MK-5001" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
