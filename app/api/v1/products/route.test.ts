// GET /api/v1/products: the catalogue page by page in SKU order, with an opaque cursor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { apiRequest, createTestApiKeys } from "@/lib/api/testing";
import { buildWorld } from "@/lib/orders/testing";
import { GET } from "./route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db);
  await t.db.sku.update({ where: { code: "TV-55" }, data: { active: false } });
  await createTestApiKeys(t.db);
});
afterAll(async () => {
  await t?.close();
});

const get = (query = "", key?: string | null) => GET(apiRequest(`/api/v1/products${query}`, { key }), undefined);

async function expectError(res: Response, status: number, code: string, fields?: string[]) {
  expect(res.status).toBe(status);
  const { error } = await res.json();
  expect(error.code).toBe(code);
  if (fields) expect(Object.keys(error.fields ?? {}).sort()).toEqual(fields);
}

describe("GET /api/v1/products", () => {
  it("lists SKUs with price and currency in SKU order, 50 by default", async () => {
    const res = await get();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.nextCursor).toBeNull();
    expect(body.items.map((p: { sku: string }) => p.sku)).toEqual(["JEANS-32", "LAMP", "SNEAKER-42", "TSHIRT-M", "TV-55"]);
    expect(body.items[1]).toMatchObject({ sku: "LAMP", name: "Desk lamp", priceMinor: 3499, currency: "EUR", active: true, product: { code: "PROD", category: "General" } });
    expect(body.items[4]).toMatchObject({ sku: "TV-55", active: false });
  });

  it("pages with limit and the returned cursor until nextCursor is null", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const body: { items: Array<{ sku: string }>; nextCursor: string | null } = await (await get(`?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`)).json();
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((p) => p.sku));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(["JEANS-32", "LAMP", "SNEAKER-42", "TSHIRT-M", "TV-55"]);
  });

  it("ends with an exact last page without an empty one after it", async () => {
    const first = await (await get("?limit=5")).json();
    expect(first.items).toHaveLength(5);
    expect(first.nextCursor).toBeNull();
  });

  it.each([["0"], ["201"], ["-5"], ["abc"], ["2.5"]])("refuses limit=%s with 422", async (limit) => {
    await expectError(await get(`?limit=${limit}`), 422, "VALIDATION_FAILED", ["limit"]);
  });

  it("accepts limit=200 and an empty limit (the default)", async () => {
    expect((await get("?limit=200")).status).toBe(200);
    expect((await get("?limit=")).status).toBe(200);
  });

  it.each([["garbage!"], ["c2t1"], [Buffer.from("node:DC-PAR").toString("base64url")], ["x".repeat(500)]])("refuses a cursor it did not issue (%s) with 422", async (cursor) => {
    await expectError(await get(`?cursor=${encodeURIComponent(cursor)}`), 422, "VALIDATION_FAILED", ["cursor"]);
  });

  it("refuses a request without a valid key with 401", async () => {
    await expectError(await get("", null), 401, "UNAUTHENTICATED");
    await expectError(await get("", "nope"), 401, "UNAUTHENTICATED");
  });
});
