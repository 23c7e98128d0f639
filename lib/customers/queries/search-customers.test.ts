import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError } from "@/lib/errors";
import { buildCustomer, buildOrder } from "@/lib/orders/testing";
import { getCustomerDetail } from "./get-customer-detail";
import { searchCustomers } from "./search-customers";

const agent: Actor = { kind: "user", id: "u1", name: "Agent", email: "agent@oms.demo", role: "AGENT", storeId: null, storeCode: null };
const supply: Actor = { kind: "user", id: "u3", name: "Supply", email: "supply@oms.demo", role: "SUPPLY_CHAIN", storeId: null, storeCode: null };

let t: TestDb;
let marieId: string;
const names = (r: { items: Array<{ lastName: string }> }) => r.items.map((i) => i.lastName);

beforeAll(async () => {
  t = await createTestDb();
  const marie = await buildCustomer(t.db, { firstName: "Marie", lastName: "Dupont", email: "marie.dupont@example.fr", phone: "06 12 34 56 78", postalCode: "69002", city: "Lyon" });
  marieId = marie.id;
  await buildCustomer(t.db, { firstName: "Jean", lastName: "Martin", email: "jm@example.fr", phone: "+33 7 98 76 54 32", postalCode: "13001" });
  await buildCustomer(t.db, { firstName: "Anne", lastName: "Bernard", email: "anne@example.fr", phone: null, postalCode: "69002" });
  await buildOrder(t.db, { customer: marie, number: "ORD-4001", placedAt: new Date("2026-03-01T10:00:00Z") });
  await buildOrder(t.db, { customer: marie, number: "ORD-4002", placedAt: new Date("2026-03-05T10:00:00Z") });
});
afterAll(async () => {
  await t?.close();
});

describe("searchCustomers", () => {
  it("lists customers by name with their order count and last order date", async () => {
    const r = await searchCustomers(t.db, agent, {});
    expect(names(r)).toEqual(["Bernard", "Dupont", "Martin"]);
    const marie = r.items.find((i) => i.lastName === "Dupont")!;
    expect(marie).toMatchObject({ orderCount: 2, lastOrderAt: new Date("2026-03-05T10:00:00Z"), postalCode: "69002", city: "Lyon" });
    expect(r.items.find((i) => i.lastName === "Martin")).toMatchObject({ orderCount: 0, lastOrderAt: null });
  });

  it("searches by name, e-mail, phone and postcode", async () => {
    expect(names(await searchCustomers(t.db, agent, { q: "dupo" }))).toEqual(["Dupont"]);
    expect(names(await searchCustomers(t.db, agent, { q: "jean martin" }))).toEqual(["Martin"]);
    expect(names(await searchCustomers(t.db, agent, { q: "MARIE.DUPONT@example.fr" }))).toEqual(["Dupont"]);
    expect(names(await searchCustomers(t.db, agent, { q: "0798765432" }))).toEqual(["Martin"]);
    expect(names(await searchCustomers(t.db, agent, { q: "69002" }))).toEqual(["Bernard", "Dupont"]);
    expect((await searchCustomers(t.db, agent, { q: "nobody-like-this" })).total).toBe(0);
  });

  it("paginates with a total", async () => {
    const p2 = await searchCustomers(t.db, agent, { pageSize: 2, page: 2 });
    expect([p2.total, p2.pageCount, names(p2)]).toEqual([3, 2, ["Martin"]]);
  });

  it("is refused to a supply-chain manager", async () => {
    await expect(searchCustomers(t.db, supply, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("getCustomerDetail", () => {
  it("returns the customer with addresses and orders newest first", async () => {
    const c = (await getCustomerDetail(t.db, agent, { id: marieId }))!;
    expect(c.addresses.map((a) => a.postalCode)).toEqual(["69002"]);
    expect(c.orders.map((o) => o.number)).toEqual(["ORD-4002", "ORD-4001"]);
    expect(c.orderCount).toBe(2);
  });

  it("returns null for an unknown id", async () => {
    expect(await getCustomerDetail(t.db, agent, { id: "nope" })).toBeNull();
  });
});
