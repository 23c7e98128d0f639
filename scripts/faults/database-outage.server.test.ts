// The database goes away and comes back, as in a server restart: the API answers a clear 503 with
// Retry-After and the documented error body, server actions say SERVICE_UNAVAILABLE, health says
// so, nothing the failed requests carried is kept in memory, and the app recovers by itself when
// the database returns (the pools reconnect; no restart). The app reaches the PostgreSQL server
// through a TCP proxy the test takes down and brings back; the machine's server is never touched.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions";
import { apiRequest, createTestApiKeys, TEST_KEYS } from "@/lib/api/testing";
import { closeDb, getDb } from "@/lib/db";
import { SERVER_URL } from "@/lib/db/server-tests";
import { createServerTestDb, type ServerTestDb } from "@/lib/db/testing";
import { buildWorld, LEA, PARIS_ADDRESS } from "@/lib/orders/testing";
import { GET as health } from "@/app/api/health/route";
import { POST as postOrder } from "@/app/api/v1/orders/route";
import { GET as getOrder } from "@/app/api/v1/orders/[number]/route";
import { startTcpProxy, type TcpProxy } from "./testing";

describe.skipIf(!SERVER_URL)("a database outage on the PostgreSQL server", () => {
  let server: ServerTestDb;
  let proxy: TcpProxy;
  const saved = { url: process.env.DATABASE_URL, timeout: process.env.DATABASE_CONNECT_TIMEOUT_MS };

  beforeAll(async () => {
    server = await createServerTestDb(SERVER_URL!, { poolSize: 4 });
    await buildWorld(server.db, { stock: { "DC-PAR|TSHIRT-M": 100 } });
    await createTestApiKeys(server.db);
    const target = new URL(SERVER_URL!);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    // The app's own client (lib/db getDb), opened as `npm start` opens it, through the proxy.
    await closeDb();
    process.env.DATABASE_URL = proxy.through(server.url);
    process.env.DATABASE_CONNECT_TIMEOUT_MS = "2000";
  });
  afterAll(async () => {
    await closeDb();
    process.env.DATABASE_URL = saved.url;
    process.env.DATABASE_CONNECT_TIMEOUT_MS = saved.timeout;
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    if (saved.timeout === undefined) delete process.env.DATABASE_CONNECT_TIMEOUT_MS;
    await proxy?.close();
    await server?.close();
  });

  const order = { channel: "WEB", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }] };
  const post = (idempotencyKey: string) =>
    postOrder(apiRequest("/api/v1/orders", { body: order, headers: { "Idempotency-Key": idempotencyKey, "x-request-id": `req-${idempotencyKey}` } }), undefined);
  const read = (number: string) => getOrder(apiRequest(`/api/v1/orders/${number}`, { key: TEST_KEYS.WEB }), { params: Promise.resolve({ number }) });
  const checkHealth = async () => {
    const res = await health(new Request("http://localhost/api/health"));
    return { res, body: (await res.json()) as { status: string; database: { ok: boolean; problem?: string }; migrations: { ok: boolean; pending: string[] } } };
  };

  it("answers 503 with Retry-After while the database is down, and recovers by itself when it returns", async () => {
    // Up: healthy, and an order goes through.
    const before = await checkHealth();
    expect(before.res.status).toBe(200);
    expect(before.body).toMatchObject({ status: "ok", database: { ok: true }, migrations: { ok: true, pending: [] } });
    const placed = await post(randomUUID());
    expect(placed.status).toBe(201);
    const { number } = (await placed.json()) as { number: string };

    await proxy.down();
    const started = Date.now();

    // The API: the documented error body, a Retry-After, the request's id, never a 500.
    const retryKey = randomUUID();
    const refused = await post(retryKey);
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("x-request-id")).toBe(`req-${retryKey}`);
    const body = (await refused.json()) as { error: { code: string; message: string; params: { retryAfterSeconds: number } } };
    expect(body.error.code).toBe("SERVICE_UNAVAILABLE");
    expect(body.error.message).toMatch(/temporarily unavailable/);
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|postgres|5432/);
    const readRefused = await read(number);
    expect(readRefused.status).toBe(503);
    expect(readRefused.headers.get("retry-after")).not.toBeNull();

    // Server actions: a typed result the form turns into "temporarily unavailable".
    const action = await runAction(async () => (await getDb()).order.count());
    expect(action).toMatchObject({ ok: false, error: { code: "SERVICE_UNAVAILABLE" } });

    // Health says so, without saying where the database is.
    const down = await checkHealth();
    expect(down.res.status).toBe(503);
    expect(down.res.headers.get("retry-after")).not.toBeNull();
    expect(down.body).toMatchObject({ status: "unavailable", database: { ok: false } });
    expect(JSON.stringify(down.body)).not.toMatch(/127\.0\.0\.1|5432/);
    // Every refusal came fast: nothing waited for a connection that will not come.
    expect(Date.now() - started).toBeLessThan(15_000);

    await proxy.up();

    // Back: the same process serves again without a restart (the pools open new connections).
    let healthy = await checkHealth();
    for (let i = 0; i < 20 && healthy.res.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      healthy = await checkHealth();
    }
    expect(healthy.body.status).toBe("ok");
    expect((await read(number)).status).toBe(200);
    // The client retries the refused order with its Idempotency-Key: placed once, now.
    const retried = await post(retryKey);
    expect(retried.status).toBe(201);
    const again = await post(retryKey);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(((await again.json()) as { number: string }).number).toBe(((await retried.json()) as { number: string }).number);
    // Nothing of the refused attempt had been kept: exactly the two orders the API acknowledged.
    expect(await server.db.order.count()).toBe(2);
  });
});
