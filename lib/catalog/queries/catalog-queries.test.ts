// Catalogue queries as channels rely on them: keyset pages that neither repeat nor skip SKUs when
// the catalogue changes between two pages, and only active nodes in the locator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ValidationError } from "@/lib/errors";
import { buildWorld } from "@/lib/orders/testing";
import { listNetworkNodes, listProducts } from "..";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await buildWorld(t.db);
});
afterAll(async () => {
  await t?.close();
});

describe("listProducts", () => {
  it("continues after the last SKU seen even when SKUs are added or removed between pages", async () => {
    const first = await listProducts(t.db, { limit: 2 });
    expect(first.items.map((p) => p.sku)).toEqual(["JEANS-32", "LAMP"]);
    // A SKU sorting before the cursor and one after it arrive between the two calls.
    await t.db.sku.createMany({ data: [{ code: "AAA-NEW", productId: "prod", name: "New first", priceMinor: 100, weightGrams: 1 }, { code: "MUG", productId: "prod", name: "Mug", priceMinor: 900, weightGrams: 1 }] });
    const second = await listProducts(t.db, { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((p) => p.sku)).toEqual(["MUG", "SNEAKER-42"]);
    await t.db.sku.deleteMany({ where: { code: { in: ["AAA-NEW", "MUG"] } } });
  });

  it("validates limit and cursor with field errors", async () => {
    await expect(listProducts(t.db, { limit: "999" })).rejects.toMatchObject({ fields: { limit: { code: "TOO_BIG", params: { maximum: 200 } } } });
    await expect(listProducts(t.db, { cursor: "@@" })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("listNetworkNodes", () => {
  it("leaves out inactive nodes", async () => {
    await t.db.node.update({ where: { code: "DC-LYS" }, data: { active: false } });
    const { items } = await listNetworkNodes(t.db);
    expect(items.map((n) => n.code)).not.toContain("DC-LYS");
    expect(items).toHaveLength(4);
  });
});
