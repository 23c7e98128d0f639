// POST /api/v1/fulfillments/{id}/events, called as a warehouse or store system would: each event
// runs the fulfilment command for it on orders captured and released for real, exactly once per
// Idempotency-Key, only for the nodes the key is bound to, and every refusal changes nothing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { apiRequest, createFulfillmentApiKey, createTestApiKeys, TEST_KEYS } from "@/lib/api/testing";
import { captureOrder, captureOrderSchema, type CaptureOrderInput } from "@/lib/orders";
import { buildWorld, LEA, PARIS_ADDRESS, position, TEST_AGENT } from "@/lib/orders/testing";
import { POST } from "./route";

let t: TestDb;

const KEYS = {
  /** The Paris DC's WMS and the Rivoli store's system in one key. */
  PARIS: "test_ff_paris_key",
  BASTILLE: "test_ff_bastille_key",
  LYON: "test_ff_lyon_key",
} as const;
const TSHIRT_BARCODE = "2000000000015";

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, {
    stock: { "DC-PAR|TSHIRT-M": 100, "DC-LYS|TSHIRT-M": 10, "ST-PAR-01|LAMP": 10, "DC-PAR|JEANS-32": 10 },
  });
  await t.db.sku.update({ where: { code: "TSHIRT-M" }, data: { barcode: TSHIRT_BARCODE } });
  await createTestApiKeys(t.db);
  await createFulfillmentApiKey(t.db, { id: "ff-paris", key: KEYS.PARIS, nodes: ["DC-PAR", "ST-PAR-01"] });
  await createFulfillmentApiKey(t.db, { id: "ff-bastille", key: KEYS.BASTILLE, nodes: ["ST-PAR-02"] });
  await createFulfillmentApiKey(t.db, { id: "ff-lyon", key: KEYS.LYON, nodes: ["DC-LYS", "ST-LYO-01"] });
});
afterAll(async () => {
  await t?.close();
});

/** Captures an order as an agent would (sourced, reserved, released); answers its one fulfilment order. */
async function place(lines: CaptureOrderInput["lines"], expectedNode: string) {
  const { id } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines }), { db: t.db });
  const fos = await t.db.fulfillmentOrder.findMany({ where: { orderId: id }, include: { node: true, order: true } });
  expect(fos).toHaveLength(1);
  expect(fos[0]).toMatchObject({ status: "RELEASED", node: { code: expectedNode } });
  return { orderId: id, fo: fos[0] };
}
const shipTshirts = (qty = 2) => place([{ sku: "TSHIRT-M", qty, mode: "SHIP" }], "DC-PAR");

interface PostOptions {
  key?: string | null;
  idempotencyKey?: string | null;
}

function post(id: string, body: unknown, options: PostOptions = {}) {
  const idem = options.idempotencyKey === undefined ? randomUUID() : options.idempotencyKey;
  const key = options.key === undefined ? KEYS.PARIS : options.key;
  return POST(apiRequest(`/api/v1/fulfillments/${encodeURIComponent(id)}/events`, { key, body, headers: idem !== null ? { "Idempotency-Key": idem } : {} }), { params: Promise.resolve({ id }) });
}

async function ok(res: Response) {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body;
}

async function expectError(res: Response, status: number, code: string, fields?: string[]) {
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  if (fields) expect(Object.keys(body.error.fields ?? {}).sort()).toEqual([...fields].sort());
  return body.error as { code: string; message: string; fields?: Record<string, string>; currentStatus?: string };
}

/** Everything an event could change, to show that a refused one changed nothing. */
async function snapshot(orderId: string) {
  return {
    order: await t.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, version: true, lines: { select: { status: true }, orderBy: { lineNo: "asc" } } } }),
    fulfillments: await t.db.fulfillmentOrder.findMany({
      where: { orderId },
      orderBy: { id: "asc" },
      select: { status: true, version: true, carrier: true, lines: { orderBy: { id: "asc" }, select: { qty: true, pickedQty: true, shortQty: true, handedOverQty: true } } },
    }),
    reservations: await t.db.reservation.findMany({ where: { orderLine: { orderId } }, orderBy: { id: "asc" }, select: { status: true, qty: true } }),
    positions: await t.db.inventoryPosition.findMany({ orderBy: [{ nodeId: "asc" }, { skuId: "asc" }], select: { onHand: true, reserved: true } }),
    events: await t.db.orderEvent.count({ where: { orderId } }),
    payments: await t.db.paymentTransaction.count({ where: { orderId } }),
    idempotencyRecords: await t.db.idempotencyRecord.count(),
  };
}

describe("the fulfilment flow", () => {
  it("PICKED, PACKED, SHIPPED and DELIVERED move the fulfilment and the order: stock leaves, the reservation is consumed, the payment captured", async () => {
    const { orderId, fo } = await shipTshirts(2);
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ onHand: 100, reserved: 2 });

    const firstPick = await ok(await post(fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }] }));
    expect(firstPick).toEqual({
      id: fo.id,
      number: fo.number,
      orderNumber: fo.order.number,
      node: "DC-PAR",
      status: "PICKING",
      destination: "customer",
      lines: [{ sku: "TSHIRT-M", qty: 2, pickedQty: 1, shortQty: 0 }],
      carrier: null,
      trackingNumber: null,
      pickupCode: null,
      version: expect.any(Number),
    });
    // A scanned barcode names the SKU as well as its code.
    const picked = await ok(await post(fo.id, { type: "PICKED", lines: [{ sku: TSHIRT_BARCODE, qty: 1 }] }));
    expect(picked).toMatchObject({ status: "PICKING", lines: [{ sku: "TSHIRT-M", qty: 2, pickedQty: 2, shortQty: 0 }] });
    expect(picked.version).toBeGreaterThan(firstPick.version);

    expect(await ok(await post(fo.id, { type: "PACKED", parcels: 2 }))).toMatchObject({ status: "PACKED" });
    expect(await t.db.parcel.count({ where: { fulfillmentOrderId: fo.id } })).toBe(2);

    const shipped = await ok(await post(fo.id, { type: "SHIPPED", carrier: "Colissimo", trackingNumber: "6A12345678901" }));
    expect(shipped).toMatchObject({ status: "SHIPPED", carrier: "Colissimo", trackingNumber: "6A12345678901" });

    const order = await t.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true, payments: true, events: { where: { type: "fulfillment.shipped" } } } });
    expect(order.lines.map((l) => l.status)).toEqual(["SHIPPED"]);
    expect(order.status).toBe("FULFILLED");
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ onHand: 98, reserved: 0 });
    expect(await t.db.reservation.findMany({ where: { orderLine: { orderId } }, select: { status: true, qty: true } })).toEqual([{ status: "CONSUMED", qty: 2 }]);
    const captures = order.payments.filter((p) => p.type === "CAPTURE");
    expect(captures).toHaveLength(1);
    expect(captures[0].amountMinor).toBe(order.totalMinor);
    expect(order.events).toEqual([expect.objectContaining({ actorType: "API_KEY", actorId: "ff-paris" })]);

    expect(await ok(await post(fo.id, { type: "DELIVERED" }))).toMatchObject({ status: "DELIVERED" });
    expect(await t.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, lines: { select: { status: true } } } })).toEqual({ status: "COMPLETED", lines: [{ status: "DELIVERED" }] });
  });

  it("takes an empty line list as none: PICKED needs lines, PACKED and SHIPPED do not", async () => {
    const { fo } = await shipTshirts(1);
    await expectError(await post(fo.id, { type: "PICKED", lines: [] }), 422, "VALIDATION_FAILED", ["lines"]);
    await ok(await post(fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }] }));
    await ok(await post(fo.id, { type: "PACKED", lines: [] }));
    const shipped = await ok(await post(fo.id, { type: "SHIPPED", lines: [], carrier: "DPD", trackingNumber: "DPD-EMPTY-1" }));
    expect(shipped).toMatchObject({ status: "SHIPPED", trackingNumber: "DPD-EMPTY-1" });
  });

  it("fills several lines of one SKU in line order, and reports lines as the order has them", async () => {
    const { fo } = await place(
      [
        { sku: "TSHIRT-M", qty: 1, mode: "SHIP" },
        { sku: "TSHIRT-M", qty: 2, mode: "SHIP" },
      ],
      "DC-PAR",
    );
    const body = await ok(await post(fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 2 }] }));
    expect(body.lines).toEqual([
      { sku: "TSHIRT-M", qty: 1, pickedQty: 1, shortQty: 0 },
      { sku: "TSHIRT-M", qty: 2, pickedQty: 1, shortQty: 0 },
    ]);
    await expectError(await post(fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 2 }] }), 422, "PICK_EXCEEDS_LINE", ["lines.0.qty"]);
    expect((await ok(await post(fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }] }))).lines.map((l: { pickedQty: number }) => l.pickedQty)).toEqual([1, 2]);
  });

  it("SHORT_PICKED takes the missing units off this node and sources them again elsewhere", async () => {
    const { orderId, fo } = await shipTshirts(3);
    const body = await ok(await post(fo.id, { type: "SHORT_PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }], reason: "DAMAGED" }));
    // qty stays what the node was first asked for; shortQty says how many it could not supply.
    expect(body).toMatchObject({ status: "PICKING", lines: [{ sku: "TSHIRT-M", qty: 3, pickedQty: 0, shortQty: 1 }] });
    const others = await t.db.fulfillmentOrder.findMany({ where: { orderId, id: { not: fo.id } }, include: { node: true, lines: true } });
    expect(others.map((f) => [f.node.code, f.lines.reduce((a, l) => a + l.qty, 0)])).toEqual([["DC-LYS", 1]]);
    expect(await ok(await post(fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 2 }] }))).toMatchObject({ lines: [{ qty: 3, pickedQty: 2, shortQty: 1 }] });
  });

  it("hands a same-store pickup over for the right pickup code only; a wrong code is 422 and hands nothing over", async () => {
    const { orderId, fo } = await place([{ sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" }], "ST-PAR-01");
    const picked = await ok(await post(fo.id, { type: "PICKED", lines: [{ sku: "lamp", qty: 1 }] }));
    expect(picked).toMatchObject({ status: "PICKING", destination: "ST-PAR-01", pickupCode: null });
    const ready = await ok(await post(fo.id, { type: "READY_FOR_PICKUP" }));
    expect(ready).toMatchObject({ status: "READY_FOR_PICKUP", pickupCode: fo.pickupCode });
    expect(fo.pickupCode).toMatch(/^\d{6}$/);

    const before = await snapshot(orderId);
    const wrong = fo.pickupCode === "000000" ? "111111" : "000000";
    const err = await expectError(await post(fo.id, { type: "PICKED_UP", pickupCode: wrong }), 422, "WRONG_PICKUP_CODE", ["pickupCode"]);
    expect(err.message).not.toContain(fo.pickupCode!);
    expect(await snapshot(orderId)).toEqual(before);

    const collected = await ok(await post(fo.id, { type: "PICKED_UP", pickupCode: fo.pickupCode, lines: [{ sku: "LAMP", qty: 1 }] }));
    expect(collected).toMatchObject({ status: "PICKED_UP", pickupCode: fo.pickupCode });
    expect(await position(t.db, "ST-PAR-01", "LAMP")).toMatchObject({ onHand: 9, reserved: 0 });
    expect(await t.db.paymentTransaction.count({ where: { orderId, type: "CAPTURE" } })).toBe(1);
  });

  it("lets each side report its own steps of a transfer: the DC ships it, the pickup store receives it", async () => {
    const { fo } = await place([{ sku: "JEANS-32", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-02" }], "DC-PAR");
    await ok(await post(fo.id, { type: "PICKED", lines: [{ sku: "JEANS-32", qty: 1 }] }));
    await ok(await post(fo.id, { type: "PACKED" }));
    expect(await ok(await post(fo.id, { type: "SHIPPED", carrier: "DPD", trackingNumber: "DPD-0001" }))).toMatchObject({ status: "IN_TRANSIT_TO_STORE", destination: "ST-PAR-02" });

    // The DC's key is not the pickup store's; the store's key may not ship for the DC.
    await expectError(await post(fo.id, { type: "RECEIVED_AT_STORE" }), 403, "FORBIDDEN");
    expect(await ok(await post(fo.id, { type: "RECEIVED_AT_STORE" }, { key: KEYS.BASTILLE }))).toMatchObject({ status: "RECEIVED_AT_STORE" });
    expect(await ok(await post(fo.id, { type: "READY_FOR_PICKUP" }, { key: KEYS.BASTILLE }))).toMatchObject({ status: "READY_FOR_PICKUP", pickupCode: fo.pickupCode });
  });
});

describe("refusals", () => {
  it("answers an event the state machine does not allow with 409 and the current status, and changes nothing", async () => {
    const { orderId, fo } = await shipTshirts(1);
    const before = await snapshot(orderId);
    const err = await expectError(await post(fo.id, { type: "SHIPPED", carrier: "DPD", trackingNumber: "DPD-1234" }), 409, "INVALID_TRANSITION");
    expect(err.currentStatus).toBe("RELEASED");
    await expectError(await post(fo.id, { type: "READY_FOR_PICKUP" }), 409, "INVALID_TRANSITION");
    await expectError(await post(fo.id, { type: "PICKED_UP", pickupCode: "123456" }), 409, "INVALID_TRANSITION");
    expect(await snapshot(orderId)).toEqual(before);
  });

  it("refuses a channel's key with 403", async () => {
    const { orderId, fo } = await shipTshirts(1);
    const before = await snapshot(orderId);
    await expectError(await post(fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }] }, { key: TEST_KEYS.WEB }), 403, "FORBIDDEN");
    expect(await snapshot(orderId)).toEqual(before);
  });

  it("refuses a key bound to other nodes with 403 and changes nothing", async () => {
    const { orderId, fo } = await shipTshirts(1);
    const before = await snapshot(orderId);
    await expectError(await post(fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }] }, { key: KEYS.LYON }), 403, "FORBIDDEN");
    await expectError(await post(fo.id, { type: "SHORT_PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }], reason: "NOT_FOUND" }, { key: KEYS.BASTILLE }), 403, "FORBIDDEN");
    expect(await snapshot(orderId)).toEqual(before);
  });

  it("answers 401 without a key and 404 for an unknown or malformed fulfilment order", async () => {
    const res = await post("whatever", { type: "PACKED" }, { key: null });
    await expectError(res, 401, "UNAUTHENTICATED");
    expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    await expectError(await post("fo-does-not-exist", { type: "PACKED" }), 404, "NOT_FOUND");
    await expectError(await post("../../etc", { type: "PACKED" }), 404, "NOT_FOUND");
  });
});

describe("idempotency", () => {
  it("answers a replay of the same key and body with the first answer and changes nothing more", async () => {
    const { orderId, fo } = await shipTshirts(2);
    const key = randomUUID();
    const body = { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }] };
    const first = await post(fo.id, body, { idempotencyKey: key });
    const answer = await ok(first);
    expect(first.headers.get("Idempotent-Replayed")).toBeNull();
    expect(first.headers.get("Cache-Control")).toBe("no-store");
    const after = await snapshot(orderId);

    const again = await post(fo.id, { lines: [{ qty: 1, sku: "TSHIRT-M" }], type: "PICKED" }, { idempotencyKey: key });
    expect(again.status).toBe(200);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await again.json()).toEqual(answer);
    expect(await snapshot(orderId)).toEqual(after);
    expect(after.fulfillments[0].lines[0].pickedQty).toBe(1);
  });

  it("refuses the same key with another body, or for another fulfilment order, with 409", async () => {
    const a = await shipTshirts(2);
    const b = await shipTshirts(2);
    const key = randomUUID();
    await ok(await post(a.fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }] }, { idempotencyKey: key }));
    const before = [await snapshot(a.orderId), await snapshot(b.orderId)];
    const err = await expectError(await post(a.fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 2 }] }, { idempotencyKey: key }), 409, "IDEMPOTENCY_KEY_REUSED");
    expect(err.message).toContain(key);
    await expectError(await post(b.fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }] }, { idempotencyKey: key }), 409, "IDEMPOTENCY_KEY_REUSED");
    expect([await snapshot(a.orderId), await snapshot(b.orderId)]).toEqual(before);
  });

  it("does not burn a key on a refused event: the corrected retry goes through", async () => {
    const { fo } = await shipTshirts(1);
    const key = randomUUID();
    await expectError(await post(fo.id, { type: "PACKED" }, { idempotencyKey: key }), 409, "INVALID_TRANSITION");
    expect(await t.db.idempotencyRecord.count({ where: { key } })).toBe(0);
    const res = await post(fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }] }, { idempotencyKey: key });
    expect(await ok(res)).toMatchObject({ status: "PICKING" });
    expect(res.headers.get("Idempotent-Replayed")).toBeNull();
  });

  it("requires an Idempotency-Key header (400) and changes nothing without it", async () => {
    const { orderId, fo } = await shipTshirts(1);
    const before = await snapshot(orderId);
    await expectError(await post(fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }] }, { idempotencyKey: null }), 400, "IDEMPOTENCY_KEY_REQUIRED");
    await expectError(await post(fo.id, { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }] }, { idempotencyKey: "k".repeat(201) }), 400, "IDEMPOTENCY_KEY_INVALID");
    expect(await snapshot(orderId)).toEqual(before);
  });
});

describe("bad bodies get a 4xx listing each problem, and change nothing", () => {
  let target: { orderId: string; fo: { id: string } };
  beforeAll(async () => {
    target = await shipTshirts(2);
  });

  const cases: Array<[string, unknown, number, string, string[]?]> = [
    ["an empty body", "", 400, "EMPTY_BODY"],
    ["malformed JSON", '{"type": "PICKED",', 400, "MALFORMED_JSON"],
    ["a JSON array", "[]", 422, "VALIDATION_FAILED", ["_"]],
    ["no type", {}, 422, "VALIDATION_FAILED", ["type"]],
    ["an unknown type", { type: "LOST" }, 422, "VALIDATION_FAILED", ["type"]],
    ["PICKED without lines", { type: "PICKED" }, 422, "VALIDATION_FAILED", ["lines"]],
    ["PICKED with no line", { type: "PICKED", lines: [] }, 422, "VALIDATION_FAILED", ["lines"]],
    ["a zero quantity", { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 0 }] }, 422, "VALIDATION_FAILED", ["lines.0.qty"]],
    ["a string for a quantity", { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: "1" }] }, 422, "VALIDATION_FAILED", ["lines.0.qty"]],
    ["a line without SKU", { type: "PICKED", lines: [{ qty: 1 }] }, 422, "VALIDATION_FAILED", ["lines.0.sku"]],
    ["SHORT_PICKED without reason", { type: "SHORT_PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }] }, 422, "VALIDATION_FAILED", ["reason"]],
    ["SHORT_PICKED with an unknown reason", { type: "SHORT_PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }], reason: "LOST" }, 422, "VALIDATION_FAILED", ["reason"]],
    ["SHIPPED without carrier and tracking", { type: "SHIPPED" }, 422, "VALIDATION_FAILED", ["carrier", "trackingNumber"]],
    ["a tracking number with spaces", { type: "SHIPPED", carrier: "DPD", trackingNumber: "not a number" }, 422, "VALIDATION_FAILED", ["trackingNumber"]],
    ["zero parcels", { type: "PACKED", parcels: 0 }, 422, "VALIDATION_FAILED", ["parcels"]],
    ["PICKED_UP without a code", { type: "PICKED_UP" }, 422, "VALIDATION_FAILED", ["pickupCode"]],
    ["a pickup code that is not 6 digits", { type: "PICKED_UP", pickupCode: "12ab" }, 422, "VALIDATION_FAILED", ["pickupCode"]],
    ["SKUs that are not in the fulfilment order", { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 1 }, { sku: "LAMP", qty: 1 }, { sku: "NOPE-1", qty: 1 }] }, 422, "VALIDATION_FAILED", ["lines.1.sku", "lines.2.sku"]],
    ["more units than the line has", { type: "PICKED", lines: [{ sku: "TSHIRT-M", qty: 3 }] }, 422, "PICK_EXCEEDS_LINE", ["lines.0.qty"]],
    ["more short units than the line has", { type: "SHORT_PICKED", lines: [{ sku: "TSHIRT-M", qty: 5 }], reason: "NOT_FOUND" }, 422, "SHORT_EXCEEDS_LINE", ["lines.0.qty"]],
  ];

  it.each(cases)("%s", async (_name, body, status, code, fields) => {
    const before = await snapshot(target.orderId);
    await expectError(await post(target.fo.id, body), status, code, fields);
    expect(await snapshot(target.orderId)).toEqual(before);
  });

  it("refuses a non-JSON content type with 415", async () => {
    const req = new Request(`http://localhost/api/v1/fulfillments/${target.fo.id}/events`, {
      method: "POST",
      headers: { Authorization: `Bearer ${KEYS.PARIS}`, "Idempotency-Key": randomUUID(), "Content-Type": "text/plain" },
      body: JSON.stringify({ type: "PACKED" }),
    });
    await expectError(await POST(req, { params: Promise.resolve({ id: target.fo.id }) }), 415, "UNSUPPORTED_MEDIA_TYPE");
  });
});
