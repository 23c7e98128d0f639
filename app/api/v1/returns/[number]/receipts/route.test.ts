// POST /api/v1/returns/{number}/receipts, called as a warehouse system would: units of a return
// received at the key's own node are taken in with their condition, the buyer is refunded as the
// policy says, a retry changes nothing, and a key of another node or kind changes nothing either.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { apiRequest, TEST_KEYS } from "@/lib/api/testing";
import { buildReturnsWorld, deliveredOrder, errorOf, RETURN_KEYS, returnRequest, type ReturnRequestOptions } from "@/lib/api/returns-testing";
import { POST as createReturn } from "@/app/api/v1/orders/[number]/returns/route";
import { GET as getOrder } from "@/app/api/v1/orders/[number]/route";
import { POST } from "./route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildReturnsWorld(t.db);
});
afterAll(async () => {
  await t?.close();
});

function post(number: string, body: unknown, options: ReturnRequestOptions = {}) {
  return POST(returnRequest(`/api/v1/returns/${encodeURIComponent(number)}/receipts`, body, { ...options, defaultKey: RETURN_KEYS.DC_PAR }), { params: Promise.resolve({ number }) });
}

/** A delivered order of the WEB channel and a mail return of its T-shirts, authorised over the API. */
async function authorisedReturn(qty = 2) {
  const order = await deliveredOrder(t.db, [{ sku: "TSHIRT-M", qty, mode: "SHIP" }]);
  const res = await createReturn(returnRequest(`/api/v1/orders/${order.number}/returns`, { method: "MAIL", lines: [{ sku: "TSHIRT-M", qty, reason: "SIZE_TOO_SMALL" }] }, { defaultKey: TEST_KEYS.WEB }), {
    params: Promise.resolve({ number: order.number }),
  });
  const rma = await res.json();
  expect(res.status, JSON.stringify(rma)).toBe(201);
  return { order, rma };
}

async function ok(res: Response) {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body;
}

/** Everything a receipt changes: the return, its ledger and the stock at the DC. */
async function snapshot(number: string) {
  return t.db.return.findUniqueOrThrow({
    where: { number },
    select: { status: true, version: true, refundMinor: true, lines: { select: { receivedQty: true, condition: true } }, payments: { select: { id: true } } },
  });
}

describe("POST /api/v1/returns/{number}/receipts", () => {
  it("receives the units at the key's node and answers the return with its refund", async () => {
    const { order, rma } = await authorisedReturn();
    const body = await ok(await post(rma.number, { node: "DC-PAR", lines: [{ sku: "TSHIRT-M", qty: 2, condition: "RESELLABLE" }] }));
    expect(body).toMatchObject({
      number: rma.number,
      orderNumber: order.number,
      status: "REFUNDED",
      lines: [{ lineNo: 1, sku: "TSHIRT-M", qty: 2, receivedQty: 2, condition: "RESELLABLE", disposition: "RESTOCK" }],
      receivingNode: "DC-PAR",
      receivedAt: expect.any(String),
    });
    expect(body.refundedMinor).toBe(rma.expectedRefundMinor);
    expect(body.refundedMinor).toBeGreaterThan(0);
    expect(body.refunds).toEqual([{ amountMinor: rma.expectedRefundMinor, method: "CARD", reference: expect.any(String), createdAt: expect.any(String) }]);

    const ledger = await t.db.paymentTransaction.findMany({ where: { order: { number: order.number }, type: "REFUND" }, select: { amountMinor: true, return: { select: { number: true } } } });
    expect(ledger).toEqual([{ amountMinor: rma.expectedRefundMinor, return: { number: rma.number } }]);
    const seen = await (await getOrder(apiRequest(`/api/v1/orders/${order.number}`, { key: TEST_KEYS.WEB }), { params: Promise.resolve({ number: order.number }) })).json();
    expect(seen.returns).toEqual([expect.objectContaining({ number: rma.number, status: body.status, refundedMinor: rma.expectedRefundMinor, lines: [expect.objectContaining({ receivedQty: 2 })] })]);
    expect(seen.payments.refundedMinor).toBe(rma.expectedRefundMinor);
    expect(seen.payments.entries).toContainEqual(expect.objectContaining({ type: "REFUND", amountMinor: rma.expectedRefundMinor, returnNumber: rma.number }));
  });

  it("answers a replay with the same key and body with the first answer and refunds once", async () => {
    const { rma } = await authorisedReturn(1);
    const key = randomUUID();
    const receipt = { node: "DC-PAR", lines: [{ sku: "TSHIRT-M", qty: 1, condition: "DAMAGED" }] };
    const first = await ok(await post(rma.number, receipt, { idempotencyKey: key }));
    const before = await snapshot(rma.number);
    const again = await post(rma.number, receipt, { idempotencyKey: key });
    expect(again.status).toBe(200);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await again.json()).toEqual(first);
    expect(await snapshot(rma.number)).toEqual(before);
    expect(await errorOf(await post(rma.number, { ...receipt, lines: [{ ...receipt.lines[0], condition: "RESELLABLE" }] }, { idempotencyKey: key }))).toMatchObject({ status: 409, code: "IDEMPOTENCY_KEY_REUSED" });
  });

  it("refuses more units than the return expects with 422 on the line's qty, and changes nothing", async () => {
    const { rma } = await authorisedReturn(2);
    const before = await snapshot(rma.number);
    const e = await errorOf(await post(rma.number, { node: "DC-PAR", lines: [{ sku: "TSHIRT-M", qty: 3, condition: "RESELLABLE" }] }));
    expect(e).toMatchObject({ status: 422, code: "RECEIPT_NOT_ALLOWED", fields: ["lines.0.qty"] });
    expect(e.body.error.fields!["lines.0.qty"]).toMatch(/expects 2 more units/);
    const unknown = await errorOf(await post(rma.number, { node: "DC-PAR", lines: [{ sku: "JEANS-32", qty: 1, condition: "RESELLABLE" }] }));
    expect(unknown).toMatchObject({ status: 422, code: "VALIDATION_FAILED", fields: ["lines.0.sku"] });
    expect(await snapshot(rma.number)).toEqual(before);
  });

  it("refuses a fulfilment key of another node, a channel key and an unknown node with 403, and changes nothing", async () => {
    const { rma } = await authorisedReturn(1);
    const before = await snapshot(rma.number);
    const receipt = { node: "DC-PAR", lines: [{ sku: "TSHIRT-M", qty: 1, condition: "RESELLABLE" }] };
    expect(await errorOf(await post(rma.number, receipt, { key: RETURN_KEYS.BASTILLE }))).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect(await errorOf(await post(rma.number, receipt, { key: TEST_KEYS.WEB }))).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect(await errorOf(await post(rma.number, { ...receipt, node: "DC-NOWHERE" }))).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect(await errorOf(await post("RMA-999999", { ...receipt, node: "ST-PAR-02" }, { key: RETURN_KEYS.BASTILLE }))).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect(await snapshot(rma.number)).toEqual(before);
  });

  it("refuses malformed JSON with 400, unknown fields and conditions with 422", async () => {
    const { rma } = await authorisedReturn(1);
    expect(await errorOf(await post(rma.number, "{ nope"))).toMatchObject({ status: 400, code: "MALFORMED_JSON" });
    const e = await errorOf(await post(rma.number, { node: "DC-PAR", lines: [{ sku: "TSHIRT-M", qty: 1, condition: "SMELLY" }], returnId: "x" }));
    expect(e).toMatchObject({ status: 422, code: "VALIDATION_FAILED", fields: ["lines.0.condition", "returnId"] });
  });
});
