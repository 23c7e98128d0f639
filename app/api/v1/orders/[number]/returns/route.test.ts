// POST /api/v1/orders/{number}/returns, called as a shop would: a return (RMA) of one of its
// delivered orders is authorised once per Idempotency-Key, SKUs are mapped to the order's lines,
// every refusal of the returns policy is a 422 naming the request's fields, and a refused request
// creates nothing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { apiRequest, TEST_KEYS } from "@/lib/api/testing";
import { deliveredOrder, errorOf, NON_RETURNABLE, placeOrder, RETURN_KEYS, returnRequest, buildReturnsWorld, type ReturnRequestOptions } from "@/lib/api/returns-testing";
import { GET } from "../route";
import { GET as GET_RETURN } from "../../../returns/[number]/route";
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
  return POST(returnRequest(`/api/v1/orders/${encodeURIComponent(number)}/returns`, body, { ...options, defaultKey: TEST_KEYS.WEB }), { params: Promise.resolve({ number }) });
}

const getOrder = async (number: string) => (await GET(apiRequest(`/api/v1/orders/${number}`, { key: TEST_KEYS.WEB }), { params: Promise.resolve({ number }) })).json();
const returnCount = () => t.db.return.count();

async function created(res: Response) {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body;
}

describe("POST /api/v1/orders/{number}/returns", () => {
  it("authorises a return of a delivered order with 201 and the RMA, and the order shows it", async () => {
    const order = await deliveredOrder(t.db, [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }, { sku: "JEANS-32", qty: 1, mode: "SHIP" }]);
    const res = await post(order.number, { method: "MAIL", lines: [{ sku: "tshirt-m", qty: 2, reason: "SIZE_TOO_SMALL" }] });
    const body = await created(res);
    expect(res.headers.get("Idempotent-Replayed")).toBeNull();
    expect(body).toMatchObject({
      number: expect.stringMatching(/^RMA-\d+$/),
      orderNumber: order.number,
      status: "APPROVED",
      method: "MAIL",
      lines: [{ lineNo: 1, sku: "TSHIRT-M", qty: 2, reason: "SIZE_TOO_SMALL", receivedQty: 0, condition: null, disposition: null, exchangeSku: null }],
      currency: "EUR",
      refundedMinor: 0,
      refunds: [],
      exchangeOrder: null,
    });
    expect(body.expectedRefundMinor).toBe(2 * 1999);
    const stored = await t.db.return.findUniqueOrThrow({ where: { number: body.number }, select: { method: true, createdBy: true, order: { select: { events: { where: { type: "return.authorised" }, select: { actorType: true } } } } } });
    expect(stored).toEqual({ method: "MAIL", createdBy: "key-web", order: { events: [{ actorType: "API_KEY" }] } });

    // The Location reads it back; another channel's key does not see it.
    expect(res.headers.get("Location")).toBe(`/api/v1/returns/${body.number}`);
    const readBack = await GET_RETURN(apiRequest(`/api/v1/returns/${body.number}`, { key: TEST_KEYS.WEB }), { params: Promise.resolve({ number: body.number }) });
    expect(readBack.status).toBe(200);
    expect(await readBack.json()).toEqual(body);
    const otherChannel = await GET_RETURN(apiRequest(`/api/v1/returns/${body.number}`, { key: TEST_KEYS.MOBILE }), { params: Promise.resolve({ number: body.number }) });
    expect(otherChannel.status).toBe(404);
    expect((await GET_RETURN(apiRequest(`/api/v1/returns/RMA-0`, { key: TEST_KEYS.WEB }), { params: Promise.resolve({ number: "RMA-0" }) })).status).toBe(404);

    const seen = await getOrder(order.number);
    expect(seen.returns).toEqual([
      { number: body.number, status: "APPROVED", method: "MAIL", lines: [{ lineNo: 1, sku: "TSHIRT-M", qty: 2, receivedQty: 0, reason: "SIZE_TOO_SMALL" }], expectedRefundMinor: 2 * 1999, refundedMinor: 0, exchangeOrder: null },
    ]);
    expect(seen.payments).toMatchObject({ capturedMinor: expect.any(Number), refundedMinor: 0, method: "CARD", entries: expect.arrayContaining([expect.objectContaining({ type: "AUTHORIZATION" }), expect.objectContaining({ type: "CAPTURE" })]) });
    expect(seen.payments.authorisedMinor).toBe(seen.payments.authorizedMinor);
  });

  it("fills the first line of a SKU before the next, and takes a store return", async () => {
    const order = await deliveredOrder(t.db, [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }, { sku: "LAMP", qty: 1, mode: "SHIP" }, { sku: "TSHIRT-M", qty: 2, mode: "SHIP" }]);
    const first = await created(await post(order.number, { method: "STORE", lines: [{ sku: "TSHIRT-M", qty: 3, reason: "SIZE_TOO_LARGE" }] }));
    expect(first.method).toBe("STORE");
    expect(first.lines.map((l: { lineNo: number; qty: number }) => [l.lineNo, l.qty])).toEqual([[1, 2], [3, 1]]);
    // Line 1 is fully on a return now: the next unit comes from line 3.
    const second = await created(await post(order.number, { method: "MAIL", lines: [{ sku: "TSHIRT-M", qty: 1, reason: "CHANGED_MIND" }] }));
    expect(second.lines.map((l: { lineNo: number; qty: number }) => [l.lineNo, l.qty])).toEqual([[3, 1]]);
  });

  describe("idempotency", () => {
    it("answers a replay with the same key and body with the same RMA and creates nothing", async () => {
      const order = await deliveredOrder(t.db, [{ sku: "JEANS-32", qty: 1, mode: "SHIP" }]);
      const key = randomUUID();
      const body = { method: "MAIL", lines: [{ sku: "JEANS-32", qty: 1, reason: "NOT_AS_DESCRIBED" }] };
      const first = await created(await post(order.number, body, { idempotencyKey: key }));
      const before = await returnCount();
      const again = await post(order.number, { lines: body.lines, method: "MAIL" }, { idempotencyKey: key });
      expect(again.status).toBe(201);
      expect(again.headers.get("Idempotent-Replayed")).toBe("true");
      expect(await again.json()).toEqual(first);
      expect(await returnCount()).toBe(before);
    });

    it("refuses the same key with another body with 409, and requires a key", async () => {
      const order = await deliveredOrder(t.db, [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }]);
      const key = randomUUID();
      await created(await post(order.number, { method: "MAIL", lines: [{ sku: "TSHIRT-M", qty: 1, reason: "SIZE_TOO_SMALL" }] }, { idempotencyKey: key }));
      const before = await returnCount();
      const reused = await errorOf(await post(order.number, { method: "MAIL", lines: [{ sku: "TSHIRT-M", qty: 1, reason: "SIZE_TOO_LARGE" }] }, { idempotencyKey: key }));
      expect(reused).toMatchObject({ status: 409, code: "IDEMPOTENCY_KEY_REUSED" });
      expect(await errorOf(await post(order.number, { method: "MAIL", lines: [{ sku: "TSHIRT-M", qty: 1, reason: "SIZE_TOO_SMALL" }] }, { idempotencyKey: null }))).toMatchObject({ status: 400, code: "IDEMPOTENCY_KEY_REQUIRED" });
      expect(await returnCount()).toBe(before);
    });
  });

  describe("the returns policy's refusals are 422 with the request's fields, and create nothing", () => {
    it("refuses units of an order not shipped yet", async () => {
      const order = await placeOrder(t.db, [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }]);
      const before = await returnCount();
      const e = await errorOf(await post(order.number, { method: "MAIL", lines: [{ sku: "TSHIRT-M", qty: 1, reason: "CHANGED_MIND" }] }));
      expect(e).toMatchObject({ status: 422, fields: ["lines.0.qty"] });
      expect(e.body.error.fields!["lines.0.qty"]).toMatch(/shipped/);
      expect(await returnCount()).toBe(before);
    });

    it("refuses more units than were shipped", async () => {
      const order = await deliveredOrder(t.db, [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }]);
      const e = await errorOf(await post(order.number, { method: "MAIL", lines: [{ sku: "JEANS-32", qty: 1, reason: "CHANGED_MIND" }, { sku: "TSHIRT-M", qty: 3, reason: "CHANGED_MIND" }] }));
      expect(e).toMatchObject({ status: 422, code: "VALIDATION_FAILED", fields: ["lines.0.sku"] });
      const more = await errorOf(await post(order.number, { method: "MAIL", lines: [{ sku: "TSHIRT-M", qty: 3, reason: "CHANGED_MIND" }] }));
      expect(more).toMatchObject({ status: 422, code: "RETURN_NOT_ALLOWED", fields: ["lines.0.qty"] });
      expect(more.body.error.fields!["lines.0.qty"]).toMatch(/Only 2 units/);
    });

    it("refuses units whose return window has closed", async () => {
      const order = await deliveredOrder(t.db, [{ sku: "SNEAKER-42", qty: 1, mode: "SHIP" }], { deliveredAt: new Date(Date.now() - 60 * 86_400_000) });
      const e = await errorOf(await post(order.number, { method: "MAIL", lines: [{ sku: "SNEAKER-42", qty: 1, reason: "CHANGED_MIND" }] }));
      expect(e).toMatchObject({ status: 422, code: "RETURN_NOT_ALLOWED", fields: ["lines.0.sku"] });
      expect(e.body.error.fields!["lines.0.sku"]).toMatch(/30-day return window/);
    });

    it("refuses items of a non-returnable category", async () => {
      const order = await deliveredOrder(t.db, [{ sku: NON_RETURNABLE.sku, qty: 1, mode: "SHIP" }, { sku: "TSHIRT-M", qty: 1, mode: "SHIP" }]);
      const e = await errorOf(
        await post(order.number, { method: "MAIL", lines: [{ sku: "TSHIRT-M", qty: 1, reason: "CHANGED_MIND" }, { sku: NON_RETURNABLE.sku, qty: 1, reason: "CHANGED_MIND" }] }),
      );
      expect(e).toMatchObject({ status: 422, code: "RETURN_NOT_ALLOWED", fields: ["lines.1.sku"] });
      expect(e.body.error.fields!["lines.1.sku"]).toMatch(/not returnable/);
    });

    it("refuses a reason the policy does not know", async () => {
      const order = await deliveredOrder(t.db, [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }]);
      expect(await errorOf(await post(order.number, { method: "MAIL", lines: [{ sku: "TSHIRT-M", qty: 1, reason: "BORED" }] }))).toMatchObject({ status: 422, fields: ["lines.0.reason"] });
    });
  });

  describe("keys and orders", () => {
    it("answers 404 for an order of another channel, exactly as for an unknown number", async () => {
      const order = await deliveredOrder(t.db, [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }], { channel: "MOBILE" });
      const body = { method: "MAIL", lines: [{ sku: "TSHIRT-M", qty: 1, reason: "CHANGED_MIND" }] };
      const other = await errorOf(await post(order.number, body));
      const unknown = await errorOf(await post("OMS-404404", body));
      expect(other).toMatchObject({ status: 404, code: "NOT_FOUND" });
      expect(unknown).toMatchObject({ status: 404, code: "NOT_FOUND" });
      expect(other.message.replace(order.number, "N")).toBe(unknown.message.replace("OMS-404404", "N"));
      expect(await created(await post(order.number, body, { key: TEST_KEYS.MOBILE }))).toMatchObject({ orderNumber: order.number });
    });

    it("refuses a fulfilment key with 403 and no key with 401", async () => {
      const order = await deliveredOrder(t.db, [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }]);
      const body = { method: "MAIL", lines: [{ sku: "TSHIRT-M", qty: 1, reason: "CHANGED_MIND" }] };
      expect(await errorOf(await post(order.number, body, { key: RETURN_KEYS.DC_PAR }))).toMatchObject({ status: 403, code: "FORBIDDEN" });
      const anonymous = await post(order.number, body, { key: null });
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    });
  });

  describe("bad requests", () => {
    it("refuses malformed JSON with 400 and a body that is not JSON with 415", async () => {
      const order = await deliveredOrder(t.db, [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }]);
      expect(await errorOf(await post(order.number, "{ not json"))).toMatchObject({ status: 400, code: "MALFORMED_JSON" });
      const form = new Request(`http://localhost/api/v1/orders/${order.number}/returns`, {
        method: "POST",
        headers: { Authorization: `Bearer ${TEST_KEYS.WEB}`, "Idempotency-Key": randomUUID(), "Content-Type": "application/x-www-form-urlencoded" },
        body: "method=MAIL",
      });
      expect(await errorOf(await POST(form, { params: Promise.resolve({ number: order.number }) }))).toMatchObject({ status: 415, code: "UNSUPPORTED_MEDIA_TYPE" });
    });

    it("lists every invalid field at once, unknown fields included", async () => {
      const order = await deliveredOrder(t.db, [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }]);
      const e = await errorOf(await post(order.number, { method: "DRONE", lines: [{ sku: "TSHIRT-M", qty: 0, reason: "CHANGED_MIND", exchangeSku: "X" }], note: "hi" }));
      expect(e).toMatchObject({ status: 422, code: "VALIDATION_FAILED", fields: ["lines.0.exchangeSku", "lines.0.qty", "method", "note"] });
      expect(await errorOf(await post(order.number, { method: "MAIL", lines: [] }))).toMatchObject({ status: 422, fields: ["lines"] });
    });
  });
});
