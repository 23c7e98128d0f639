// One RMA for its page: lines with receipt and disposition, fees and refunds, the ledger rows tied to
// it and only its own events from the order's timeline; a store associate opens only their store's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildCustomer, buildNode, buildOrder, buildSku } from "@/lib/orders/testing";
import { getReturn } from "./get-return";

const agent: Actor = { kind: "user", id: "u-agent", name: "Agent", email: "a@test", role: "AGENT", storeId: null, storeCode: null };
let t: TestDb;
let store: { id: string; code: string };
let other: { id: string; code: string };

beforeAll(async () => {
  t = await createTestDb();
  store = await buildNode(t.db, { code: "ST-GR1", type: "STORE" });
  other = await buildNode(t.db, { code: "ST-GR2", type: "STORE" });
  const sku = await buildSku(t.db, { code: "SHOE-41" });
  const customer = await buildCustomer(t.db, { firstName: "Nina", lastName: "Roux" });
  const order = await buildOrder(t.db, { customer, number: "ORD-G1", status: "FULFILLED", lines: [{ skuId: sku.id, qty: 2, status: "DELIVERED" }] });
  const ret = await t.db.return.create({
    data: {
      number: "RMA-800001",
      orderId: order.id,
      status: "REFUNDED",
      method: "IN_STORE",
      receivingNodeId: store.id,
      reason: "SIZE_TOO_SMALL",
      expectedRefundMinor: 1800,
      refundMinor: 1800,
      restockingFeeMinor: 200,
      refundedEarlyReason: "Loyal customer",
      lines: {
        create: [
          { orderLineId: order.lines[0].id, qty: 2, receivedQty: 1, reason: "SIZE_TOO_SMALL", condition: "DAMAGED", proposedDisposition: "DISPOSE", disposition: "SEND_TO_DC", overrideReason: "Repairable", valueMinor: 2000, routedToNodeId: other.id },
        ],
      },
    },
  });
  await t.db.paymentTransaction.createMany({
    data: [
      { orderId: order.id, type: "CAPTURE", amountMinor: 2000, currency: "EUR" },
      { orderId: order.id, type: "REFUND", amountMinor: 1800, currency: "EUR", returnId: ret.id, reference: "re_1" },
    ],
  });
  await t.db.orderEvent.createMany({
    data: [
      { orderId: order.id, type: "return.requested", actorType: "USER", actorName: "Agent", data: { return: "RMA-800001" } },
      { orderId: order.id, type: "return.refunded", actorType: "SYSTEM", actorName: "System", data: { return: "RMA-800001", amountMinor: 1800 } },
      { orderId: order.id, type: "return.requested", actorType: "USER", actorName: "Agent", data: { return: "RMA-800002" } },
      { orderId: order.id, type: "order.created", actorType: "SYSTEM", actorName: "System", data: {} },
    ],
  });
});
afterAll(() => t.close());

describe("getReturn", () => {
  it("answers the RMA with its order, lines, fees, ledger rows and own events", async () => {
    const r = await getReturn(t.db, agent, { number: "rma-800001" });
    expect(r).toMatchObject({
      number: "RMA-800001",
      method: "STORE",
      status: "REFUNDED",
      expectedRefundMinor: 1800,
      refundMinor: 1800,
      restockingFeeMinor: 200,
      refundedEarlyReason: "Loyal customer",
      units: 2,
      receivedUnits: 1,
      order: { number: "ORD-G1", customer: { firstName: "Nina", lastName: "Roux" } },
      receivingNode: { code: "ST-GR1" },
    });
    expect(r!.lines[0]).toMatchObject({ qty: 2, receivedQty: 1, condition: "DAMAGED", proposedDisposition: "DISPOSE", disposition: "SEND_TO_DC", overrideReason: "Repairable", routedToNode: { code: "ST-GR2" }, orderLine: { lineNo: 1, sku: { code: "SHOE-41" } } });
    expect(r!.payments.map((p) => [p.type, p.amountMinor])).toEqual([["REFUND", 1800]]);
    expect(r!.events.map((e) => e.type).sort()).toEqual(["return.refunded", "return.requested"]);
  });

  it("offers every active DC for receiving a mail return that names none, and none for a store return", async () => {
    const dc = await buildNode(t.db, { code: "DC-GR", type: "DC" });
    const order = await t.db.order.findUniqueOrThrow({ where: { number: "ORD-G1" }, select: { id: true, lines: { select: { id: true } } } });
    await t.db.return.create({ data: { number: "RMA-800003", orderId: order.id, status: "APPROVED", method: "MAIL", reason: "CHANGED_MIND", lines: { create: [{ orderLineId: order.lines[0].id, qty: 1, reason: "CHANGED_MIND" }] } } });
    expect((await getReturn(t.db, agent, { number: "RMA-800003" }))!.receivingDcs).toEqual([{ id: dc.id, code: "DC-GR", name: dc.name }]);
    expect((await getReturn(t.db, agent, { number: "RMA-800001" }))!.receivingDcs).toEqual([]);
  });

  it("answers null for an unknown number", async () => {
    expect(await getReturn(t.db, agent, { number: "RMA-000000" })).toBeNull();
  });

  it("lets a store associate open their store's return and refuses another store's", async () => {
    const here: Actor = { kind: "user", id: "u1", name: "S", email: "s@test", role: "STORE_ASSOCIATE", storeId: store.id, storeCode: store.code };
    const there: Actor = { ...here, storeId: other.id, storeCode: other.code };
    expect(await getReturn(t.db, here, { number: "RMA-800001" })).not.toBeNull();
    await expect(getReturn(t.db, there, { number: "RMA-800001" })).rejects.toMatchObject({ code: "OTHER_STORE", status: 403 });
  });
});
