// The store tablet's actions: the permission table decides who may call them, a store associate
// only changes their own store's work, bad input comes back as field errors, and a refusal
// changes nothing. Real database (in-memory PGlite); only next-auth's session is faked.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "@/lib/orders/testing";
import { captureOrder, captureOrderSchema, type CaptureOrderInput } from "@/lib/orders";
import {
  confirmPickAction,
  cycleCountAction,
  expirePickupAction,
  handOverAction,
  markDeliveredAction,
  markReadyAction,
  packAction,
  receiveAtStoreAction,
  shipAction,
  shortPickAction,
  startPickingAction,
} from "./actions";

let t: TestDb;
const LYON_ASSOCIATE = "t-store-lyon";

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  // Paris Rivoli holds jeans and T-shirts; the Paris customer's orders are sourced there.
  await buildWorld(t.db, { stock: { "ST-PAR-01|JEANS-32": 20, "ST-PAR-01|TSHIRT-M": 10, "DC-LYS|JEANS-32": 5, "DC-LYS|LAMP": 10 } });
  await createRoleUsers(t.db, { storeId: "node-ST-PAR-01" });
  await t.db.user.create({ data: { id: LYON_ASSOCIATE, email: "lyon@test", name: "Lyon Associate", role: "STORE_ASSOCIATE", storeId: "node-ST-LYO-01", passwordHash: "not-used" } });
});
afterAll(() => t.close());

const as = (who: keyof typeof TEST_USERS | "LYON" | null) => {
  session.userId = who === "LYON" ? LYON_ASSOCIATE : who ? TEST_USERS[who].id : null;
};

/** Places an order through capture (sourced, reserved, released) and returns its work at Paris Rivoli. */
async function placeAtParis(lines: CaptureOrderInput["lines"]) {
  const { id } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines }), { db: t.db });
  return t.db.fulfillmentOrder.findFirstOrThrow({ where: { orderId: id, node: { code: "ST-PAR-01" } }, include: { lines: { include: { orderLine: { include: { sku: true } } } } } });
}

const reload = (id: string) => t.db.fulfillmentOrder.findUniqueOrThrow({ where: { id }, include: { lines: true, parcels: true } });

/** One valid call of every action on a fulfilment order (and a count at Paris Rivoli). */
function everyAction(fo: { id: string; version: number; lines: Array<{ id: string; orderLine: { sku: { code: string } } }> }) {
  const ref = { fulfillmentOrderId: fo.id, expectedVersion: fo.version };
  const line = fo.lines[0];
  return {
    startPicking: () => startPickingAction(ref),
    confirmPick: () => confirmPickAction({ ...ref, lineId: line.id, scan: line.orderLine.sku.code }),
    shortPick: () => shortPickAction({ ...ref, lineId: line.id, qty: 1, reason: "NOT_FOUND" }),
    pack: () => packAction({ ...ref, parcels: [{ weightGrams: 800 }] }),
    ship: () => shipAction({ ...ref, carrier: "Colissimo", trackingNumber: "6A12345678901" }),
    receiveAtStore: () => receiveAtStoreAction(ref),
    markReady: () => markReadyAction(ref),
    handOver: () => handOverAction({ ...ref, check: "PICKUP_CODE", pickupCode: "123456" }),
    expirePickup: () => expirePickupAction({ ...ref, reason: "Customer unreachable" }),
    cycleCount: () => cycleCountAction({ node: "ST-PAR-01", sku: line.orderLine.sku.code, countedQty: 0, reason: "Weekly count" }),
  };
}

describe("store actions", () => {
  it("asks a visitor without a session to sign in", async () => {
    const fo = await placeAtParis([{ sku: "JEANS-32", qty: 1, mode: "SHIP" }]);
    as(null);
    expect(await everyAction(fo).confirmPick()).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });

  it("refuses a call-centre agent every store step, and nothing changes", async () => {
    const fo = await placeAtParis([{ sku: "JEANS-32", qty: 1, mode: "SHIP" }]);
    const stock = await t.db.inventoryPosition.findMany({ orderBy: [{ nodeId: "asc" }, { skuId: "asc" }] });
    as("AGENT");
    for (const [name, call] of Object.entries(everyAction(fo))) {
      expect(await call(), name).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    const after = await reload(fo.id);
    expect(after).toMatchObject({ status: "RELEASED", version: fo.version, parcels: [] });
    expect(after.lines[0].pickedQty).toBe(0);
    expect(await t.db.inventoryPosition.findMany({ orderBy: [{ nodeId: "asc" }, { skuId: "asc" }] })).toEqual(stock);
  });

  it("refuses a store associate of another store (403), and nothing changes", async () => {
    const fo = await placeAtParis([{ sku: "JEANS-32", qty: 1, mode: "SHIP" }]);
    const stock = await t.db.inventoryPosition.findMany({ orderBy: [{ nodeId: "asc" }, { skuId: "asc" }] });
    as("LYON");
    for (const [name, call] of Object.entries(everyAction(fo))) {
      expect(await call(), name).toMatchObject({ ok: false, error: { code: "OTHER_STORE" } });
    }
    const after = await reload(fo.id);
    expect(after).toMatchObject({ status: "RELEASED", version: fo.version, parcels: [] });
    expect(after.lines[0]).toMatchObject({ pickedQty: 0, shortQty: 0 });
    expect(await t.db.inventoryPosition.findMany({ orderBy: [{ nodeId: "asc" }, { skuId: "asc" }] })).toEqual(stock);
  });

  it("returns each bad field as a field error, and changes nothing", async () => {
    const fo = await placeAtParis([{ sku: "JEANS-32", qty: 1, mode: "SHIP" }]);
    const ref = { fulfillmentOrderId: fo.id, expectedVersion: fo.version };
    const lineId = fo.lines[0].id;
    as("STORE_ASSOCIATE");
    const invalid = (fields: Record<string, unknown>) => ({ ok: false, error: { code: "VALIDATION_FAILED", fields } });
    expect(await confirmPickAction({ ...ref, lineId, scan: "  " })).toMatchObject(invalid({ scan: { code: "SCAN_REQUIRED" } }));
    expect(await shortPickAction({ ...ref, lineId, qty: 0, reason: "LOST" })).toMatchObject(invalid({ qty: { code: "TOO_SMALL", params: { minimum: 1 } }, reason: { code: "SHORT_REASON_REQUIRED" } }));
    expect(await packAction({ ...ref, parcels: [] })).toMatchObject(invalid({ parcels: { code: "TOO_FEW", params: { minimum: 1 } } }));
    expect(await packAction({ ...ref, parcels: [{ weightGrams: 90_000 }] })).toMatchObject(invalid({ "parcels.0.weightGrams": { code: "PARCEL_TOO_HEAVY" } }));
    expect(await shipAction({ ...ref, carrier: "", trackingNumber: "no spaces!" })).toMatchObject(invalid({ carrier: { code: "CARRIER_REQUIRED" }, trackingNumber: { code: "TRACKING_NUMBER_FORMAT" } }));
    expect(await handOverAction({ ...ref, check: "PICKUP_CODE", pickupCode: "12" })).toMatchObject(invalid({ pickupCode: { code: "PICKUP_CODE_FORMAT" } }));
    expect(await handOverAction({ ...ref, check: "ID_CHECK" })).toMatchObject(invalid({ buyerName: { code: "BUYER_NAME_REQUIRED" }, idDocument: { code: "ID_DOCUMENT_REQUIRED" } }));
    expect(await expirePickupAction({ ...ref, reason: "" })).toMatchObject(invalid({ reason: { code: "TOO_SHORT", params: { minimum: 3 } } }));
    expect(await cycleCountAction({ node: "ST-PAR-01", sku: "JEANS-32", countedQty: -1, reason: "x" })).toMatchObject(invalid({ countedQty: { code: "TOO_SMALL", params: { minimum: 0 } }, reason: { code: "TOO_SHORT", params: { minimum: 3 } } }));
    expect(await reload(fo.id)).toMatchObject({ status: "RELEASED", version: fo.version });
  });

  it("refuses a scan of another item on the scan field, and picks nothing", async () => {
    const fo = await placeAtParis([{ sku: "JEANS-32", qty: 1, mode: "SHIP" }]);
    as("STORE_ASSOCIATE");
    const res = await confirmPickAction({ fulfillmentOrderId: fo.id, expectedVersion: fo.version, lineId: fo.lines[0].id, scan: "TSHIRT-M" });
    expect(res).toMatchObject({ ok: false, error: { code: "WRONG_ITEM", fields: { scan: { code: "SCAN_NOT_LINE_ITEM", params: { sku: "JEANS-32" } } } } });
    expect((await reload(fo.id)).lines[0].pickedQty).toBe(0);
  });

  it("lets the Paris associate pick then pack, and a stale tablet gets a conflict", async () => {
    const fo = await placeAtParis([{ sku: "JEANS-32", qty: 2, mode: "SHIP" }]);
    const line = fo.lines[0];
    as("STORE_ASSOCIATE");
    const first = await confirmPickAction({ fulfillmentOrderId: fo.id, expectedVersion: fo.version, lineId: line.id, scan: "jeans-32", qty: 1 });
    expect(first).toMatchObject({ ok: true, data: { status: "PICKING" } });
    const version = first.ok ? first.data.version : 0;
    // A second tablet still showing the first version is refused.
    expect(await confirmPickAction({ fulfillmentOrderId: fo.id, expectedVersion: fo.version, lineId: line.id, scan: "JEANS-32", qty: 1 })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    const second = await confirmPickAction({ fulfillmentOrderId: fo.id, expectedVersion: version, lineId: line.id, scan: "JEANS-32" });
    expect(second).toMatchObject({ ok: true });
    const packed = await packAction({ fulfillmentOrderId: fo.id, expectedVersion: second.ok ? second.data.version : 0, parcels: [{ weightGrams: 900 }, {}] });
    expect(packed).toMatchObject({ ok: true, data: { status: "PACKED", orderNumber: expect.any(String) } });
    const after = await reload(fo.id);
    expect(after.lines[0].pickedQty).toBe(2);
    expect(after.parcels.map((p) => p.weightGrams).sort()).toEqual([900, null].sort());
    // Packing again is a step the state machine no longer allows.
    expect(await packAction({ fulfillmentOrderId: fo.id, parcels: [{}] })).toMatchObject({ ok: false, error: { code: "INVALID_TRANSITION" } });
  });

  it("makes a same-store pickup ready and hands it over with its pickup code", async () => {
    const fo = await placeAtParis([{ sku: "TSHIRT-M", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" }]);
    as("STORE_ASSOCIATE");
    const picked = await confirmPickAction({ fulfillmentOrderId: fo.id, expectedVersion: fo.version, lineId: fo.lines[0].id, scan: "TSHIRT-M" });
    expect(picked).toMatchObject({ ok: true });
    expect(await markReadyAction({ fulfillmentOrderId: fo.id })).toMatchObject({ ok: true, data: { status: "READY_FOR_PICKUP" } });
    const ready = await reload(fo.id);
    expect(await handOverAction({ fulfillmentOrderId: fo.id, expectedVersion: ready.version, check: "PICKUP_CODE", pickupCode: ready.pickupCode === "000000" ? "111111" : "000000" })).toMatchObject({
      ok: false,
      error: { code: "WRONG_PICKUP_CODE", fields: { pickupCode: { code: "PICKUP_CODE_WRONG" } } },
    });
    expect(await handOverAction({ fulfillmentOrderId: fo.id, expectedVersion: ready.version, check: "PICKUP_CODE", pickupCode: ready.pickupCode })).toMatchObject({ ok: true, data: { status: "PICKED_UP" } });
  });
});

describe("DC console actions", () => {
  /** A lamp order (lamps are only at the Lyon DC) picked, packed and shipped by the supply-chain manager. */
  async function shippedFromLyon() {
    const { id } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }] }), { db: t.db });
    const fo = await t.db.fulfillmentOrder.findFirstOrThrow({ where: { orderId: id, node: { code: "DC-LYS" } }, include: { lines: true } });
    as("SUPPLY_CHAIN");
    const picked = await confirmPickAction({ fulfillmentOrderId: fo.id, lineId: fo.lines[0].id, scan: "LAMP" });
    expect(picked).toMatchObject({ ok: true });
    expect(await packAction({ fulfillmentOrderId: fo.id, parcels: [{ weightGrams: 1200 }] })).toMatchObject({ ok: true });
    expect(await shipAction({ fulfillmentOrderId: fo.id, carrier: "DPD", trackingNumber: "DPD-0042" })).toMatchObject({ ok: true, data: { status: "SHIPPED" } });
    return reload(fo.id);
  }

  it("lets a supply-chain manager mark a shipped DC fulfilment order delivered", async () => {
    const shipped = await shippedFromLyon();
    as("SUPPLY_CHAIN");
    expect(await markDeliveredAction({ fulfillmentOrderId: shipped.id, expectedVersion: shipped.version })).toMatchObject({ ok: true, data: { status: "DELIVERED" } });
    const after = await reload(shipped.id);
    expect(after.status).toBe("DELIVERED");
    expect(after.deliveredAt).toBeInstanceOf(Date);
    expect(after.version).toBeGreaterThan(shipped.version);
    // Delivered is the end of the road: a second tap is refused.
    expect(await markDeliveredAction({ fulfillmentOrderId: shipped.id })).toMatchObject({ ok: false, error: { code: "INVALID_TRANSITION" } });
  });

  it("refuses a call-centre agent (403), and nothing changes", async () => {
    const shipped = await shippedFromLyon();
    as("AGENT");
    expect(await markDeliveredAction({ fulfillmentOrderId: shipped.id, expectedVersion: shipped.version })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await reload(shipped.id)).toMatchObject({ status: "SHIPPED", version: shipped.version, deliveredAt: null });
  });
});
