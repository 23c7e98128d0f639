// GET /api/metrics: Prometheus text for a scraper holding METRICS_TOKEN or a signed-in admin; a
// visitor is asked to authenticate (401), other roles are refused (403), a wrong token is a 401.
// The figures move with the work: a captured order shows in the channel's counter and in the
// capture and sourcing histograms; the outbox backlog and pool gauges are read at the scrape.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));

import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "@/lib/orders/testing";
import { GET } from "./route";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 20 } });
  await createRoleUsers(t.db);
});
afterAll(() => t.close());
afterEach(() => {
  session.userId = null;
  vi.unstubAllEnvs();
});

const scrape = (headers: Record<string, string> = {}) => GET(new Request("http://test/api/metrics", { headers }));

/** The value of one sample line, e.g. `oms_orders_captured_total{channel="WEB"}`. */
function sample(text: string, name: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : undefined;
}

describe("GET /api/metrics", () => {
  it("asks a visitor to authenticate and refuses every role but admin", async () => {
    const anonymous = await scrape();
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
    for (const user of [TEST_USERS.AGENT, TEST_USERS.STORE_ASSOCIATE, TEST_USERS.SUPPLY_CHAIN]) {
      session.userId = user.id;
      const res = await scrape();
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain("oms_");
    }
  });

  it("refuses a wrong bearer token, and any token when none is configured", async () => {
    vi.stubEnv("METRICS_TOKEN", "s3cret-scrape-token");
    expect((await scrape({ Authorization: "Bearer wrong" })).status).toBe(401);
    vi.stubEnv("METRICS_TOKEN", "");
    expect((await scrape({ Authorization: "Bearer " })).status).toBe(401);
    expect((await scrape({ Authorization: "Bearer anything" })).status).toBe(401);
  });

  it("serves a scraper with the token and an admin: orders by channel, latencies, backlog and pools", async () => {
    const input = captureOrderSchema.parse({ channel: "WEB", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }] });
    vi.stubEnv("METRICS_TOKEN", "s3cret-scrape-token");
    const before = await (await scrape({ Authorization: "Bearer s3cret-scrape-token" })).text();
    const webBefore = sample(before, 'oms_orders_captured_total{channel="WEB"}') ?? 0;
    await captureOrder(TEST_AGENT, input, { db: t.db });
    await captureOrder(TEST_AGENT, input, { db: t.db });

    const res = await scrape({ Authorization: "Bearer s3cret-scrape-token" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    const text = await res.text();
    expect(sample(text, 'oms_orders_captured_total{channel="WEB"}')).toBe(webBefore + 2);
    expect(sample(text, 'oms_order_capture_duration_seconds_count{channel="WEB"}')).toBeGreaterThanOrEqual(2);
    expect(sample(text, "oms_sourcing_duration_seconds_count")).toBeGreaterThanOrEqual(2);
    // Each order wrote its confirmation to the outbox; no dispatcher ran.
    expect(sample(text, 'oms_outbox_backlog{state="pending"}')).toBe(await t.db.outboxMessage.count({ where: { status: "PENDING" } }));
    expect(sample(text, "oms_database_up")).toBe(1);
    expect(sample(text, 'oms_db_pool_connections{pool="sql",state="max"}')).toBe(1);
    expect(text).toContain("oms_http_requests_total");

    session.userId = TEST_USERS.ADMIN.id;
    vi.stubEnv("METRICS_TOKEN", "");
    const admin = await scrape();
    expect(admin.status).toBe(200);
    expect(await admin.text()).toContain('oms_http_requests_total{route="/api/metrics",method="GET",status="401"}');
  });
});
