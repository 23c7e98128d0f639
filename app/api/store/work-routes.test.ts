// The store tablet's internal JSON routes for the work screen and the counter search: a store
// associate reads their own store's work (403 for another store's, 404 for an unknown id), and the
// counter finds a ready pickup by its code; a too-short search is a 422 naming the field.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "@/lib/orders/testing";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { GET as getWork } from "./work/[id]/route";
import { GET as getPickups } from "./pickups/route";

let t: TestDb;
let work: { id: string; pickupCode: string | null };

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "ST-PAR-01|TSHIRT-M": 3 } });
  await createRoleUsers(t.db, { storeId: "node-ST-PAR-01" });
  await t.db.user.create({ data: { id: "t-store-lyon", email: "lyon@test", name: "Lyon Associate", role: "STORE_ASSOCIATE", storeId: "node-ST-LYO-01", passwordHash: "not-used" } });
  const { id } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" }] }), { db: t.db });
  const fo = await t.db.fulfillmentOrder.findFirstOrThrow({ where: { orderId: id } });
  // Straight to the shelf: this test is about reading, not about the steps.
  await t.db.fulfillmentOrder.update({ where: { id: fo.id }, data: { status: "READY_FOR_PICKUP", readyAt: new Date(), pickupCode: "482913" } });
  work = { id: fo.id, pickupCode: "482913" };
});
afterAll(() => t.close());

const as = (id: string | null) => {
  session.userId = id;
};
const workOf = (id: string) => getWork(new Request(`http://test/api/store/work/${id}`), { params: Promise.resolve({ id }) });
const pickups = (q: string) => getPickups(new Request(`http://test/api/store/pickups?q=${encodeURIComponent(q)}`), undefined);

describe("GET /api/store/work/[id]", () => {
  it("answers the store's own associate with the work and its next steps", async () => {
    as(TEST_USERS.STORE_ASSOCIATE.id);
    const res = await workOf(work.id);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: work.id, status: "READY_FOR_PICKUP", mode: "PICKUP", nextSteps: ["HAND_OVER", "EXPIRE_PICKUP"], order: { customerName: "Léa Martin" } });
  });

  it("answers 403 to another store's associate and to an agent, 404 for an unknown id, 401 without a session", async () => {
    as("t-store-lyon");
    expect((await workOf(work.id)).status).toBe(403);
    as(TEST_USERS.AGENT.id);
    expect((await workOf(work.id)).status).toBe(403);
    as(TEST_USERS.STORE_ASSOCIATE.id);
    expect((await workOf("nope")).status).toBe(404);
    as(null);
    expect((await workOf(work.id)).status).toBe(401);
  });
});

describe("GET /api/store/pickups", () => {
  it("finds a ready pickup by its code at the associate's store, and not at another store", async () => {
    as(TEST_USERS.STORE_ASSOCIATE.id);
    const res = await pickups(work.pickupCode!);
    expect(res.status).toBe(200);
    expect((await res.json()).map((p: { id: string }) => p.id)).toEqual([work.id]);
    as("t-store-lyon");
    expect(await (await pickups(work.pickupCode!)).json()).toEqual([]);
  });

  it("answers 422 naming the field for a one-letter search", async () => {
    as(TEST_USERS.STORE_ASSOCIATE.id);
    const res = await pickups("x");
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields.q).toBeTruthy();
  });
});
