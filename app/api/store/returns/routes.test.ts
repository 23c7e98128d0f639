// The returns counter's JSON routes: the search finds any channel's delivered order (422 naming the
// field when too short), an order opens with what it may still return, the disposition proposal and
// the refund quote are for the associate's own store only, and the quote is what the receipt then
// refunds; a call-centre agent is refused.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb, withTx } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { authoriseReturn } from "@/lib/returns";
import { AGENT, buildReturnsWorld, DAY, fulfil, placeOrder, publishReturnsPolicy } from "@/lib/returns/testing";
import { receiveReturnAction } from "@/app/(app)/store/returns/actions";
import { GET as searchOrders } from "./orders/route";
import { GET as getOrder } from "./orders/[id]/route";
import { GET as getDispositions } from "./dispositions/route";
import { POST as postQuote } from "./quote/route";

let t: TestDb;
let order: { id: string; number: string; lineId: string };
const PARIS = "node-ST-PAR-01";

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildReturnsWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 20, "DC-PAR|JEANS-32": 20 } });
  // Fees on the buyer's own reasons, so a quote has more to it than the units' value.
  await publishReturnsPolicy(t.db, { restockingFeePercent: 10, returnShipping: { paidBy: "CUSTOMER", feeMinor: 495 } });
  await createRoleUsers(t.db, { storeId: PARIS });
  await t.db.user.create({ data: { id: "t-store-lyon", email: "lyon@test", name: "Lyon Associate", role: "STORE_ASSOCIATE", storeId: "node-ST-LYO-01", passwordHash: "not-used" } });
  const placed = new Date(Date.now() - 3 * DAY);
  const id = await placeOrder(t.db, { channel: "MOBILE", lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }] }, placed);
  await fulfil(t.db, id, { now: new Date(placed.getTime() + DAY) });
  const o = await t.db.order.findUniqueOrThrow({ where: { id }, include: { lines: true } });
  order = { id, number: o.number, lineId: o.lines[0].id };
});
afterAll(() => t.close());

const as = (id: string | null) => {
  session.userId = id;
};
const search = (q: string) => searchOrders(new Request(`http://test/api/store/returns/orders?q=${encodeURIComponent(q)}`), undefined);
const open = (id: string) => getOrder(new Request(`http://test/api/store/returns/orders/${id}`), { params: Promise.resolve({ id }) });
const quote = (body: unknown) => postQuote(new Request("http://test/api/store/returns/quote", { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) }), undefined);
const walkInQuote = (nodeId = PARIS) => ({ orderId: order.id, nodeId, lines: [{ orderLineId: order.lineId, qty: 1, condition: "RESELLABLE", reason: "CHANGED_MIND" }] });

/** An order shipped to the buyer and delivered a few days ago. */
async function delivered(lines: Array<{ sku: string; qty: number }>) {
  const placed = new Date(Date.now() - 3 * DAY);
  const id = await placeOrder(t.db, { channel: "WEB", lines: lines.map((l) => ({ ...l, mode: "SHIP" as const })) }, placed);
  await fulfil(t.db, id, { now: new Date(placed.getTime() + DAY) });
  return t.db.order.findUniqueOrThrow({ where: { id }, include: { lines: { orderBy: { lineNo: "asc" } } } });
}

const propose = (nodeId: string) => getDispositions(new Request(`http://test/api/store/returns/dispositions?nodeId=${nodeId}&lines=${order.lineId}:1:DAMAGED`), undefined);

describe("returns counter routes", () => {
  it("finds a mobile order by its number and opens it for a store associate", async () => {
    as(TEST_USERS.STORE_ASSOCIATE.id);
    const res = await search(order.number.toLowerCase());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([expect.objectContaining({ orderId: order.id, channel: "MOBILE", customerName: "Léa Martin", deliveredQty: 1, openReturns: [] })]);
    const opened = await open(order.id);
    expect(opened.status).toBe(200);
    expect(await opened.json()).toMatchObject({ orderId: order.id, lines: [{ orderLineId: order.lineId, deliveredQty: 1, returnableQty: 1 }] });
    expect((await open("no-such-order")).status).toBe(404);
  });

  it("answers 422 naming the field for a search under 3 characters", async () => {
    as(TEST_USERS.STORE_ASSOCIATE.id);
    const res = await search("ab");
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: "VALIDATION_FAILED", fields: { q: expect.any(String) }, fieldCodes: { q: { code: expect.any(String) } } } });
  });

  it("proposes dispositions at the associate's own store, and 403 at another store", async () => {
    as(TEST_USERS.STORE_ASSOCIATE.id);
    const res = await propose(PARIS);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([expect.objectContaining({ orderLineId: order.lineId, qty: 1, condition: "DAMAGED", disposition: "DISPOSE" })]);
    as("t-store-lyon");
    expect((await propose(PARIS)).status).toBe(403);
  });

  it("refuses a call-centre agent and asks a visitor to sign in", async () => {
    as(TEST_USERS.AGENT.id);
    expect((await search(order.number)).status).toBe(403);
    expect((await open(order.id)).status).toBe(403);
    expect((await propose(PARIS)).status).toBe(403);
    expect((await quote(walkInQuote())).status).toBe(403);
    as(null);
    expect((await search(order.number)).status).toBe(401);
    expect((await quote(walkInQuote())).status).toBe(401);
  });
});

describe("refund quote at the counter", () => {
  it("quotes for the associate's own store, and 403 at another store", async () => {
    as(TEST_USERS.STORE_ASSOCIATE.id);
    const res = await quote(walkInQuote());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      refundMinor: expect.any(Number),
      refundValueMinor: expect.any(Number),
      restockingFeeMinor: expect.any(Number),
      returnShippingMinor: expect.any(Number),
      shippingRefundMinor: expect.any(Number),
      refundableMinor: expect.any(Number),
    });
    as("t-store-lyon");
    const refused = await quote(walkInQuote());
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: "OTHER_STORE", message: "This belongs to another store." } });
  });

  it("answers 422 naming the fields for a bad body, and 400 for a body that is not JSON", async () => {
    as(TEST_USERS.STORE_ASSOCIATE.id);
    const bad = await quote({ orderId: order.id, nodeId: PARIS, lines: [{ orderLineId: order.lineId, qty: 0, condition: "LIKE_NEW" }] });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: "VALIDATION_FAILED", fields: { "lines.0.qty": expect.any(String), "lines.0.condition": expect.any(String) } } });
    const both = await quote({ ...walkInQuote(), returnId: "r-1" });
    expect(both.status).toBe(422);
    expect(await both.json()).toMatchObject({ error: { fields: { returnId: "Give either the return or the order." }, fieldCodes: { returnId: { code: "QUOTE_RETURN_OR_ORDER" } } } });
    const noLines = await quote({ orderId: order.id, nodeId: PARIS, lines: [] });
    expect(noLines.status).toBe(422);
    expect(await noLines.json()).toMatchObject({ error: { fields: { lines: "Quote at least one line." }, fieldCodes: { lines: { code: "QUOTE_LINES_REQUIRED" } } } });
    const notJson = await quote("{lines:");
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { code: "MALFORMED_JSON" } });
  });

  it("answers 404 for an order or an RMA that does not exist, and 422 for a line not on the order", async () => {
    as(TEST_USERS.STORE_ASSOCIATE.id);
    expect((await quote({ ...walkInQuote(), orderId: "no-such-order" })).status).toBe(404);
    expect((await quote({ returnId: "no-such-return", nodeId: PARIS, lines: walkInQuote().lines })).status).toBe(404);
    const stray = await quote({ ...walkInQuote(), lines: [{ ...walkInQuote().lines[0], orderLineId: "not-on-this-order" }] });
    expect(stray.status).toBe(422);
    expect(await stray.json()).toMatchObject({ error: { fields: { "lines.0.orderLineId": `This line is not on order ${order.number}.` } } });
  });

  it("quotes a walk-in for the buyer's own reason (restocking fee) at what the receipt then refunds", async () => {
    const o = await delivered([{ sku: "TSHIRT-M", qty: 2 }, { sku: "JEANS-32", qty: 1 }]);
    as(TEST_USERS.STORE_ASSOCIATE.id);
    const lines = [
      { orderLineId: o.lines[0].id, qty: 2, condition: "RESELLABLE", reason: "CHANGED_MIND" },
      { orderLineId: o.lines[1].id, qty: 1, condition: "WRONG_ITEM", reason: "NOT_AS_DESCRIBED" },
    ];
    const res = await quote({ orderId: o.id, nodeId: PARIS, lines });
    expect(res.status).toBe(200);
    const quoted = await res.json();
    expect(quoted).toMatchObject({ refundMinor: expect.any(Number), restockingFeeMinor: expect.any(Number) });
    expect(quoted.restockingFeeMinor).toBeGreaterThan(0);
    expect(quoted.refundMinor).toBe(quoted.refundValueMinor - quoted.restockingFeeMinor);
    const done = await receiveReturnAction({ orderId: o.id, nodeId: PARIS, lines });
    expect(done).toMatchObject({ ok: true, data: { refundedMinor: quoted.refundMinor } });
  });

  it("quotes units against a mail RMA (return shipping charged on the first receipt) at what the receipt then refunds", async () => {
    const o = await delivered([{ sku: "JEANS-32", qty: 2 }]);
    const rma = await withTx((tx) => authoriseReturn(tx, AGENT, { orderId: o.id, method: "MAIL", lines: [{ orderLineId: o.lines[0].id, qty: 2, reason: "CHANGED_MIND" }] }), { db: t.db });
    as(TEST_USERS.STORE_ASSOCIATE.id);
    const lines = [{ orderLineId: o.lines[0].id, qty: 1, condition: "RESELLABLE" }];
    const res = await quote({ returnId: rma.returnId, nodeId: PARIS, lines });
    expect(res.status).toBe(200);
    const quoted = await res.json();
    expect(quoted.returnShippingMinor).toBeGreaterThan(0);
    expect(quoted.refundMinor).toBeGreaterThan(0);
    const done = await receiveReturnAction({ returnId: rma.returnId, expectedVersion: rma.version, nodeId: PARIS, lines });
    expect(done).toMatchObject({ ok: true, data: { refundedMinor: quoted.refundMinor } });
  });
});
