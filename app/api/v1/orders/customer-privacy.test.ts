// A channel's order for an e-mail the OMS already knows: the channel gets back only what it sent
// (no stored name, no other address), and the customer's record is not changed by that order.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { apiRequest, createTestApiKeys, TEST_KEYS } from "@/lib/api/testing";
import { buildWorld, LEA } from "@/lib/orders/testing";
import { POST } from "./route";
import { GET } from "./[number]/route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 50, "ST-PAR-01|JEANS-32": 5 } });
  await createTestApiKeys(t.db);
});
afterAll(async () => {
  await t?.close();
});

const post = (body: unknown, key: string = TEST_KEYS.WEB) => POST(apiRequest("/api/v1/orders", { key, body, headers: { "Idempotency-Key": randomUUID() } }), undefined);
const get = (number: string) => GET(apiRequest(`/api/v1/orders/${encodeURIComponent(number)}`, { key: TEST_KEYS.WEB }), { params: Promise.resolve({ number }) });

/** Léa Martin's record as the call centre keeps it (built by buildWorld). */
const leaRecord = () =>
  t.db.customer.findUniqueOrThrow({
    where: { id: "cust-1" },
    select: { firstName: true, lastName: true, email: true, phone: true, locale: true, version: true, addresses: { select: { line1: true, postalCode: true, city: true, isDefault: true }, orderBy: { createdAt: "asc" } } },
  });

const FOCH = { name: "Eve Mallory", line1: "5 avenue Foch", city: "Paris", postalCode: "75116", country: "FR" };

describe("a channel order with an e-mail the OMS knows", () => {
  it("answers with the name the channel sent, never the stored customer's", async () => {
    const before = await leaRecord();
    const res = await post({ channel: "WEB", customer: { name: "Eve Mallory", email: LEA.email }, shippingAddress: FOCH, lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }] });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.customer).toEqual({ name: "Eve Mallory", email: LEA.email });
    expect(JSON.stringify(body)).not.toContain("Martin");
    expect(JSON.stringify(body)).not.toContain("Léa");
    expect(JSON.stringify(body)).not.toContain("rue de Rivoli");

    // Reading the order back says the same.
    const again = await (await get(body.number)).json();
    expect(again.customer).toEqual({ name: "Eve Mallory", email: LEA.email });

    // The order keeps its own snapshot of where it goes; the customer's record is as it was.
    const stored = await t.db.order.findUniqueOrThrow({ where: { number: body.number }, select: { shipName: true, shipLine1: true, shipPostalCode: true } });
    expect(stored).toEqual({ shipName: "Eve Mallory", shipLine1: "5 avenue Foch", shipPostalCode: "75116" });
    expect(await leaRecord()).toEqual(before);
  });

  it("attaches no address to the stored customer and keeps the name for a pickup order too", async () => {
    const before = await leaRecord();
    const res = await post({ channel: "WEB", customer: { name: "Someone Else", email: LEA.email.toUpperCase() }, lines: [{ sku: "JEANS-32", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" }] });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.customer.name).toBe("Someone Else");
    expect(await leaRecord()).toEqual(before);
  });

  it("still creates a new customer, with the address sent, for an e-mail the OMS does not know", async () => {
    const res = await post({ channel: "WEB", customer: { name: "Nina Nouvelle", email: "nina@example.test" }, shippingAddress: { ...FOCH, name: undefined }, lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }] });
    expect(res.status).toBe(201);
    expect((await res.json()).customer).toEqual({ name: "Nina Nouvelle", email: "nina@example.test" });
    const nina = await t.db.customer.findFirstOrThrow({ where: { email: "nina@example.test" }, include: { addresses: true } });
    expect(nina).toMatchObject({ firstName: "Nina", lastName: "Nouvelle" });
    expect(nina.addresses.map((a) => a.line1)).toEqual(["5 avenue Foch"]);
  });
});
