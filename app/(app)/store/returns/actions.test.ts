// The returns counter's receipt action: the permission table decides who may receive (not a
// call-centre agent, and not the supply chain on the store screen), a store associate receives only
// at their own store, a refusal changes nothing, and a walk-in or an RMA is received with the
// units restocked and the buyer refunded. Real database (in-memory PGlite); only next-auth's session is faked.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb, withTx } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { authoriseReturn } from "@/lib/returns";
import { AGENT, buildReturnsWorld, DAY, fulfil, placeOrder } from "@/lib/returns/testing";
import { receiveReturnAction } from "./actions";

let t: TestDb;
const LYON_ASSOCIATE = "t-store-lyon";
const PARIS = "node-ST-PAR-01";
// Recent enough to be inside the return window whatever the day the tests run.
const PLACED = new Date(Date.now() - 4 * DAY);

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildReturnsWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 20, "DC-PAR|JEANS-32": 20 } });
  await createRoleUsers(t.db, { storeId: PARIS });
  await t.db.user.create({ data: { id: LYON_ASSOCIATE, email: "lyon@test", name: "Lyon Associate", role: "STORE_ASSOCIATE", storeId: "node-ST-LYO-01", passwordHash: "not-used" } });
});
afterAll(() => t.close());

const as = (who: keyof typeof TEST_USERS | "LYON" | null) => {
  session.userId = who === "LYON" ? LYON_ASSOCIATE : who ? TEST_USERS[who].id : null;
};

/** An order shipped to the buyer from the Paris DC and delivered, as a web shop would place it. */
async function delivered(lines: Array<{ sku: string; qty: number }>) {
  const id = await placeOrder(t.db, { channel: "WEB", lines: lines.map((l) => ({ ...l, mode: "SHIP" as const })) }, PLACED);
  await fulfil(t.db, id, { now: new Date(PLACED.getTime() + DAY) });
  return t.db.order.findUniqueOrThrow({ where: { id }, include: { lines: { include: { sku: true }, orderBy: { lineNo: "asc" } } } });
}

const snapshot = async () => ({
  returns: await t.db.return.count(),
  stock: await t.db.inventoryPosition.findMany({ where: { nodeId: PARIS }, orderBy: { skuId: "asc" }, select: { skuId: true, onHand: true } }),
});

describe("receive a return at the store counter", () => {
  it("refuses a call-centre agent, the supply chain on the store screen and a visitor without a session, and nothing changes", async () => {
    const o = await delivered([{ sku: "TSHIRT-M", qty: 1 }]);
    const input = { orderId: o.id, nodeId: PARIS, lines: [{ orderLineId: o.lines[0].id, qty: 1, condition: "RESELLABLE", reason: "CHANGED_MIND" }] };
    const before = await snapshot();
    as("AGENT");
    expect(await receiveReturnAction(input)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    as("SUPPLY_CHAIN");
    expect(await receiveReturnAction(input)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    as(null);
    expect(await receiveReturnAction(input)).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an associate of another store receiving for Paris, and nothing changes", async () => {
    const o = await delivered([{ sku: "TSHIRT-M", qty: 1 }]);
    const before = await snapshot();
    as("LYON");
    const refused = await receiveReturnAction({ orderId: o.id, nodeId: PARIS, lines: [{ orderLineId: o.lines[0].id, qty: 1, condition: "RESELLABLE", reason: "CHANGED_MIND" }] });
    expect(refused).toMatchObject({ ok: false, error: { code: "OTHER_STORE" } });
    expect(await snapshot()).toEqual(before);
  });

  it("returns bad input as field errors next to the line", async () => {
    const o = await delivered([{ sku: "TSHIRT-M", qty: 1 }]);
    as("STORE_ASSOCIATE");
    const bad = await receiveReturnAction({ orderId: o.id, nodeId: PARIS, lines: [{ orderLineId: o.lines[0].id, qty: 0, condition: "LIKE_NEW" }] });
    expect(bad).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { "lines.0.qty": { code: "TOO_SMALL" }, "lines.0.condition": { code: "CHOOSE_CONDITION" }, "lines.0.reason": { code: "RETURN_REASON_REQUIRED" } } } });
    const tooMany = await receiveReturnAction({ orderId: o.id, nodeId: PARIS, lines: [{ orderLineId: o.lines[0].id, qty: 3, condition: "RESELLABLE", reason: "CHANGED_MIND" }] });
    expect(tooMany).toMatchObject({ ok: false, error: { code: "RETURN_NOT_ALLOWED", fields: { "lines.0.qty": { code: "RETURN_ONLY_RETURNABLE_ONE", params: { returnable: 1 } } } } });
  });

  it("receives a walk-in at the associate's own store: an RMA is written at the counter, the unit is back on the shelf and the buyer refunded", async () => {
    const o = await delivered([{ sku: "TSHIRT-M", qty: 2 }]);
    // Paris wants more T-shirts than it holds: the returns router puts the unit back on its shelf.
    const shelf = await t.db.inventoryPosition.update({ where: { nodeId_skuId: { nodeId: PARIS, skuId: "sku-TSHIRT-M" } }, data: { targetStock: 5 } });
    as("STORE_ASSOCIATE");
    const done = await receiveReturnAction({ orderId: o.id, nodeId: PARIS, lines: [{ orderLineId: o.lines[0].id, qty: 1, condition: "RESELLABLE", reason: "SIZE_TOO_SMALL" }] });
    expect(done).toMatchObject({ ok: true, data: { number: expect.stringMatching(/^RMA-\d+$/), refundedMinor: 1999 } });
    const rma = await t.db.return.findFirstOrThrow({ where: { orderId: o.id }, include: { lines: true } });
    expect(rma).toMatchObject({ method: "IN_STORE", receivingNodeId: PARIS, lines: [{ qty: 1, receivedQty: 1, reason: "SIZE_TOO_SMALL", condition: "RESELLABLE", disposition: "RESTOCK", routedToNodeId: PARIS }] });
    expect(await t.db.inventoryPosition.findFirstOrThrow({ where: { nodeId: PARIS, skuId: "sku-TSHIRT-M" } })).toMatchObject({ onHand: shelf.onHand + 1 });
  });

  it("receives units against an RMA the call centre authorised, with an override and its reason", async () => {
    const o = await delivered([{ sku: "JEANS-32", qty: 1 }]);
    const rma = await withTx((tx) => authoriseReturn(tx, AGENT, { orderId: o.id, method: "STORE", lines: [{ orderLineId: o.lines[0].id, qty: 1, reason: "NOT_AS_DESCRIBED" }] }), { db: t.db });
    as("ADMIN");
    const done = await receiveReturnAction({
      returnId: rma.returnId,
      expectedVersion: rma.version,
      nodeId: PARIS,
      lines: [{ orderLineId: o.lines[0].id, qty: 1, condition: "DAMAGED", disposition: "DISPOSE", overrideReason: "Torn at the seam" }],
    });
    expect(done).toMatchObject({ ok: true, data: { returnId: rma.returnId, number: rma.number, status: expect.stringMatching(/RECEIVED|REFUNDED/) } });
    expect(await t.db.returnLine.findFirstOrThrow({ where: { returnId: rma.returnId } })).toMatchObject({ receivedQty: 1, condition: "DAMAGED", disposition: "DISPOSE" });
  });
});
