// POST and GET /api/v1/inventory, called as a warehouse system would: a feed applies its good items
// and reports the bad ones, a replay answers the same and changes nothing, a key may feed and read
// only the nodes it is bound to, and every change is a FEED movement named by the Idempotency-Key.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { apiRequest, createFulfillmentApiKey, createTestApiKeys, TEST_KEYS } from "@/lib/api/testing";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { buildWorld, LEA, PARIS_ADDRESS, position, TEST_AGENT } from "@/lib/orders/testing";
import { GET, POST } from "./route";

let t: TestDb;

const KEYS = { PARIS: "test_ff_paris_key", LYON: "test_ff_lyon_key" } as const;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 100, "DC-LYS|TSHIRT-M": 10, "DC-PAR|JEANS-32": 10, "DC-PAR|LAMP": 4 }, safetyStock: { "DC-PAR|TSHIRT-M": 5 } });
  await createTestApiKeys(t.db);
  await createFulfillmentApiKey(t.db, { id: "ff-paris", key: KEYS.PARIS, nodes: ["DC-PAR", "ST-PAR-01"] });
  await createFulfillmentApiKey(t.db, { id: "ff-lyon", key: KEYS.LYON, nodes: ["DC-LYS"] });
});
afterAll(async () => {
  await t?.close();
});

function post(body: unknown, options: { key?: string | null; idempotencyKey?: string | null } = {}) {
  const idem = options.idempotencyKey === undefined ? randomUUID() : options.idempotencyKey;
  return POST(apiRequest("/api/v1/inventory", { key: options.key === undefined ? KEYS.PARIS : options.key, body, headers: idem !== null ? { "Idempotency-Key": idem } : {} }), {});
}
const get = (query: string, key: string | null = KEYS.PARIS) => GET(apiRequest(`/api/v1/inventory${query}`, { key }), {});

async function ok(res: Response) {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body;
}
async function expectError(res: Response, status: number, code: string) {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  expect(body.error.code).toBe(code);
  return body.error;
}
const stock = async () => ({
  positions: await t.db.inventoryPosition.findMany({ orderBy: [{ nodeId: "asc" }, { skuId: "asc" }], select: { onHand: true, reserved: true, version: true } }),
  movements: await t.db.stockMovement.count(),
});

describe("POST /api/v1/inventory", () => {
  it("applies the good items, reports the bad ones with a code and an English message, and names the movements by the Idempotency-Key", async () => {
    const key = `wms-${randomUUID()}`;
    const res = await post(
      {
        node: "DC-PAR",
        mode: "DELTA",
        items: [
          { sku: "JEANS-32", delta: -2, reason: "Damaged" },
          { sku: "GHOST-1", delta: 1 },
          { sku: "LAMP", delta: -5, reason: "Broken" },
          { sku: "SNEAKER-42", delta: 1.5 },
        ],
      },
      { idempotencyKey: key },
    );
    expect(res.headers.get("Idempotency-Key")).toBe(key);
    const body = await ok(res);
    expect(body).toEqual({
      applied: 1,
      rejected: [
        { index: 1, sku: "GHOST-1", error: { code: "UNKNOWN_SKU", message: "No SKU or barcode GHOST-1.", params: { code: "GHOST-1" }, field: "sku" } },
        { index: 2, sku: "LAMP", error: expect.objectContaining({ code: "ON_HAND_BELOW_ZERO", field: "delta" }) },
        { index: 3, sku: "SNEAKER-42", error: expect.objectContaining({ code: "NOT_INTEGER", field: "delta" }) },
      ],
    });
    expect(await position(t.db, "DC-PAR", "JEANS-32")).toMatchObject({ onHand: 8 });
    expect(await position(t.db, "DC-PAR", "LAMP")).toMatchObject({ onHand: 4 });
    const movements = await t.db.stockMovement.findMany({ where: { reference: key }, select: { kind: true, qty: true, onHandAfter: true, reason: true, skuId: true } });
    expect(movements).toEqual([{ kind: "FEED", qty: -2, onHandAfter: 8, reason: "Damaged", skuId: "sku-JEANS-32" }]);
  });

  it("answers a replay with the first answer and changes nothing; the same key with another body is a conflict", async () => {
    const key = `wms-${randomUUID()}`;
    const body = { node: "DC-PAR", mode: "DELTA", items: [{ sku: "JEANS-32", delta: 1, reason: "Found" }] };
    const first = await ok(await post(body, { idempotencyKey: key }));
    const before = await stock();
    const again = await post(body, { idempotencyKey: key });
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await ok(again)).toEqual(first);
    expect(await stock()).toEqual(before);
    await expectError(await post({ ...body, items: [{ sku: "JEANS-32", delta: 2 }] }, { idempotencyKey: key }), 409, "IDEMPOTENCY_KEY_REUSED");
    expect(await stock()).toEqual(before);
  });

  it("keeps reservations when a feed goes below them: the difference is sourced again at another node", async () => {
    await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 3, mode: "SHIP" }] }), { db: t.db });
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ reserved: 3 });
    expect(await ok(await post({ node: "DC-PAR", mode: "FULL", items: [{ sku: "TSHIRT-M", onHand: 2 }] }))).toEqual({ applied: 1, rejected: [] });
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ onHand: 2, reserved: 2 });
    expect(await position(t.db, "DC-LYS", "TSHIRT-M")).toMatchObject({ onHand: 10, reserved: 1 });
  });

  it("refuses a node the key is not bound to, a channel key, no key, and a missing Idempotency-Key, changing nothing", async () => {
    const before = await stock();
    const feed = { node: "DC-LYS", mode: "FULL", items: [{ sku: "TSHIRT-M", onHand: 0 }] };
    expect(await expectError(await post(feed), 403, "FORBIDDEN")).toMatchObject({ params: { reason: "NOT_YOUR_NODE" } });
    await expectError(await post({ ...feed, node: "NOWHERE" }), 403, "FORBIDDEN");
    await expectError(await post({ ...feed, node: "DC-PAR" }, { key: TEST_KEYS.WEB }), 403, "FORBIDDEN");
    await expectError(await post(feed, { key: null }), 401, "UNAUTHENTICATED");
    await expectError(await post({ ...feed, node: "DC-PAR" }, { idempotencyKey: null }), 400, "IDEMPOTENCY_KEY_REQUIRED");
    const invalid = await expectError(await post({ node: "DC-PAR", mode: "SOMETIMES", items: [] }), 422, "VALIDATION_FAILED");
    expect(Object.keys(invalid.fields).sort()).toEqual(["items", "mode"]);
    expect(await stock()).toEqual(before);
    expect(await t.db.idempotencyRecord.count({ where: { apiKeyId: "ff-paris", status: { not: 200 } } })).toBe(0);
  });
});

describe("GET /api/v1/inventory", () => {
  it("lists the key's positions with every figure, page by page, and one SKU on request", async () => {
    const first = await ok(await get("?limit=4"));
    expect(first.items).toHaveLength(4);
    expect(first.items.every((p: { node: string }) => ["DC-PAR", "ST-PAR-01"].includes(p.node))).toBe(true);
    const all = [...first.items];
    let cursor: string | null = first.nextCursor;
    while (cursor) {
      const page = await ok(await get(`?limit=4&cursor=${cursor}`));
      all.push(...page.items);
      cursor = page.nextCursor;
    }
    // Two nodes x five SKUs, each once, in node then SKU order.
    expect(all.map((p) => `${p.node}|${p.sku}`)).toEqual([...new Set(all.map((p) => `${p.node}|${p.sku}`))].sort());
    expect(all).toHaveLength(10);

    await t.db.inboundShipment.create({
      data: { reference: "PO-TEST-1", type: "PURCHASE_ORDER", supplier: "Acme", toNodeId: "node-DC-PAR", status: "IN_TRANSIT", eta: new Date("2026-12-20T00:00:00Z"), lines: { create: [{ skuId: "sku-TSHIRT-M", qty: 40 }] } },
    });
    const tshirt = await ok(await get("?sku=tshirt-m"));
    expect(tshirt).toEqual({
      items: [
        { node: "DC-PAR", sku: "TSHIRT-M", onHand: 2, reserved: 2, safetyStock: 5, atp: 0, inTransit: 40, nextEta: "2026-12-20T00:00:00.000Z", onDemand: 2 },
        { node: "ST-PAR-01", sku: "TSHIRT-M", onHand: 0, reserved: 0, safetyStock: 0, atp: 0, inTransit: 0, nextEta: null, onDemand: 0 },
      ],
      nextCursor: null,
    });
  });

  it("refuses another system's node and a channel key", async () => {
    await expectError(await get("?node=DC-LYS"), 403, "FORBIDDEN");
    await expectError(await get("?node=NOWHERE"), 403, "FORBIDDEN");
    await expectError(await get("", TEST_KEYS.WEB), 403, "FORBIDDEN");
    expect((await ok(await get("?node=DC-LYS", KEYS.LYON))).items.map((p: { sku: string }) => p.sku)).toEqual(["JEANS-32", "LAMP", "SNEAKER-42", "TSHIRT-M", "TV-55"]);
    await expectError(await get("?cursor=nonsense"), 422, "VALIDATION_FAILED");
  });
});
