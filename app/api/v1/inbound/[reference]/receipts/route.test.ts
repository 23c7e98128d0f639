// POST /api/v1/inbound/{reference}/receipts, called as the destination's warehouse system would: a
// partial delivery raises on hand and serves the oldest backorder, the last one completes the
// shipment, a retry changes nothing, over-receipt is refused per line, and a key of another node
// or kind is refused.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { apiRequest, createFulfillmentApiKey, createTestApiKeys, TEST_KEYS } from "@/lib/api/testing";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { buildWorld, LEA, PARIS_ADDRESS, position, TEST_AGENT } from "@/lib/orders/testing";
import { POST } from "./route";

const KEYS = { DC_PAR: "test_dc_par_key", DC_LYS: "test_dc_lys_key" } as const;
const NOW = new Date();
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|SNEAKER-42": 0 } });
  await createTestApiKeys(t.db);
  await createFulfillmentApiKey(t.db, { id: "key-dc-par", key: KEYS.DC_PAR, nodes: ["DC-PAR"] });
  await createFulfillmentApiKey(t.db, { id: "key-dc-lys", key: KEYS.DC_LYS, nodes: ["DC-LYS"] });
  await t.db.inboundShipment.create({
    data: { reference: "PO-000101", type: "PURCHASE_ORDER", toNodeId: "node-DC-PAR", supplier: "Atelier Nord", eta: NOW, lines: { create: [{ skuId: "sku-SNEAKER-42", qty: 3 }, { skuId: "sku-LAMP", qty: 2 }] } },
  });
});
afterAll(async () => {
  await t?.close();
});

function post(reference: string, body: unknown, options: { key?: string; idempotencyKey?: string | null } = {}) {
  const idem = options.idempotencyKey === undefined ? randomUUID() : options.idempotencyKey;
  const req = apiRequest(`/api/v1/inbound/${encodeURIComponent(reference)}/receipts`, { key: options.key ?? KEYS.DC_PAR, body, headers: idem !== null ? { "Idempotency-Key": idem } : {} });
  return POST(req, { params: Promise.resolve({ reference }) });
}

async function errorOf(res: Response) {
  const body = await res.json();
  return { status: res.status, code: body.error?.code as string, fields: Object.keys(body.error?.fields ?? {}).sort(), body };
}

const snapshot = async () => ({
  shipment: await t.db.inboundShipment.findUniqueOrThrow({ where: { reference: "PO-000101" }, select: { status: true, version: true, lines: { select: { receivedQty: true }, orderBy: { id: "asc" } } } }),
  stock: await position(t.db, "DC-PAR", "SNEAKER-42"),
  movements: await t.db.stockMovement.count({ where: { reference: "PO-000101" } }),
});

describe("POST /api/v1/inbound/{reference}/receipts", () => {
  it("receives part of a purchase order, serves the oldest backorder and answers the lines", async () => {
    const place = () => captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "WEB", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "SNEAKER-42", qty: 1, mode: "SHIP" }] }), { db: t.db });
    const older = await place();
    const newer = await place();
    const res = await post("PO-000101", { lines: [{ sku: "SNEAKER-42", qty: 1 }], note: "Pallet 1 of 2" });
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toEqual({
      reference: "PO-000101",
      status: "IN_TRANSIT",
      receivedUnits: 1,
      lines: [
        { sku: "LAMP", qty: 2, receivedQty: 0 },
        { sku: "SNEAKER-42", qty: 3, receivedQty: 1 },
      ],
      ordersServed: [older.number],
    });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: newer.id } })).status).toBe("BACKORDERED");
    const movement = await t.db.stockMovement.findFirstOrThrow({ where: { reference: "PO-000101" } });
    expect(movement).toMatchObject({ kind: "RECEIPT", qty: 1, nodeId: "node-DC-PAR" });
    expect(await t.db.inboundReceipt.findFirstOrThrow({ where: { shipment: { reference: "PO-000101" } } })).toMatchObject({ receivedBy: "apiKey:key-dc-par", units: 1, note: "Pallet 1 of 2" });
  });

  it("answers a replay with the first answer and receives once", async () => {
    const key = randomUUID();
    const receipt = { lines: [{ sku: "LAMP", qty: 1 }] };
    const first = await (await post("PO-000101", receipt, { idempotencyKey: key })).json();
    const before = await snapshot();
    const again = await post("PO-000101", receipt, { idempotencyKey: key });
    expect(again.status).toBe(200);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await again.json()).toEqual(first);
    expect(await snapshot()).toEqual(before);
    expect(await errorOf(await post("PO-000101", { lines: [{ sku: "LAMP", qty: 0 }], close: true }, { idempotencyKey: key }))).toMatchObject({ status: 409, code: "IDEMPOTENCY_KEY_REUSED" });
  });

  it("refuses more units than a line still expects, and a SKU not on the shipment, with 422 per line; nothing changes", async () => {
    const before = await snapshot();
    const e = await errorOf(await post("PO-000101", { lines: [{ sku: "SNEAKER-42", qty: 3 }, { sku: "TV-55", qty: 1 }] }));
    expect(e).toMatchObject({ status: 422, code: "INBOUND_RECEIPT_REFUSED", fields: ["lines.0.qty", "lines.1.sku"] });
    expect(e.body.error.fields["lines.0.qty"]).toBe("Only 2 more units of SNEAKER-42 are expected.");
    const bad = await errorOf(await post("PO-000101", { lines: [{ sku: "LAMP", qty: -1 }], shipmentId: "x" }));
    expect(bad).toMatchObject({ status: 422, code: "VALIDATION_FAILED", fields: ["_", "lines.0.qty"] });
    expect(bad.body.error.fields._).toBe("Unknown fields: shipmentId.");
    expect(await errorOf(await post("PO-000101", "{ nope"))).toMatchObject({ status: 400, code: "MALFORMED_JSON" });
    expect(await errorOf(await post("PO-000101", { lines: [{ sku: "LAMP", qty: 1 }] }, { idempotencyKey: null }))).toMatchObject({ status: 400, code: "IDEMPOTENCY_KEY_REQUIRED" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a key of another node and a channel's key with 403, an unknown reference with 404; nothing changes", async () => {
    const before = await snapshot();
    const receipt = { lines: [{ sku: "SNEAKER-42", qty: 1 }] };
    expect(await errorOf(await post("PO-000101", receipt, { key: KEYS.DC_LYS }))).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect(await errorOf(await post("PO-000101", receipt, { key: TEST_KEYS.WEB }))).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect(await errorOf(await post("PO-000101", receipt, { key: "not_a_key" }))).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
    expect(await errorOf(await post("PO-999999", receipt))).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
  });

  it("the last units complete the shipment; `close` ends one short", async () => {
    const done = await (await post("PO-000101", { lines: [{ sku: "SNEAKER-42", qty: 2 }, { sku: "LAMP", qty: 1 }] })).json();
    expect(done).toMatchObject({ status: "RECEIVED", receivedUnits: 3 });
    expect(await errorOf(await post("PO-000101", { lines: [{ sku: "LAMP", qty: 1 }] }))).toMatchObject({ status: 422, code: "NOT_IN_TRANSIT" });

    await t.db.inboundShipment.create({ data: { reference: "PO-000102", type: "PURCHASE_ORDER", toNodeId: "node-DC-PAR", supplier: "Atelier Nord", eta: NOW, lines: { create: [{ skuId: "sku-LAMP", qty: 5 }] } } });
    const short = await (await post("PO-000102", { lines: [{ sku: "LAMP", qty: 3 }], close: true })).json();
    expect(short).toMatchObject({ status: "RECEIVED", receivedUnits: 3, lines: [{ sku: "LAMP", qty: 5, receivedQty: 3 }] });
  });
});
