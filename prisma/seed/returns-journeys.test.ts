// The order to take back: after seeding, the journey customer has one delivered call-centre order of
// two lines, every unit returnable, each with another size at the same price in stock; an RMA to the
// demo store and an even exchange of the other line go through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { stockProblems } from "@/lib/fulfillment/testing/scenario";
import { authoriseReturn, getReturnableOrder } from "@/lib/returns";
import { DEMO_USERS } from "./demo-users";
import { RETURNS_JOURNEY_CUSTOMER } from "./returns-journeys";
import { seedDemoWorld, SMALL_SCALE } from "./world";

const demoAgent = DEMO_USERS.find((u) => u.role === "AGENT")!;
const agent: Actor = { kind: "user", id: demoAgent.id, name: demoAgent.name, email: demoAgent.email, role: "AGENT", storeId: null, storeCode: null };

describe("the demo returns journey", () => {
  let t: TestDb;
  let number: string;
  beforeAll(async () => {
    t = await createTestDb();
    await seedDemoWorld(t.db, { scale: SMALL_SCALE });
    const orders = await t.db.order.findMany({ where: { email: RETURNS_JOURNEY_CUSTOMER.email }, select: { number: true } });
    expect(orders).toHaveLength(1);
    number = orders[0].number;
  });
  afterAll(() => t?.close());

  it("leaves one delivered call-centre order of two lines, each returnable with another size at the same price in stock", async () => {
    const order = await t.db.order.findUniqueOrThrow({ where: { number }, select: { status: true, channel: true } });
    expect(order.channel).toBe("CALL_CENTER");
    expect(["DELIVERED", "COMPLETED"]).toContain(order.status);
    const shipped = await t.db.fulfillmentOrder.findMany({ where: { order: { number } }, select: { status: true } });
    expect(shipped.map((f) => f.status)).toEqual(shipped.map(() => "DELIVERED"));
    const returnable = (await getReturnableOrder(t.db, agent, { number }))!;
    expect(returnable.lines).toHaveLength(2);
    expect(returnable.refundableMinor).toBeGreaterThan(0);
    for (const line of returnable.lines) {
      expect(line).toMatchObject({ deliveredQty: 1, returnableQty: 1, refusal: null });
      const same = line.exchangeOptions.filter((o) => o.priceMinor === line.unitValueMinor && o.available > 0 && o.attributes.size);
      expect(same.length).toBeGreaterThan(0);
    }
    expect(await stockProblems(t.db)).toEqual([]);
  });

  it("dates the order's timeline and payments like its fulfilment: placed days ago, delivered since", async () => {
    const order = await t.db.order.findUniqueOrThrow({ where: { number }, select: { id: true, placedAt: true } });
    const [events, payments, work] = await Promise.all([
      t.db.orderEvent.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" } }),
      t.db.paymentTransaction.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" } }),
      t.db.fulfillmentOrder.findFirstOrThrow({ where: { orderId: order.id }, select: { deliveredAt: true } }),
    ]);
    expect(events[0].type).toBe("order.created");
    expect(events[0].createdAt.getTime()).toBeGreaterThanOrEqual(order.placedAt.getTime());
    expect(events.at(-1)!.createdAt.getTime()).toBeLessThan(work.deliveredAt!.getTime() + 60_000);
    expect(payments.map((p) => p.type)).toEqual(["AUTHORIZATION", "CAPTURE"]);
    expect(payments[1].createdAt.getTime()).toBeLessThan(Date.now() - 2 * 86_400_000);
  });

  it("takes an RMA to the store for one line and an even exchange for the other", async () => {
    const returnable = (await getReturnableOrder(t.db, agent, { number }))!;
    const [first, second] = returnable.lines;
    const rma = await withTx((tx) => authoriseReturn(tx, agent, { orderId: returnable.orderId, method: "STORE", lines: [{ orderLineId: first.orderLineId, qty: 1, reason: "SIZE_TOO_SMALL" }] }), { db: t.db });
    expect(rma.status).toBe("APPROVED");
    expect(rma.expectedRefundMinor).toBe(first.unitValueMinor);
    const other = second.exchangeOptions.find((o) => o.priceMinor === second.unitValueMinor && o.available > 0)!;
    const exchange = await withTx(
      (tx) => authoriseReturn(tx, agent, { orderId: returnable.orderId, method: "STORE", lines: [{ orderLineId: second.orderLineId, qty: 1, reason: "SIZE_TOO_SMALL", exchangeSku: other.sku }] }),
      { db: t.db },
    );
    expect(exchange.exchangeOrderNumber).toMatch(/^OMS-/);
  });
});
