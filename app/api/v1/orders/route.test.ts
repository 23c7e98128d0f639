// The channel API's order endpoints, called as a channel system would: API-key authentication,
// idempotent creation, reading back, and a 4xx with each problem for every kind of bad input.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb, withTx, type Tx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { apiRequest, createTestApiKeys, TEST_KEYS } from "@/lib/api/testing";
import { confirmPick, markReady, pack, ship } from "@/lib/fulfillment";
import { buildWorld, LEA, PARIS_ADDRESS, position, TEST_SYSTEM } from "@/lib/orders/testing";
import { POST } from "./route";
import { GET } from "./[number]/route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, {
    stock: { "DC-PAR|TSHIRT-M": 200, "ST-PAR-01|JEANS-32": 2, "DC-LYS|JEANS-32": 5, "ST-PAR-01|LAMP": 1 },
  });
  await createTestApiKeys(t.db);
});
afterAll(async () => {
  await t?.close();
});

const order = (overrides: Record<string, unknown> = {}) => ({
  channel: "WEB",
  customer: LEA,
  shippingAddress: PARIS_ADDRESS,
  lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }],
  ...overrides,
});

interface PostOptions {
  key?: string | null;
  idempotencyKey?: string | null;
  headers?: Record<string, string>;
}

function post(body: unknown, options: PostOptions = {}) {
  const idem = options.idempotencyKey === undefined ? randomUUID() : options.idempotencyKey;
  return POST(apiRequest("/api/v1/orders", { key: options.key, body, headers: { ...(idem !== null ? { "Idempotency-Key": idem } : {}), ...options.headers } }), undefined);
}

const get = (number: string, key: string | null = TEST_KEYS.WEB) => GET(apiRequest(`/api/v1/orders/${encodeURIComponent(number)}`, { key }), { params: Promise.resolve({ number }) });

const orderCount = () => t.db.order.count();

async function expectError(res: Response, status: number, code: string, fields?: string[]) {
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  if (fields) expect(Object.keys(body.error.fields ?? {}).sort()).toEqual([...fields].sort());
  return body.error as { code: string; message: string; fields?: Record<string, string> };
}

describe("authentication", () => {
  it("refuses a request without an API key with 401 and says how to authenticate", async () => {
    const res = await post(order(), { key: null });
    await expectError(res, 401, "UNAUTHENTICATED");
    expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
  });

  it("refuses an unknown key, a revoked key and a non-bearer scheme with 401", async () => {
    await expectError(await post(order(), { key: "not_a_key" }), 401, "UNAUTHENTICATED");
    await expectError(await post(order(), { key: TEST_KEYS.REVOKED }), 401, "UNAUTHENTICATED");
    const basic = await POST(new Request("http://localhost/api/v1/orders", { method: "POST", headers: { Authorization: "Basic dXNlcjpwYXNz", "Idempotency-Key": "k" }, body: JSON.stringify(order()) }), undefined);
    await expectError(basic, 401, "UNAUTHENTICATED");
    await expectError(await get("OMS-1", null), 401, "UNAUTHENTICATED");
    expect(await orderCount()).toBe(0);
  });

  it("checks the key before anything else, so a stranger learns nothing about the body", async () => {
    await expectError(await post("not json", { key: null, idempotencyKey: null }), 401, "UNAUTHENTICATED");
  });
});

describe("POST /api/v1/orders", () => {
  it("creates the order with 201, a Location, and allocations that are reserved stock", async () => {
    const res = await post(
      order({
        lines: [
          { sku: "JEANS-32", qty: 6, mode: "SHIP" },
          { sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" },
        ],
      }),
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(res.headers.get("Location")).toBe(`/api/v1/orders/${body.number}`);
    expect(res.headers.get("Idempotent-Replayed")).toBeNull();
    expect(body).toMatchObject({ number: expect.stringMatching(/^OMS-\d+$/), status: "RELEASED", channel: "WEB", currency: "EUR", subtotalMinor: 6 * 5999 + 3499 });
    expect(body.totalMinor).toBe(body.subtotalMinor + body.shippingMinor - body.discountMinor);
    const [jeans, lamp] = body.lines;
    expect(jeans).toMatchObject({ id: expect.any(String), sku: "JEANS-32", qty: 6, mode: "SHIP", status: "RELEASED", backorderedQty: 0 });
    // Whatever split the engine chose, each allocation is exactly the units reserved at that node.
    expect(jeans.allocations.reduce((a: number, x: { qty: number }) => a + x.qty, 0)).toBe(6);
    for (const a of jeans.allocations) expect((await position(t.db, a.node, "JEANS-32")).reserved).toBe(a.qty);
    expect(lamp).toMatchObject({ sku: "LAMP", qty: 1, mode: "PICKUP", allocations: [{ node: "ST-PAR-01", qty: 1 }], backorderedQty: 0 });
    expect(await position(t.db, "ST-PAR-01", "LAMP")).toMatchObject({ onHand: 1, reserved: 1 });

    const stored = await t.db.order.findUniqueOrThrow({ where: { number: body.number }, select: { channel: true, events: { where: { type: "order.created" }, select: { actorType: true, actorName: true } } } });
    expect(stored).toEqual({ channel: "WEB", events: [{ actorType: "API_KEY", actorName: "WEB test" }] });
  });

  it("keeps units nobody has as backordered", async () => {
    const res = await post(order({ lines: [{ sku: "SNEAKER-42", qty: 2, mode: "SHIP" }] }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.status).toBe("BACKORDERED");
    expect(body.lines[0]).toMatchObject({ status: "BACKORDERED", allocations: [], backorderedQty: 2 });
  });

  describe("idempotency", () => {
    it("answers a replay with the same key and body with the same order and creates nothing", async () => {
      const key = randomUUID();
      const first = await post(order({ lines: [{ sku: "TSHIRT-M", qty: 3, mode: "SHIP" }] }), { idempotencyKey: key });
      expect(first.status).toBe(201);
      const created = await first.json();
      const before = { orders: await orderCount(), reserved: (await position(t.db, "DC-PAR", "TSHIRT-M")).reserved };

      const again = await post(order({ lines: [{ sku: "TSHIRT-M", qty: 3, mode: "SHIP" }] }), { idempotencyKey: key });
      expect(again.status).toBe(201);
      expect(again.headers.get("Idempotent-Replayed")).toBe("true");
      expect(again.headers.get("Location")).toBe(`/api/v1/orders/${created.number}`);
      expect(await again.json()).toEqual(created);
      expect(await orderCount()).toBe(before.orders);
      expect((await position(t.db, "DC-PAR", "TSHIRT-M")).reserved).toBe(before.reserved);
    });

    it("treats the same body written differently (key order, spacing, unknown fields) as the same request", async () => {
      const key = randomUUID();
      const first = await (await post(order({ lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }] }), { idempotencyKey: key })).json();
      const reordered = JSON.stringify({ lines: [{ mode: "SHIP", qty: 1, sku: " TSHIRT-M " }], shippingAddress: { country: "fr", postalCode: PARIS_ADDRESS.postalCode, city: PARIS_ADDRESS.city, line1: PARIS_ADDRESS.line1 }, customer: { ...LEA, email: "LEA.MARTIN@example.test" }, channel: "WEB", extra: true }, null, 2);
      const res = await post(reordered, { idempotencyKey: key });
      expect(res.status).toBe(201);
      expect(res.headers.get("Idempotent-Replayed")).toBe("true");
      expect((await res.json()).number).toBe(first.number);
    });

    it("refuses the same key with another body with 409 and creates nothing", async () => {
      const key = randomUUID();
      expect((await post(order(), { idempotencyKey: key })).status).toBe(201);
      const count = await orderCount();
      const err = await expectError(await post(order({ lines: [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }] }), { idempotencyKey: key }), 409, "IDEMPOTENCY_KEY_REUSED");
      expect(err.message).toContain(key);
      expect(await orderCount()).toBe(count);
    });

    it("scopes keys to the API key: another channel's identical key is its own request", async () => {
      const key = randomUUID();
      const web = await (await post(order(), { idempotencyKey: key })).json();
      const mobileRes = await post(order({ channel: "MOBILE" }), { idempotencyKey: key, key: TEST_KEYS.MOBILE });
      expect(mobileRes.status).toBe(201);
      expect(mobileRes.headers.get("Idempotent-Replayed")).toBeNull();
      const mobile = await mobileRes.json();
      expect(mobile.number).not.toBe(web.number);
      expect(mobile.channel).toBe("MOBILE");
    });

    it("does not burn a key on a refused request: the corrected retry goes through", async () => {
      const key = randomUUID();
      await expectError(await post(order({ lines: [{ sku: "NOPE", qty: 1, mode: "SHIP" }] }), { idempotencyKey: key }), 422, "VALIDATION_FAILED", ["lines.0.sku"]);
      expect(await t.db.idempotencyRecord.count({ where: { key } })).toBe(0);
      const res = await post(order(), { idempotencyKey: key });
      expect(res.status).toBe(201);
      expect(res.headers.get("Idempotent-Replayed")).toBeNull();
    });

    it("creates one order when two requests with the same key arrive at once", async () => {
      const key = randomUUID();
      const count = await orderCount();
      const [a, b] = await Promise.all([post(order(), { idempotencyKey: key }), post(order(), { idempotencyKey: key })]);
      expect([a.status, b.status]).toEqual([201, 201]);
      const [x, y] = [await a.json(), await b.json()];
      expect(x.number).toBe(y.number);
      expect([a.headers.get("Idempotent-Replayed"), b.headers.get("Idempotent-Replayed")].filter(Boolean)).toEqual(["true"]);
      expect(await orderCount()).toBe(count + 1);
    });

    it("requires an Idempotency-Key header (400) of 1 to 200 printable characters", async () => {
      await expectError(await post(order(), { idempotencyKey: null }), 400, "IDEMPOTENCY_KEY_REQUIRED");
      await expectError(await post(order(), { idempotencyKey: "   " }), 400, "IDEMPOTENCY_KEY_REQUIRED");
      await expectError(await post(order(), { idempotencyKey: "k".repeat(201) }), 400, "IDEMPOTENCY_KEY_INVALID");
      expect((await post(order(), { idempotencyKey: "k".repeat(200) })).status).toBe(201);
    });
  });

  describe("bad input gets a 4xx listing each problem, never a 5xx", () => {
    const cases: Array<[string, unknown, number, string, string[]?]> = [
      ["an empty body", "", 400, "EMPTY_BODY"],
      ["malformed JSON", '{"channel": "WEB",', 400, "MALFORMED_JSON"],
      ["a JSON array", "[1,2]", 422, "VALIDATION_FAILED", ["_"]],
      ["JSON null", "null", 422, "VALIDATION_FAILED", ["_"]],
      ["a JSON string", '"order"', 422, "VALIDATION_FAILED", ["_"]],
      ["a JSON number", "42", 422, "VALIDATION_FAILED", ["_"]],
      ["an empty object", {}, 422, "VALIDATION_FAILED", ["channel", "customer", "lines"]],
      ["a string for a number", order({ lines: [{ sku: "TSHIRT-M", qty: "2", mode: "SHIP" }] }), 422, "VALIDATION_FAILED", ["lines.0.qty"]],
      ["a negative quantity", order({ lines: [{ sku: "TSHIRT-M", qty: -1, mode: "SHIP" }] }), 422, "VALIDATION_FAILED", ["lines.0.qty"]],
      ["a zero quantity", order({ lines: [{ sku: "TSHIRT-M", qty: 0, mode: "SHIP" }] }), 422, "VALIDATION_FAILED", ["lines.0.qty"]],
      ["a fractional quantity", order({ lines: [{ sku: "TSHIRT-M", qty: 1.5, mode: "SHIP" }] }), 422, "VALIDATION_FAILED", ["lines.0.qty"]],
      ["a quantity beyond any number", '{"channel":"WEB","customer":{"name":"A","email":"a@b.fr"},"lines":[{"sku":"LAMP","qty":1e400,"mode":"PICKUP","pickupStore":"ST-PAR-01"}]}', 422, "VALIDATION_FAILED", ["lines.0.qty"]],
      ["null where an object belongs", order({ customer: null, shippingAddress: null }), 422, "VALIDATION_FAILED", ["customer", "shippingAddress"]],
      ["no lines", order({ lines: [] }), 422, "VALIDATION_FAILED", ["lines"]],
      ["too many lines", order({ lines: Array.from({ length: 51 }, () => ({ sku: "TSHIRT-M", qty: 1, mode: "SHIP" })) }), 422, "VALIDATION_FAILED", ["lines"]],
      ["an unknown delivery mode", order({ lines: [{ sku: "TSHIRT-M", qty: 1, mode: "DRONE" }] }), 422, "VALIDATION_FAILED", ["lines.0.mode"]],
      ["an unknown channel", order({ channel: "FAX" }), 422, "VALIDATION_FAILED", ["channel"]],
      ["another channel than the key's", order({ channel: "MOBILE" }), 422, "VALIDATION_FAILED", ["channel"]],
      ["a customer id (agents only)", order({ customerId: "cust-1" }), 422, "VALIDATION_FAILED", ["customerId"]],
      ["a bad e-mail and phone", order({ customer: { name: "A", email: "nope", phone: "call me" } }), 422, "VALIDATION_FAILED", ["customer.email", "customer.phone"]],
      ["a NUL character in a name", order({ customer: { ...LEA, name: "Léa\u0000Martin" } }), 422, "VALIDATION_FAILED", ["customer.name"]],
      ["an unknown SKU", order({ lines: [{ sku: "NOPE-1", qty: 1, mode: "SHIP" }] }), 422, "VALIDATION_FAILED", ["lines.0.sku"]],
      ["an unknown pickup store", order({ lines: [{ sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-NOWHERE" }] }), 422, "VALIDATION_FAILED", ["lines.0.pickupStore"]],
      ["a DC as pickup store", order({ lines: [{ sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "DC-PAR" }] }), 422, "VALIDATION_FAILED", ["lines.0.pickupStore"]],
      ["a pickup line without a store", order({ lines: [{ sku: "LAMP", qty: 1, mode: "PICKUP" }] }), 422, "VALIDATION_FAILED", ["lines.0.pickupStore"]],
      ["SHIP without an address", order({ shippingAddress: undefined }), 422, "VALIDATION_FAILED", ["shippingAddress"]],
      ["an incomplete address", order({ shippingAddress: { line1: "", city: "Paris", postalCode: "7", country: "France" } }), 422, "VALIDATION_FAILED", ["shippingAddress.line1", "shippingAddress.postalCode", "shippingAddress.country"]],
      ["a country we do not serve", order({ shippingAddress: { ...PARIS_ADDRESS, postalCode: "10001", country: "US" } }), 422, "VALIDATION_FAILED", ["shippingAddress.country"]],
      ["an unknown promo code", order({ promoCode: "FREEMONEY" }), 422, "VALIDATION_FAILED", ["promoCode"]],
      ["an expired promo code", order({ promoCode: "OLD5" }), 422, "VALIDATION_FAILED", ["promoCode"]],
      ["a number for a promo code", order({ promoCode: 10 }), 422, "VALIDATION_FAILED", ["promoCode"]],
    ];

    it.each(cases)("%s", async (_name, body, status, code, fields) => {
      const count = await orderCount();
      await expectError(await post(body), status, code, fields);
      expect(await orderCount()).toBe(count);
    });

    it("lists every problem of one body at once", async () => {
      const err = await expectError(
        await post(order({ promoCode: "FREEMONEY", lines: [{ sku: "NOPE-1", qty: 1, mode: "SHIP" }, { sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-NOWHERE" }] })),
        422,
        "VALIDATION_FAILED",
      );
      expect(Object.keys(err.fields!).sort()).toEqual(["lines.0.sku", "lines.1.pickupStore", "promoCode"]);
    });

    it("refuses a non-JSON content type with 415", async () => {
      await expectError(await post(JSON.stringify(order()), { headers: { "Content-Type": "application/x-www-form-urlencoded" } }), 415, "UNSUPPORTED_MEDIA_TYPE");
      await expectError(await post(JSON.stringify(order()), { headers: { "Content-Type": "text/plain" } }), 415, "UNSUPPORTED_MEDIA_TYPE");
    });

    it("accepts JSON with a charset parameter", async () => {
      expect((await post(JSON.stringify(order()), { headers: { "Content-Type": "application/json; charset=utf-8" } })).status).toBe(201);
    });

    it("refuses a body over 1 MB with 413, whether declared or streamed", async () => {
      const huge = JSON.stringify(order({ note: "x".repeat(1024 * 1024) }));
      await expectError(await post(huge), 413, "PAYLOAD_TOO_LARGE");
      await expectError(await post("{}", { headers: { "Content-Length": String(5 * 1024 * 1024) } }), 413, "PAYLOAD_TOO_LARGE");
    });

    it("refuses deeply nested JSON as a bad body, not a crash", async () => {
      const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
      await expectError(await post(deep), 422, "VALIDATION_FAILED", ["_"]);
      const deepField = `{"channel":"WEB","customer":${"[".repeat(50_000)}${"]".repeat(50_000)},"lines":[]}`;
      const err = await expectError(await post(deepField), 422, "VALIDATION_FAILED");
      expect(Object.keys(err.fields!)).toEqual([`customer${".0".repeat(31)}`]);
    });
  });
});

describe("GET /api/v1/orders/{number}", () => {
  let webOrder: { number: string };
  let mobileOrder: { number: string };
  beforeAll(async () => {
    webOrder = await (await post(order())).json();
    mobileOrder = await (await post(order({ channel: "MOBILE" }), { key: TEST_KEYS.MOBILE })).json();
  });

  it("answers the channel's own order as the POST did", async () => {
    const res = await get(webOrder.number);
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(await res.json()).toEqual(webOrder);
  });

  it("answers another channel's order with 404, like an unknown number", async () => {
    const other = await expectError(await get(mobileOrder.number), 404, "NOT_FOUND");
    const unknown = await expectError(await get("OMS-999999999"), 404, "NOT_FOUND");
    expect(other.message.replace(mobileOrder.number, "X")).toBe(unknown.message.replace("OMS-999999999", "X"));
    expect((await get(mobileOrder.number, TEST_KEYS.MOBILE)).status).toBe(200);
  });

  it("answers a malformed number with 404", async () => {
    await expectError(await get("../../etc/passwd"), 404, "NOT_FOUND");
    await expectError(await get("x".repeat(500)), 404, "NOT_FOUND");
  });
});

describe("GET /api/v1/orders/{number}: fulfilments and payments", () => {
  type Part = { id: string; node: string; status: string; destination: string; pickupCode: string | null } & Record<string, unknown>;
  let placed: { number: string; totalMinor: number };
  let orderId: string;
  const run = <T,>(fn: (tx: Tx) => Promise<T>) => withTx(fn, { db: t.db });
  const read = async () => (await (await get(placed.number)).json()) as { fulfillments: Part[]; payments: Record<string, number> } & Record<string, unknown>;
  const part = async (destination: string) => (await read()).fulfillments.find((f) => f.destination === destination)!;

  beforeAll(async () => {
    await t.db.inventoryPosition.update({ where: { nodeId_skuId: { nodeId: "node-ST-PAR-02", skuId: "sku-LAMP" } }, data: { onHand: 3 } });
    placed = await (await post(order({ lines: [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }, { sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-02" }] }))).json();
    orderId = (await t.db.order.findUniqueOrThrow({ where: { number: placed.number } })).id;
  });

  it("lists each part with its node, destination and lines, and the ledger's totals", async () => {
    const body = await read();
    expect(body.fulfillments).toHaveLength(2);
    expect(body.fulfillments).toEqual(
      expect.arrayContaining([
        { id: expect.any(String), node: "DC-PAR", status: "RELEASED", destination: "customer", lines: [{ sku: "TSHIRT-M", qty: 2, pickedQty: 0, shortQty: 0 }], carrier: null, trackingNumber: null, pickupCode: null },
        { id: expect.any(String), node: "ST-PAR-02", status: "RELEASED", destination: "ST-PAR-02", lines: [{ sku: "LAMP", qty: 1, pickedQty: 0, shortQty: 0 }], carrier: null, trackingNumber: null, pickupCode: null },
      ]),
    );
    expect(body.payments).toMatchObject({ authorizedMinor: placed.totalMinor, capturedMinor: 0, refundedMinor: 0, balanceMinor: 0 });
  });

  it("shows the pickup code only once the pickup is ready, never before", async () => {
    const pickup = await part("ST-PAR-02");
    const stored = await t.db.fulfillmentOrder.findUniqueOrThrow({ where: { id: pickup.id }, include: { lines: true } });
    expect(stored.pickupCode).toMatch(/^\d{6}$/);
    await run((tx) => confirmPick(tx, TEST_SYSTEM, { fulfillmentOrderId: pickup.id, lineId: stored.lines[0].id, scan: "LAMP" }));
    expect(await part("ST-PAR-02")).toMatchObject({ status: "PICKING", pickupCode: null });
    expect(JSON.stringify(await read())).not.toContain(stored.pickupCode);
    await run((tx) => markReady(tx, TEST_SYSTEM, { fulfillmentOrderId: pickup.id }));
    expect(await part("ST-PAR-02")).toMatchObject({ status: "READY_FOR_PICKUP", pickupCode: stored.pickupCode, lines: [{ sku: "LAMP", qty: 1, pickedQty: 1, shortQty: 0 }] });
  });

  it("shows carrier and tracking once shipped, and what was captured", async () => {
    const parcel = await part("customer");
    const stored = await t.db.fulfillmentOrder.findUniqueOrThrow({ where: { id: parcel.id }, include: { lines: true } });
    await run(async (tx) => {
      await confirmPick(tx, TEST_SYSTEM, { fulfillmentOrderId: parcel.id, lineId: stored.lines[0].id, scan: "TSHIRT-M" });
      await pack(tx, TEST_SYSTEM, { fulfillmentOrderId: parcel.id, parcels: [{}] });
      await ship(tx, TEST_SYSTEM, { fulfillmentOrderId: parcel.id, carrier: "Colissimo", trackingNumber: "6A000111222" });
    });
    const body = await read();
    expect(body.fulfillments.find((f) => f.id === parcel.id)).toMatchObject({ status: "SHIPPED", carrier: "Colissimo", trackingNumber: "6A000111222", pickupCode: null, lines: [{ sku: "TSHIRT-M", qty: 2, pickedQty: 2 }] });
    const captured = (await t.db.paymentTransaction.aggregate({ where: { orderId, type: "CAPTURE" }, _sum: { amountMinor: true } }))._sum.amountMinor!;
    expect(captured).toBeGreaterThan(0);
    expect(body.payments).toMatchObject({ authorizedMinor: placed.totalMinor, capturedMinor: captured, refundedMinor: 0, balanceMinor: captured });
  });

  it("nets voids out of the authorisation and refunds and goodwill out of the balance", async () => {
    const before = (await read()).payments;
    await t.db.paymentTransaction.createMany({
      data: [
        { orderId, type: "VOID", amountMinor: 100, currency: "EUR" },
        { orderId, type: "REFUND", amountMinor: 500, currency: "EUR" },
        { orderId, type: "APPEASEMENT", amountMinor: 200, currency: "EUR" },
      ],
    });
    expect((await read()).payments).toMatchObject({
      authorizedMinor: before.authorizedMinor - 100,
      capturedMinor: before.capturedMinor,
      refundedMinor: 700,
      balanceMinor: before.capturedMinor - 700,
    });
  });
});
