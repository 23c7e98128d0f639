// Returns end to end on a real database: authorisations and each policy refusal, receipts at a store
// counter and a DC with their dispositions and stock, refunds on receipt and before, exchanges in
// both directions, goodwill refunds and their limits, and a store's walk-in return of a web order.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx, type Tx } from "@/lib/db";
import { ConflictError, englishFields, ForbiddenError, RuleViolation } from "@/lib/errors";
import { ledgerTotals } from "@/lib/payments";
import { position } from "@/lib/orders/testing";
import { authoriseReturn, decideAppeasement, getReturnableOrder, proposeDispositions, quoteReceipt, receiveReturn, refundReturn, requestAppeasement } from "./index";
import { ADMIN, AGENT, associate, buildReturnsWorld, DAY, fulfil, PLACED, placeOrder, publishReturnsPolicy, SUPPLY } from "./testing";

let t: TestDb;
const run = <T,>(fn: (tx: Tx) => Promise<T>) => withTx(fn, { db: t.db });
const AFTER = new Date(PLACED.getTime() + 5 * DAY);
const STOCK = {
  "DC-PAR|TSHIRT-M": 20,
  "DC-PAR|LAMP": 10,
  "DC-PAR|HOODIE-M": 10,
  "DC-PAR|HOODIE-L": 10,
  "DC-PAR|HOODIE-XL": 10,
  "DC-PAR|HOODIE-S": 10,
  "DC-PAR|GIFT-50": 10,
  "ST-PAR-01|JEANS-32": 5,
};

async function order(id: string) {
  return t.db.order.findUniqueOrThrow({
    where: { id },
    include: { lines: { orderBy: { lineNo: "asc" }, include: { sku: true } }, payments: { orderBy: { createdAt: "asc" } }, returns: { include: { lines: true } }, events: { orderBy: { createdAt: "asc" } } },
  });
}
async function delivered(lines: Array<{ sku: string; qty: number }>, channel: "CALL_CENTER" | "WEB" = "CALL_CENTER") {
  const id = await placeOrder(t.db, { channel, lines: lines.map((l) => ({ ...l, mode: "SHIP" as const })) });
  await fulfil(t.db, id);
  return order(id);
}
const lineOf = (o: Awaited<ReturnType<typeof order>>, sku: string) => o.lines.find((l) => l.sku.code === sku)!;
const counts = async () => ({ returns: await t.db.return.count(), payments: await t.db.paymentTransaction.count(), outbox: await t.db.outboxMessage.count(), events: await t.db.orderEvent.count() });

beforeEach(async () => {
  await t?.close();
  t = await createTestDb();
  await buildReturnsWorld(t.db, { stock: STOCK });
});
afterAll(() => t?.close());

describe("authorising a return (RMA)", () => {
  it("authorises one line of a delivered order: RMA number, expected refund, the line and order wait for it, the buyer is told how to send it", async () => {
    const o = await delivered([{ sku: "TSHIRT-M", qty: 2 }, { sku: "LAMP", qty: 1 }]);
    expect(o.status).toBe("COMPLETED");
    const r = await run((tx) => authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: lineOf(o, "TSHIRT-M").id, qty: 1, reason: "SIZE_TOO_SMALL" }] }, { now: AFTER }));
    expect(r.number).toMatch(/^RMA-\d+$/);
    expect(r).toMatchObject({ status: "APPROVED", expectedRefundMinor: 1999, refundedMinor: 0, exchangeOrderNumber: null });
    const after = await order(o.id);
    expect(lineOf(after, "TSHIRT-M").status).toBe("RETURN_REQUESTED");
    expect(lineOf(after, "LAMP").status).toBe("DELIVERED");
    expect(after.status).toBe("RETURN_REQUESTED");
    expect(after.events.map((e) => e.type)).toContain("return.authorised");
    const message = await t.db.outboxMessage.findFirstOrThrow({ where: { orderId: o.id, topic: "RETURN_AUTHORISED" } });
    expect(JSON.stringify(message.payload)).toContain(r.number);
  });

  it("refuses field by field and writes nothing: outside the window, more than shipped, a non-returnable category, units not shipped", async () => {
    await publishReturnsPolicy(t.db, { nonReturnableCategories: ["GIFT"], windowDaysByCategory: { CAT: 14 } });
    const o = await delivered([{ sku: "TSHIRT-M", qty: 2 }, { sku: "GIFT-50", qty: 1 }]);
    const open = await placeOrder(t.db, { lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }] });
    const before = await counts();
    const tooLate = new Date(PLACED.getTime() + 16 * DAY);
    const late = await run((tx) => authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: lineOf(o, "TSHIRT-M").id, qty: 1, reason: "CHANGED_MIND" }] }, { now: tooLate })).catch((e) => e);
    expect(late).toBeInstanceOf(RuleViolation);
    expect(late.fields["lines.0.orderLineId"]).toMatchObject({ code: "RETURN_WINDOW_ENDED", params: { sku: "TSHIRT-M", windowDays: 14, windowEndDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
    expect(englishFields(late.fields)["lines.0.orderLineId"]).toMatch(/14-day return window for TSHIRT-M ended on \d+ \w+ \d{4}\./);

    const err = await run((tx) =>
      authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: lineOf(o, "TSHIRT-M").id, qty: 3, reason: "CHANGED_MIND" }, { orderLineId: lineOf(o, "GIFT-50").id, qty: 1, reason: "CHANGED_MIND" }] }, { now: AFTER }),
    ).catch((e) => e);
    expect(err.code).toBe("RETURN_NOT_ALLOWED");
    expect(err.fields["lines.0.qty"]).toEqual({ code: "RETURN_ONLY_RETURNABLE", params: { sku: "TSHIRT-M", returnable: 2, delivered: 2, committed: 0 } });
    expect(englishFields(err.fields)["lines.0.qty"]).toMatch(/Only 2 units of TSHIRT-M can be returned: 2 shipped or collected/);
    expect(englishFields(err.fields)["lines.1.orderLineId"]).toMatch(/GIFT-50 cannot be returned: items of the GIFT category are not returnable/);

    const lamp = (await order(open)).lines[0];
    const notShipped = await run((tx) => authoriseReturn(tx, AGENT, { orderId: open, method: "MAIL", lines: [{ orderLineId: lamp.id, qty: 1, reason: "CHANGED_MIND" }] }, { now: AFTER })).catch((e) => e);
    expect(notShipped.fields["lines.0.qty"]).toEqual({ code: "RETURN_NOT_SHIPPED", params: { sku: "LAMP" } });
    expect(await counts()).toEqual(before);
  });

  it("takes a parcel back before the carrier confirms delivery, and refuses units already on a return", async () => {
    const id = await placeOrder(t.db, { lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }] });
    await fulfil(t.db, id, { deliver: false });
    const o = await order(id);
    expect(o.lines[0].status).toBe("SHIPPED");
    await run((tx) => authoriseReturn(tx, AGENT, { orderId: id, method: "MAIL", lines: [{ orderLineId: o.lines[0].id, qty: 1, reason: "ARRIVED_LATE" }] }, { now: AFTER }));
    const again = await run((tx) => authoriseReturn(tx, AGENT, { orderId: id, method: "MAIL", lines: [{ orderLineId: o.lines[0].id, qty: 1, reason: "ARRIVED_LATE" }] }, { now: AFTER })).catch((e) => e);
    expect(again.fields["lines.0.qty"]).toMatchObject({ code: "RETURN_ALREADY_RETURNED" });
  });

  it("says per line what can come back, for the dialog and the counter", async () => {
    await publishReturnsPolicy(t.db, { nonReturnableCategories: ["GIFT"] });
    const o = await delivered([{ sku: "HOODIE-M", qty: 2 }, { sku: "GIFT-50", qty: 1 }]);
    const view = await getReturnableOrder(t.db, AGENT, { orderId: o.id }, { now: AFTER });
    const hoodie = view!.lines.find((l) => l.sku.code === "HOODIE-M")!;
    expect(hoodie).toMatchObject({ deliveredQty: 2, returnableQty: 2, refusal: null, unitValueMinor: 4999 });
    expect(hoodie.exchangeOptions.map((x) => x.sku).sort()).toEqual(["HOODIE-L", "HOODIE-S", "HOODIE-XL"]);
    expect(view!.lines.find((l) => l.sku.code === "GIFT-50")).toMatchObject({ returnableQty: 0, refusal: "NON_RETURNABLE" });
    expect(view!.limits.appeasementMinor).toBe(5000);
    expect(view!.refundableMinor).toBe(o.totalMinor);
  });
});

describe("receiving and refunding", () => {
  it("receives part of an RMA at a DC, restocks it, refunds its value on the method that paid, and expects the rest", async () => {
    const o = await delivered([{ sku: "TSHIRT-M", qty: 3 }]);
    const line = o.lines[0];
    const r = await run((tx) => authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: line.id, qty: 2, reason: "SIZE_TOO_LARGE" }] }, { now: AFTER }));
    const dcBefore = await position(t.db, "DC-PAR", "TSHIRT-M");
    const first = await run((tx) => receiveReturn(tx, SUPPLY, { returnId: r.returnId, nodeId: "node-DC-PAR", lines: [{ orderLineId: line.id, qty: 1, condition: "RESELLABLE" }] }, { now: AFTER }));
    expect(first).toMatchObject({ status: "APPROVED", refundedMinor: 1999 });
    expect((await position(t.db, "DC-PAR", "TSHIRT-M")).onHand).toBe(dcBefore.onHand + 1);
    const refund = (await order(o.id)).payments.filter((p) => p.type === "REFUND");
    expect(refund).toHaveLength(1);
    const auth = (await order(o.id)).payments.find((p) => p.type === "AUTHORIZATION")!;
    expect(refund[0]).toMatchObject({ amountMinor: 1999, method: auth.method, provider: auth.provider, returnId: r.returnId });
    expect(await t.db.outboxMessage.count({ where: { orderId: o.id, topic: "REFUNDED" } })).toBe(1);

    const over = await run((tx) => receiveReturn(tx, SUPPLY, { returnId: r.returnId, nodeId: "node-DC-PAR", lines: [{ orderLineId: line.id, qty: 2, condition: "RESELLABLE" }] }, { now: AFTER })).catch((e) => e);
    expect(over.fields["lines.0.qty"]).toMatchObject({ code: "RECEIPT_ABOVE_EXPECTED_ONE", params: { expected: 1, sku: "TSHIRT-M" } });
    expect(englishFields(over.fields)["lines.0.qty"]).toMatch(/expects 1 more unit of TSHIRT-M\./);
    const second = await run((tx) => receiveReturn(tx, SUPPLY, { returnId: r.returnId, nodeId: "node-DC-PAR", lines: [{ orderLineId: line.id, qty: 1, condition: "DAMAGED" }] }, { now: AFTER }));
    expect(second).toMatchObject({ status: "REFUNDED", refundedMinor: 3998 });
    // The damaged unit is written off: the DC's stock did not move for it.
    expect((await position(t.db, "DC-PAR", "TSHIRT-M")).onHand).toBe(dcBefore.onHand + 1);
    const rl = await t.db.returnLine.findFirstOrThrow({ where: { returnId: r.returnId } });
    expect(rl).toMatchObject({ receivedQty: 2, disposition: "DISPOSE", condition: "DAMAGED" });
    expect(lineOf(await order(o.id), "TSHIRT-M").status).toBe("DELIVERED");
    const totals = ledgerTotals((await order(o.id)).payments);
    expect(totals.balanceMinor).toBe(o.totalMinor - 3998);
  });

  it("charges the restocking fee and return shipping for a change of mind by mail, not for a faulty item", async () => {
    await publishReturnsPolicy(t.db, { restockingFeePercent: 10, returnShipping: { paidBy: "CUSTOMER", feeMinor: 495 } });
    const o = await delivered([{ sku: "JEANS-32", qty: 1 }, { sku: "LAMP", qty: 1 }]);
    const mind = await run((tx) => authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: lineOf(o, "JEANS-32").id, qty: 1, reason: "CHANGED_MIND" }] }, { now: AFTER }));
    expect(mind.expectedRefundMinor).toBe(5999 - 600 - 495);
    const faulty = await run((tx) => authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: lineOf(o, "LAMP").id, qty: 1, reason: "NOT_AS_DESCRIBED" }] }, { now: AFTER }));
    expect(faulty.expectedRefundMinor).toBe(3499);
  });

  it("quotes a receipt exactly as the receipt then pays, for a walk-in and for an RMA received in parts", async () => {
    await publishReturnsPolicy(t.db, { restockingFeePercent: 10, returnShipping: { paidBy: "CUSTOMER", feeMinor: 495 } });
    await t.db.promoCode.create({ data: { code: "THIRD", description: "33% off", percentOff: 33 } });
    const id = await placeOrder(t.db, { promoCode: "THIRD", lines: [{ sku: "HOODIE-M", qty: 3, mode: "SHIP" }, { sku: "LAMP", qty: 1, mode: "SHIP" }] });
    await fulfil(t.db, id);
    const o = await order(id);
    const paris = associate("ST-PAR-01");
    const walkIn = [{ orderLineId: lineOf(o, "LAMP").id, qty: 1, condition: "RESELLABLE" as const, reason: "CHANGED_MIND" }];
    const quoted = await quoteReceipt(t.db, paris, { orderId: id, lines: walkIn }, { now: AFTER });
    const received = await run((tx) => receiveReturn(tx, paris, { orderId: id, nodeId: "node-ST-PAR-01", lines: walkIn }, { now: AFTER }));
    expect(quoted.refundMinor).toBeGreaterThan(0);
    expect(received.refundedMinor).toBe(quoted.refundMinor);

    const r = await run((tx) => authoriseReturn(tx, AGENT, { orderId: id, method: "MAIL", lines: [{ orderLineId: lineOf(o, "HOODIE-M").id, qty: 3, reason: "CHANGED_MIND" }] }, { now: AFTER }));
    let paid = 0;
    for (const [qty, condition] of [[1, "RESELLABLE"], [1, "WRONG_ITEM"], [1, "DAMAGED"]] as const) {
      const lines = [{ orderLineId: lineOf(o, "HOODIE-M").id, qty, condition }];
      const q = await quoteReceipt(t.db, SUPPLY, { returnId: r.returnId, lines }, { now: AFTER });
      const after = await run((tx) => receiveReturn(tx, SUPPLY, { returnId: r.returnId, nodeId: "node-DC-PAR", lines }, { now: AFTER }));
      expect(after.refundedMinor - paid).toBe(q.refundMinor);
      if (condition === "WRONG_ITEM") expect(q.refundMinor).toBe(0);
      paid = after.refundedMinor;
    }
  });

  it("refunds before receipt by an agent's decision within the role's limit, and pays nothing more on receipt", async () => {
    await publishReturnsPolicy(t.db, { earlyRefundLimitMinor: { AGENT: 3000, STORE_ASSOCIATE: 0, SUPPLY_CHAIN: 0, ADMIN: 100000 } });
    const o = await delivered([{ sku: "TSHIRT-M", qty: 1 }, { sku: "JEANS-32", qty: 1 }]);
    const above = await run((tx) =>
      authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: lineOf(o, "JEANS-32").id, qty: 1, reason: "DAMAGED" }], refundNow: { reason: "Customer is a loyal regular" } }, { now: AFTER }),
    ).catch((e) => e);
    expect(above.code).toBe("REFUND_ABOVE_LIMIT");
    expect(await t.db.return.count()).toBe(0);
    const r = await run((tx) =>
      authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: lineOf(o, "TSHIRT-M").id, qty: 1, reason: "DAMAGED" }], refundNow: { reason: "Parcel photo shows a torn shirt" } }, { now: AFTER }),
    );
    expect(r.refundedMinor).toBe(1999);
    const received = await run((tx) => receiveReturn(tx, SUPPLY, { returnId: r.returnId, nodeId: "node-DC-PAR", lines: [{ orderLineId: lineOf(o, "TSHIRT-M").id, qty: 1, condition: "DAMAGED" }] }, { now: AFTER }));
    expect(received).toMatchObject({ status: "REFUNDED", refundedMinor: 1999 });
    expect((await order(o.id)).payments.filter((p) => p.type === "REFUND")).toHaveLength(1);

    const later = await run((tx) => authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: lineOf(o, "JEANS-32").id, qty: 1, reason: "DAMAGED" }] }, { now: AFTER }));
    const early = await run((tx) => refundReturn(tx, ADMIN, { returnId: later.returnId, expectedVersion: later.version, reason: "Supervisor: refund now" }, { now: AFTER }));
    expect(early.refundedMinor).toBe(5999);
    const stale = await run((tx) => refundReturn(tx, ADMIN, { returnId: later.returnId, expectedVersion: later.version, reason: "Again" }, { now: AFTER })).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
  });
});

describe("BORIS: a web order returned at a store counter", () => {
  it("takes a walk-in return without an RMA, restocks below the store's target and sends the rest to a DC, refunds on the spot", async () => {
    const o = await delivered([{ sku: "HOODIE-M", qty: 3 }], "WEB");
    await t.db.inventoryPosition.update({ where: { nodeId_skuId: { nodeId: "node-ST-PAR-01", skuId: "sku-HOODIE-M" } }, data: { targetStock: 1 } });
    const paris = associate("ST-PAR-01");
    const proposal = await proposeDispositions(t.db, paris, { nodeId: "node-ST-PAR-01", lines: [{ orderLineId: o.lines[0].id, qty: 2, condition: "RESELLABLE" }] });
    expect(proposal.map((p) => [p.disposition, p.qty, p.node.code])).toEqual([
      ["RESTOCK", 1, "ST-PAR-01"],
      ["SEND_TO_DC", 1, "DC-PAR"],
    ]);
    const r = await run((tx) => receiveReturn(tx, paris, { orderId: o.id, nodeId: "node-ST-PAR-01", lines: [{ orderLineId: o.lines[0].id, qty: 2, condition: "RESELLABLE", reason: "SIZE_TOO_LARGE" }] }, { now: AFTER }));
    expect(r).toMatchObject({ status: "REFUNDED", refundedMinor: 2 * 4999 });
    // The restocked unit is available to promise at once.
    expect(await position(t.db, "ST-PAR-01", "HOODIE-M")).toMatchObject({ onHand: 1, reserved: 0 });
    const transfer = await t.db.inboundShipment.findFirstOrThrow({ where: { reference: { startsWith: r.number } }, include: { lines: true, toNode: true } });
    expect(transfer).toMatchObject({ type: "TRANSFER", status: "IN_TRANSIT", toNode: { code: "DC-PAR" } });
    expect(transfer.lines[0].qty).toBe(1);
    const ret = await t.db.return.findUniqueOrThrow({ where: { id: r.returnId } });
    expect(ret).toMatchObject({ method: "IN_STORE", receivingNodeId: "node-ST-PAR-01" });
    expect(await t.db.outboxMessage.count({ where: { orderId: o.id, topic: "RETURN_RECEIVED" } })).toBe(1);
  });

  it("asks a reason to override the proposal, and refuses an associate of another store or a role that does not receive", async () => {
    const o = await delivered([{ sku: "HOODIE-M", qty: 1 }], "WEB");
    const paris = associate("ST-PAR-01");
    const line = { orderLineId: o.lines[0].id, qty: 1, condition: "RESELLABLE" as const, reason: "CHANGED_MIND" };
    const noReason = await run((tx) => receiveReturn(tx, paris, { orderId: o.id, nodeId: "node-ST-PAR-01", lines: [{ ...line, disposition: "DISPOSE" }] }, { now: AFTER })).catch((e) => e);
    expect(noReason.fields["lines.0.overrideReason"]).toEqual({ code: "OVERRIDE_REASON_REQUIRED" });
    const other = await run((tx) => receiveReturn(tx, associate("ST-PAR-02"), { orderId: o.id, nodeId: "node-ST-PAR-01", lines: [line] }, { now: AFTER })).catch((e) => e);
    expect(other).toBeInstanceOf(ForbiddenError);
    const agent = await run((tx) => receiveReturn(tx, AGENT, { orderId: o.id, nodeId: "node-ST-PAR-01", lines: [line] }, { now: AFTER })).catch((e) => e);
    expect(agent).toBeInstanceOf(ForbiddenError);
    expect(await t.db.return.count()).toBe(0);
    const ok = await run((tx) => receiveReturn(tx, paris, { orderId: o.id, nodeId: "node-ST-PAR-01", lines: [{ ...line, disposition: "DISPOSE", overrideReason: "Stain on the sleeve" }] }, { now: AFTER }));
    const rl = await t.db.returnLine.findFirstOrThrow({ where: { returnId: ok.returnId } });
    expect(rl).toMatchObject({ proposedDisposition: "SEND_TO_DC", disposition: "DISPOSE", overrideReason: "Stain on the sleeve" });
  });
});

describe("exchanges", () => {
  it("even: another size at the same price is a linked replacement order sourced at once, paid by the returned units", async () => {
    const o = await delivered([{ sku: "HOODIE-M", qty: 1 }]);
    const r = await run((tx) => authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: o.lines[0].id, qty: 1, reason: "SIZE_TOO_SMALL", exchangeSku: "HOODIE-L" }] }, { now: AFTER }));
    expect(r.exchangeOrderNumber).toMatch(/^OMS-/);
    expect(r.expectedRefundMinor).toBe(0);
    const replacement = await t.db.order.findUniqueOrThrow({ where: { number: r.exchangeOrderNumber! }, include: { lines: { include: { sku: true } }, payments: true, fulfillmentOrders: true } });
    expect(replacement.lines.map((l) => [l.sku.code, l.qty, l.unitPriceMinor])).toEqual([["HOODIE-L", 1, 4999]]);
    expect(replacement.fulfillmentOrders).toHaveLength(1);
    expect(replacement.status).toBe("RELEASED");
    expect(ledgerTotals(replacement.payments)).toMatchObject({ authorizedMinor: 4999, capturedMinor: 4999 });
    expect((await position(t.db, "DC-PAR", "HOODIE-L")).reserved).toBe(1);
    // Nothing went back to the card: the value moved to the replacement.
    const original = await order(o.id);
    expect(original.payments.filter((p) => p.type === "REFUND").map((p) => p.method)).toEqual(["EXCHANGE_CREDIT"]);
    const received = await run((tx) => receiveReturn(tx, SUPPLY, { returnId: r.returnId, nodeId: "node-DC-PAR", lines: [{ orderLineId: o.lines[0].id, qty: 1, condition: "RESELLABLE" }] }, { now: AFTER }));
    expect(received).toMatchObject({ status: "EXCHANGED", refundedMinor: 0 });
  });

  it("uneven: a dearer size is authorised for the difference on the buyer's method; a cheaper one refunds the difference", async () => {
    const o = await delivered([{ sku: "HOODIE-M", qty: 2 }]);
    const up = await run((tx) => authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: o.lines[0].id, qty: 1, reason: "SIZE_TOO_SMALL", exchangeSku: "HOODIE-XL" }] }, { now: AFTER }));
    const dearer = await t.db.order.findUniqueOrThrow({ where: { number: up.exchangeOrderNumber! }, include: { payments: { orderBy: { createdAt: "asc" } } } });
    const auth = (await order(o.id)).payments.find((p) => p.type === "AUTHORIZATION")!;
    expect(dearer.payments.find((p) => p.type === "AUTHORIZATION" && p.method !== "EXCHANGE_CREDIT")).toMatchObject({ amountMinor: 1000, method: auth.method });
    expect(ledgerTotals(dearer.payments).authorizedMinor).toBe(5999);

    const down = await run((tx) => authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: o.lines[0].id, qty: 1, reason: "SIZE_TOO_LARGE", exchangeSku: "HOODIE-S" }] }, { now: AFTER }));
    const cheaper = await t.db.order.findUniqueOrThrow({ where: { number: down.exchangeOrderNumber! }, include: { payments: true } });
    expect(ledgerTotals(cheaper.payments)).toMatchObject({ authorizedMinor: 3999, capturedMinor: 3999 });
    const refunds = (await order(o.id)).payments.filter((p) => p.type === "REFUND");
    expect(refunds.map((p) => [p.method, p.amountMinor])).toEqual(
      expect.arrayContaining([
        ["EXCHANGE_CREDIT", 4999],
        ["EXCHANGE_CREDIT", 3999],
        [auth.method, 1000],
      ]),
    );
    const bad = await run((tx) => authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: o.lines[0].id, qty: 1, reason: "SIZE_TOO_LARGE", exchangeSku: "LAMP" }] }, { now: AFTER })).catch((e) => e);
    expect(bad).toBeInstanceOf(RuleViolation);
  });

  it("waits for the return before releasing the replacement when the policy says so", async () => {
    await publishReturnsPolicy(t.db, { exchangeSourcing: "ON_RECEIPT" });
    const o = await delivered([{ sku: "HOODIE-M", qty: 1 }]);
    const r = await run((tx) => authoriseReturn(tx, AGENT, { orderId: o.id, method: "STORE", lines: [{ orderLineId: o.lines[0].id, qty: 1, reason: "SIZE_TOO_SMALL", exchangeSku: "HOODIE-L" }] }, { now: AFTER }));
    const waiting = await t.db.order.findUniqueOrThrow({ where: { number: r.exchangeOrderNumber! }, include: { fulfillmentOrders: true } });
    expect(waiting.status).toBe("ON_HOLD");
    expect(waiting.fulfillmentOrders.every((f) => f.status === "CREATED")).toBe(true);
    await run((tx) => receiveReturn(tx, associate("ST-PAR-01"), { returnId: r.returnId, nodeId: "node-ST-PAR-01", lines: [{ orderLineId: o.lines[0].id, qty: 1, condition: "RESELLABLE" }] }, { now: AFTER }));
    const released = await t.db.order.findUniqueOrThrow({ where: { number: r.exchangeOrderNumber! }, include: { fulfillmentOrders: true } });
    expect(released.status).toBe("RELEASED");
  });
});

describe("goodwill refunds (appeasements)", () => {
  it("pays within the agent's limit at once, waits for a supervisor above it, and never exceeds what was captured", async () => {
    const o = await delivered([{ sku: "JEANS-32", qty: 1 }, { sku: "LAMP", qty: 1 }]);
    const small = await run((tx) => requestAppeasement(tx, AGENT, { orderId: o.id, amountMinor: 1500, reason: "Parcel arrived two days late" }));
    expect(small).toMatchObject({ status: "APPROVED", amountMinor: 1500 });
    const pct = await run((tx) => requestAppeasement(tx, AGENT, { orderId: o.id, orderLineId: lineOf(o, "LAMP").id, percent: 20, reason: "Scratch on the base" }));
    expect(pct).toMatchObject({ status: "APPROVED", amountMinor: 700 });
    const big = await run((tx) => requestAppeasement(tx, AGENT, { orderId: o.id, amountMinor: 6000, reason: "Missed the wedding it was for" }));
    expect(big.status).toBe("PENDING_APPROVAL");
    expect((await order(o.id)).payments.filter((p) => p.type === "APPEASEMENT").map((p) => p.amountMinor)).toEqual([1500, 700]);
    const agentTries = await run((tx) => decideAppeasement(tx, AGENT, { appeasementId: big.appeasementId, expectedVersion: big.version, approve: true })).catch((e) => e);
    expect(agentTries).toBeInstanceOf(ForbiddenError);
    await run((tx) => decideAppeasement(tx, ADMIN, { appeasementId: big.appeasementId, expectedVersion: big.version, approve: true, note: "Agreed" }));
    const ledger = ledgerTotals((await order(o.id)).payments);
    expect(ledger.refundedMinor).toBe(1500 + 700 + 6000);
    const tooMuch = await run((tx) => requestAppeasement(tx, ADMIN, { orderId: o.id, amountMinor: ledger.balanceMinor + 1, reason: "Everything back" })).catch((e) => e);
    expect(tooMuch.code).toBe("REFUND_EXCEEDS_CAPTURED");
    expect(await t.db.outboxMessage.count({ where: { orderId: o.id, topic: "REFUNDED" } })).toBe(3);
  });

  it("refuses a role that may not give goodwill", async () => {
    const o = await delivered([{ sku: "LAMP", qty: 1 }]);
    const err = await run((tx) => requestAppeasement(tx, associate("ST-PAR-01"), { orderId: o.id, amountMinor: 100, reason: "Sorry" })).catch((e) => e);
    expect(err).toBeInstanceOf(ForbiddenError);
  });
});
