// POST /api/v1/availability as a channel's checkout calls it: network ATP and dated options per
// line, and a 4xx listing each problem for bad carts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { apiRequest, createTestApiKeys } from "@/lib/api/testing";
import { buildWorld, PARIS_ADDRESS } from "@/lib/orders/testing";
import { POST } from "./route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 20, "ST-PAR-01|TSHIRT-M": 3, "ST-LYO-01|LAMP": 2 }, safetyStock: { "ST-PAR-01|TSHIRT-M": 1 } });
  // Two units already promised to someone else.
  await t.db.inventoryPosition.updateMany({ where: { nodeId: "node-DC-PAR", skuId: "sku-TSHIRT-M" }, data: { reserved: 2 } });
  await createTestApiKeys(t.db);
});
afterAll(async () => {
  await t?.close();
});

const post = (body: unknown, key?: string | null) => POST(apiRequest("/api/v1/availability", { body, key }), undefined);

async function expectError(res: Response, status: number, code: string, fields?: string[]) {
  expect(res.status).toBe(status);
  const { error } = await res.json();
  expect(error.code).toBe(code);
  if (fields) expect(Object.keys(error.fields ?? {}).sort()).toEqual([...fields].sort());
}

describe("POST /api/v1/availability", () => {
  it("answers network ATP and a dated ship option plus the nearest pickup stores for an address", async () => {
    const res = await post({ lines: [{ sku: "TSHIRT-M", qty: 2 }], shippingAddress: PARIS_ADDRESS });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.lines).toHaveLength(1);
    const line = body.lines[0];
    // (20 - 2 reserved) at the DC + (3 - 1 safety) at the store.
    expect(line).toMatchObject({ sku: "TSHIRT-M", requested: 2, available: 20 });
    const ship = line.options.find((o: { mode: string }) => o.mode === "SHIP");
    expect(ship).toMatchObject({ mode: "SHIP", complete: true, availableQty: 2 });
    expect(new Date(ship.promisedDate).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const pickups = line.options.filter((o: { mode: string }) => o.mode === "PICKUP");
    expect(pickups.map((o: { node: string }) => o.node)).toEqual(["ST-PAR-01", "ST-PAR-02", "ST-LYO-01"]);
    for (const o of line.options) expect(o.promisedDate === null || !Number.isNaN(Date.parse(o.promisedDate))).toBe(true);
  });

  it("answers a pickup option at the chosen store only", async () => {
    const body = await (await post({ lines: [{ sku: "LAMP", qty: 1 }], pickupStore: "ST-LYO-01" })).json();
    expect(body.lines[0].options).toEqual([expect.objectContaining({ mode: "PICKUP", node: "ST-LYO-01", complete: true, sources: ["ST-LYO-01"] })]);
  });

  it("says when nothing is available and no supply is known", async () => {
    const body = await (await post({ lines: [{ sku: "TV-55", qty: 1 }], shippingAddress: PARIS_ADDRESS })).json();
    expect(body.lines[0].available).toBe(0);
    expect(body.lines[0].options.find((o: { mode: string }) => o.mode === "SHIP")).toMatchObject({ complete: false, availableQty: 0, promisedDate: null });
  });

  it("reserves nothing", async () => {
    await post({ lines: [{ sku: "TSHIRT-M", qty: 5 }], shippingAddress: PARIS_ADDRESS });
    const reserved = await t.db.inventoryPosition.aggregate({ _sum: { reserved: true } });
    expect(reserved._sum.reserved).toBe(2);
  });

  it("refuses a missing or unknown key with 401", async () => {
    await expectError(await post({ lines: [{ sku: "LAMP", qty: 1 }] }, null), 401, "UNAUTHENTICATED");
    await expectError(await post({ lines: [{ sku: "LAMP", qty: 1 }] }, "nope"), 401, "UNAUTHENTICATED");
  });

  it.each<[string, unknown, number, string, string[]?]>([
    ["malformed JSON", "{", 400, "MALFORMED_JSON"],
    ["an empty body", "", 400, "EMPTY_BODY"],
    ["a JSON array", "[]", 422, "VALIDATION_FAILED", ["_"]],
    ["no lines", { lines: [] }, 422, "VALIDATION_FAILED", ["lines"]],
    ["a string for a number", { lines: [{ sku: "LAMP", qty: "1" }] }, 422, "VALIDATION_FAILED", ["lines.0.qty"]],
    ["a negative quantity", { lines: [{ sku: "LAMP", qty: -3 }] }, 422, "VALIDATION_FAILED", ["lines.0.qty"]],
    ["an unknown SKU", { lines: [{ sku: "NOPE", qty: 1 }, { sku: "LAMP", qty: 1 }] }, 422, "VALIDATION_FAILED", ["lines.0.sku"]],
    ["a pickup store that is a DC", { lines: [{ sku: "LAMP", qty: 1 }], pickupStore: "DC-PAR" }, 422, "VALIDATION_FAILED", ["pickupStore"]],
    ["an unknown pickup store", { lines: [{ sku: "LAMP", qty: 1 }], pickupStore: "ST-NOWHERE" }, 422, "VALIDATION_FAILED", ["pickupStore"]],
    ["a country we do not serve", { lines: [{ sku: "LAMP", qty: 1 }], shippingAddress: { ...PARIS_ADDRESS, country: "JP" } }, 422, "VALIDATION_FAILED", ["shippingAddress.country"]],
    ["an address without a city", { lines: [{ sku: "LAMP", qty: 1 }], shippingAddress: { ...PARIS_ADDRESS, city: undefined } }, 422, "VALIDATION_FAILED", ["shippingAddress.city"]],
  ])("answers %s with a 4xx listing the problem", async (_name, body, status, code, fields) => {
    await expectError(await post(body), status, code, fields);
  });

  it("refuses a form-encoded body with 415", async () => {
    const res = await POST(apiRequest("/api/v1/availability", { body: "lines=1", headers: { "Content-Type": "application/x-www-form-urlencoded" } }), undefined);
    await expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
  });
});
