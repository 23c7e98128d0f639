import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { buildCustomer, buildOrder, buildSku } from "./test-builders";
import { searchOrders } from "./search-orders";

const agent: Actor = { kind: "user", id: "u1", name: "Agent", email: "agent@oms.demo", role: "AGENT", storeId: null, storeCode: null };
const store: Actor = { kind: "user", id: "u2", name: "Store", email: "store@oms.demo", role: "STORE_ASSOCIATE", storeId: "n1", storeCode: "ST" };

let t: TestDb;
const numbers = (r: { items: Array<{ number: string }> }) => r.items.map((i) => i.number);

beforeAll(async () => {
  t = await createTestDb();
  const sku = await buildSku(t.db);
  const marie = await buildCustomer(t.db, { firstName: "Marie", lastName: "Dupont", email: "marie.dupont@example.fr", phone: "06 12 34 56 78", postalCode: "69002" });
  const jean = await buildCustomer(t.db, { firstName: "Jean", lastName: "Martin", email: "jean.martin@example.fr", phone: "+33 7 98 76 54 32", postalCode: "13001" });
  // Marie: three orders; Jean: two. Placed on distinct days in March 2026 (Paris time).
  await buildOrder(t.db, { customer: marie, number: "ORD-1001", status: "RELEASED", channel: "WEB", placedAt: new Date("2026-03-01T09:00:00Z"), shipPostalCode: "69002", lines: [{ skuId: sku.id }, { skuId: sku.id, mode: "PICKUP" }] });
  await buildOrder(t.db, { customer: marie, number: "ORD-1002", status: "ON_HOLD", channel: "CALL_CENTER", placedAt: new Date("2026-03-02T09:00:00Z"), shipPostalCode: "69002", lines: [{ skuId: sku.id }] });
  await buildOrder(t.db, { customer: marie, number: "ORD-1003", status: "BACKORDERED", channel: "WEB", placedAt: new Date("2026-03-03T23:30:00Z"), shipPostalCode: null, lines: [{ skuId: sku.id, mode: "PICKUP" }] });
  await buildOrder(t.db, { customer: jean, number: "ORD-1004", status: "RELEASED", channel: "MOBILE", placedAt: new Date("2026-03-04T09:00:00Z"), shipPostalCode: "13001", lines: [{ skuId: sku.id }] });
  // Jean's second order went to another address and was typed with another e-mail case.
  await buildOrder(t.db, { customer: jean, number: "ORD-1005", status: "CANCELLED", channel: "MARKETPLACE", placedAt: new Date("2026-03-05T09:00:00Z"), email: "Jean.Martin@Example.fr", shipPostalCode: "75015", lines: [{ skuId: sku.id }] });
});
afterAll(async () => {
  await t?.close();
});

describe("searchOrders", () => {
  it("lists every order newest first with line count, customer and delivery modes", async () => {
    const r = await searchOrders(t.db, agent, {});
    expect(numbers(r)).toEqual(["ORD-1005", "ORD-1004", "ORD-1003", "ORD-1002", "ORD-1001"]);
    expect(r.total).toBe(5);
    const first = r.items.find((i) => i.number === "ORD-1001")!;
    expect(first.lineCount).toBe(2);
    expect(first.deliveryModes).toEqual(["SHIP", "PICKUP"]);
    expect(first.customer).toMatchObject({ firstName: "Marie", lastName: "Dupont" });
  });

  it("finds an order by its number, in any case", async () => {
    expect(numbers(await searchOrders(t.db, agent, { q: "ORD-1003" }))).toEqual(["ORD-1003"]);
    expect(numbers(await searchOrders(t.db, agent, { q: " ord-1003 " }))).toEqual(["ORD-1003"]);
  });

  it("finds a customer's orders by name, part of a name, or first and last name", async () => {
    expect(numbers(await searchOrders(t.db, agent, { q: "dupont" }))).toEqual(["ORD-1003", "ORD-1002", "ORD-1001"]);
    expect(numbers(await searchOrders(t.db, agent, { q: "Marie Dup" }))).toEqual(["ORD-1003", "ORD-1002", "ORD-1001"]);
    expect(numbers(await searchOrders(t.db, agent, { q: "Marie Martin" }))).toEqual([]);
  });

  it("finds orders by e-mail, whatever its case, from the order or the customer record", async () => {
    expect(numbers(await searchOrders(t.db, agent, { q: "JEAN.MARTIN@example.fr" }))).toEqual(["ORD-1005", "ORD-1004"]);
  });

  it("finds orders by phone however the number is written", async () => {
    expect(numbers(await searchOrders(t.db, agent, { q: "+33612345678" }))).toEqual(["ORD-1003", "ORD-1002", "ORD-1001"]);
    expect(numbers(await searchOrders(t.db, agent, { q: "07 98 76 54 32" }))).toEqual(["ORD-1005", "ORD-1004"]);
  });

  it("finds orders by shipping postcode, and the orders of customers living there", async () => {
    expect(numbers(await searchOrders(t.db, agent, { q: "75015" }))).toEqual(["ORD-1005"]);
    // ORD-1003 is a pickup order with no shipping address: found through Marie's address.
    expect(numbers(await searchOrders(t.db, agent, { q: "69002" }))).toEqual(["ORD-1003", "ORD-1002", "ORD-1001"]);
  });

  it("filters by status and by channel, combined with the search", async () => {
    expect(numbers(await searchOrders(t.db, agent, { status: "RELEASED" }))).toEqual(["ORD-1004", "ORD-1001"]);
    expect(numbers(await searchOrders(t.db, agent, { channel: "WEB" }))).toEqual(["ORD-1003", "ORD-1001"]);
    expect(numbers(await searchOrders(t.db, agent, { q: "dupont", status: "ON_HOLD" }))).toEqual(["ORD-1002"]);
    expect(numbers(await searchOrders(t.db, agent, { q: "dupont", channel: "MOBILE" }))).toEqual([]);
  });

  it("filters by placed date in Paris time, both ends included", async () => {
    // ORD-1003 was placed at 23:30 UTC on 3 March, which is 4 March in Paris.
    expect(numbers(await searchOrders(t.db, agent, { from: "2026-03-04", to: "2026-03-04" }))).toEqual(["ORD-1004", "ORD-1003"]);
    expect(numbers(await searchOrders(t.db, agent, { from: "2026-03-02", to: "2026-03-03" }))).toEqual(["ORD-1002"]);
    expect(numbers(await searchOrders(t.db, agent, { to: "2026-03-01" }))).toEqual(["ORD-1001"]);
  });

  it("treats blank form fields as no filter, and refuses a date range that ends before it starts", async () => {
    expect((await searchOrders(t.db, agent, { q: "  ", status: "", channel: "", from: "", to: "", page: "" })).total).toBe(5);
    await expect(searchOrders(t.db, agent, { from: "2026-03-05", to: "2026-03-01" })).rejects.toBeInstanceOf(ValidationError);
    await expect(searchOrders(t.db, agent, { status: "LOST" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("paginates without repeating or skipping orders, with the total count", async () => {
    const p1 = await searchOrders(t.db, agent, { pageSize: 2, page: 1 });
    const p2 = await searchOrders(t.db, agent, { pageSize: 2, page: 2 });
    const p3 = await searchOrders(t.db, agent, { pageSize: 2, page: 3 });
    expect([p1.total, p1.pageCount]).toEqual([5, 3]);
    expect([...numbers(p1), ...numbers(p2), ...numbers(p3)]).toEqual(["ORD-1005", "ORD-1004", "ORD-1003", "ORD-1002", "ORD-1001"]);
    expect(numbers(await searchOrders(t.db, agent, { pageSize: 2, page: 4 }))).toEqual([]);
  });

  it("is refused to a store associate", async () => {
    await expect(searchOrders(t.db, store, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
