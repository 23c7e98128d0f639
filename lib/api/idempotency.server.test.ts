// On a real PostgreSQL server requests run truly in parallel: many simultaneous POSTs with one
// Idempotency-Key must create exactly one order and reserve its units once.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/orders/route";
import { setDb } from "@/lib/db";
import { SERVER_URL } from "@/lib/db/server-tests";
import { createServerTestDb, type ServerTestDb } from "@/lib/db/testing";
import { buildWorld, LEA, PARIS_ADDRESS } from "@/lib/orders/testing";
import { apiRequest, createTestApiKeys } from "./testing";

describe.skipIf(!SERVER_URL)("idempotent order creation on the PostgreSQL server", () => {
  let server: ServerTestDb;
  beforeAll(async () => {
    server = await createServerTestDb(SERVER_URL!, { poolSize: 20 });
    setDb(server.db, async () => {});
    await buildWorld(server.db, { stock: { "DC-PAR|TSHIRT-M": 100 } });
    await createTestApiKeys(server.db);
  });
  afterAll(async () => {
    await server?.close();
  });

  const body = (qty: number) => ({ channel: "WEB", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty, mode: "SHIP" }] });
  const post = (key: string, qty: number) => POST(apiRequest("/api/v1/orders", { body: body(qty), headers: { "Idempotency-Key": key } }), undefined);

  it("creates one order for 10 simultaneous requests with the same key", async () => {
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(key, 3)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const numbers = new Set(await Promise.all(responses.map(async (r) => (await r.json()).number)));
    expect(numbers.size).toBe(1);
    expect(responses.filter((r) => r.headers.get("Idempotent-Replayed") === "true")).toHaveLength(9);
    expect(await server.db.order.count()).toBe(1);
    expect((await server.db.inventoryPosition.findFirstOrThrow({ where: { node: { code: "DC-PAR" }, sku: { code: "TSHIRT-M" } } })).reserved).toBe(3);
  });

  it("lets the first of two different bodies with one key win and refuses the other with 409", async () => {
    const key = randomUUID();
    const before = await server.db.order.count();
    const [a, b] = await Promise.all([post(key, 1), post(key, 2)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await server.db.order.count()).toBe(before + 1);
  });

  it("keeps distinct keys independent under load", async () => {
    const before = await server.db.order.count();
    const responses = await Promise.all(Array.from({ length: 8 }, () => post(randomUUID(), 1)));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(await server.db.order.count()).toBe(before + 8);
  });
});
