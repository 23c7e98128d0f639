// The new-order form's internal routes (delivery options, customer lookup): the permission table
// decides who may call them, bad input is a 422 listing each problem, and the happy path answers
// what the agent needs on the phone.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildWorld, PARIS_ADDRESS } from "@/lib/orders/testing";
import { POST as deliveryOptions } from "./delivery-options/route";
import { GET as customers } from "./customers/route";
import { GET as customer } from "./customers/[id]/route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|LAMP": 10, "ST-PAR-01|LAMP": 2 } });
  await createRoleUsers(t.db);
});
afterAll(() => t.close());

const as = (role: keyof typeof TEST_USERS | null) => {
  session.userId = role ? TEST_USERS[role].id : null;
};
const post = (body: unknown) => new Request("http://test/api/orders/delivery-options", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json" } });
const get = (url: string) => new Request(`http://test${url}`);

describe("POST /api/orders/delivery-options", () => {
  it("asks a visitor without a session to sign in", async () => {
    as(null);
    const res = await deliveryOptions(post({ lines: [{ sku: "LAMP", qty: 1 }] }), undefined);
    expect(res.status).toBe(401);
  });

  it("answers 422 with each problem by path for bad input", async () => {
    as("AGENT");
    const res = await deliveryOptions(post({ lines: [{ sku: "", qty: 0 }], shippingAddress: { ...PARIS_ADDRESS, postalCode: "" } }), undefined);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(body.error.fields)).toEqual(expect.arrayContaining(["lines.0.sku", "lines.0.qty", "shippingAddress.postalCode"]));
  });

  it("answers 400 for malformed JSON and 422 for an unknown SKU", async () => {
    as("AGENT");
    const malformed = await deliveryOptions(post("{nope"), undefined);
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error).toMatchObject({ code: "MALFORMED_JSON", params: { detail: expect.any(String) } });
    const res = await deliveryOptions(post({ lines: [{ sku: "NOPE", qty: 1 }] }), undefined);
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields["lines.0.sku"]).toMatch(/Unknown SKU/);
  });

  it("lists ship-to-home and the nearest pickup stores with dates for an agent", async () => {
    as("AGENT");
    const res = await deliveryOptions(post({ lines: [{ sku: "LAMP", qty: 2 }], shippingAddress: PARIS_ADDRESS }), undefined);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.lines[0]).toMatchObject({ sku: "LAMP", requested: 2, available: 12 });
    const ship = body.lines[0].options.find((o: { mode: string }) => o.mode === "SHIP");
    expect(ship).toMatchObject({ complete: true });
    expect(Date.parse(ship.promisedDate)).not.toBeNaN();
    const rivoli = body.lines[0].options.find((o: { node?: string }) => o.node === "ST-PAR-01");
    expect(rivoli).toMatchObject({ mode: "PICKUP", complete: true, sources: ["ST-PAR-01"] });
  });
});

describe("GET /api/orders/customers", () => {
  it("refuses a store associate (403) and a supply-chain manager", async () => {
    for (const role of ["STORE_ASSOCIATE", "SUPPLY_CHAIN"] as const) {
      as(role);
      const res = await customers(get("/api/orders/customers?q=martin"), undefined);
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe("FORBIDDEN");
    }
  });

  it("finds a customer by name, e-mail or phone", async () => {
    as("AGENT");
    for (const q of ["martin", "lea.martin@example.test", "06 12 34 56 78"]) {
      const body = await (await customers(get(`/api/orders/customers?q=${encodeURIComponent(q)}`), undefined)).json();
      expect(body.items.map((c: { number: string }) => c.number)).toContain("C-0001");
    }
  });

  it("gives one customer's default address to prefill, 404 for an unknown one, 403 for a store associate", async () => {
    as("AGENT");
    const res = await customer(get("/api/orders/customers/cust-1"), { params: Promise.resolve({ id: "cust-1" }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: "cust-1", name: "Léa Martin", email: "lea.martin@example.test", addresses: [{ isDefault: true, address: { line1: "10 rue de Rivoli", postalCode: "75004", city: "Paris", country: "FR" } }] });
    expect((await customer(get("/api/orders/customers/nope"), { params: Promise.resolve({ id: "nope" }) })).status).toBe(404);
    as("STORE_ASSOCIATE");
    expect((await customer(get("/api/orders/customers/cust-1"), { params: Promise.resolve({ id: "cust-1" }) })).status).toBe(403);
  });
});
