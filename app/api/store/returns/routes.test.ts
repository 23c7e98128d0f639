// The returns counter's JSON routes: the search finds any channel's delivered order (422 naming the
// field when too short), an order opens with what it may still return, and the disposition proposal
// is for the associate's own store only; a call-centre agent is refused.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildReturnsWorld, DAY, fulfil, placeOrder } from "@/lib/returns/testing";
import { GET as searchOrders } from "./orders/route";
import { GET as getOrder } from "./orders/[id]/route";
import { GET as getDispositions } from "./dispositions/route";

let t: TestDb;
let order: { id: string; number: string; lineId: string };
const PARIS = "node-ST-PAR-01";

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildReturnsWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 5 } });
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
    expect(await res.json()).toMatchObject({ error: { fields: { q: "Type at least 3 characters." } } });
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
    as(null);
    expect((await search(order.number)).status).toBe(401);
  });
});
