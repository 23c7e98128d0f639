import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { zodFieldIssues } from "@/lib/errors";
import { buildCustomer, buildNode, buildOrder, buildSku } from "./test-builders";
import { lookUpTracking, TRACK_LIMIT, TRACK_MIN_DURATION_MS, trackOrder, trackOrderInput } from "./track-order";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  const dc = await buildNode(t.db, { code: "DC-LYS", name: "Lyon DC", type: "DC", city: "Saint-Priest" });
  const store = await buildNode(t.db, { code: "ST-PAR-01", name: "Paris Rivoli", city: "Paris" });
  const jacket = await buildSku(t.db, { name: "Rain jacket" });
  const boots = await buildSku(t.db, { name: "Hiking boots" });
  const socks = await buildSku(t.db, { name: "Wool socks" });
  const sophie = await buildCustomer(t.db, { firstName: "Sophie", lastName: "Leclerc", email: "sophie.leclerc@example.fr" });
  const other = await buildCustomer(t.db, { firstName: "Paul", lastName: "Other", email: "paul@example.fr" });
  await buildOrder(t.db, {
    customer: sophie,
    number: "ORD-2001",
    status: "IN_FULFILLMENT",
    lines: [
      { skuId: jacket.id, qty: 1 },
      { skuId: boots.id, qty: 1, mode: "PICKUP", pickupNodeId: store.id, status: "READY_FOR_PICKUP" },
      { skuId: socks.id, qty: 3, cancelledQty: 1, status: "BACKORDERED" },
    ],
    fulfillments: [
      { nodeId: dc.id, mode: "SHIP", status: "SHIPPED", pickupCode: "999999", promisedDate: new Date("2026-03-12T12:00:00Z"), lines: [{ line: 0, qty: 1 }] },
      { nodeId: store.id, mode: "PICKUP", pickupNodeId: store.id, status: "READY_FOR_PICKUP", pickupCode: "482913", lines: [{ line: 1, qty: 1 }] },
    ],
  });
  await buildOrder(t.db, {
    customer: other,
    number: "ORD-2002",
    lines: [{ skuId: boots.id, mode: "PICKUP", pickupNodeId: store.id }],
    fulfillments: [{ nodeId: store.id, mode: "PICKUP", pickupNodeId: store.id, status: "PICKING", pickupCode: "111111", lines: [{ line: 0, qty: 1 }] }],
  });
});
afterAll(async () => {
  await t?.close();
});

const track = (number: string, email: string) => trackOrder(t.db, trackOrderInput.parse({ number, email }));

describe("trackOrder", () => {
  it("finds the order when number and e-mail both match, e-mail in any case and with spaces", async () => {
    const r = await track(" ord-2001 ", "  Sophie.Leclerc@EXAMPLE.fr ");
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(r.order.number).toBe("ORD-2001");
    expect(r.order.status).toBe("IN_FULFILLMENT");
    expect(r.order.firstName).toBe("Sophie");
  });

  it("gives the same answer for a wrong e-mail and an unknown number", async () => {
    const wrongEmail = await track("ORD-2001", "paul@example.fr");
    const unknown = await track("ORD-9999", "sophie.leclerc@example.fr");
    expect(wrongEmail).toEqual({ found: false });
    expect(unknown).toEqual(wrongEmail);
  });

  it("shows each part with its origin, mode, expected date and status", async () => {
    const r = await track("ORD-2001", "sophie.leclerc@example.fr");
    if (!r.found) throw new Error("not found");
    expect(r.order.parts.map((p) => ({ mode: p.mode, status: p.status, from: p.from.name, city: p.from.city, items: p.items }))).toEqual([
      { mode: "SHIP", status: "SHIPPED", from: "Lyon DC", city: "Saint-Priest", items: [{ name: "Rain jacket", qty: 1 }] },
      { mode: "PICKUP", status: "READY_FOR_PICKUP", from: "Paris Rivoli", city: "Paris", items: [{ name: "Hiking boots", qty: 1 }] },
    ]);
    expect(r.order.parts[0].promisedDate?.toISOString()).toBe("2026-03-12T12:00:00.000Z");
    expect(r.order.unassigned).toEqual([
      { name: "Wool socks", qty: 2, kind: "WAITING", lineStatus: "BACKORDERED" },
      { name: "Wool socks", qty: 1, kind: "CANCELLED", lineStatus: "BACKORDERED" },
    ]);
  });

  it("shows the pickup code only for a part ready for pickup", async () => {
    const r = await track("ORD-2001", "sophie.leclerc@example.fr");
    if (!r.found) throw new Error("not found");
    expect(r.order.parts.map((p) => p.pickupCode)).toEqual([null, "482913"]);
    const picking = await track("ORD-2002", "paul@example.fr");
    if (!picking.found) throw new Error("not found");
    expect(picking.order.parts[0].pickupCode).toBeNull();
  });

  it("reveals no address, phone, e-mail or last name", async () => {
    const r = await track("ORD-2001", "sophie.leclerc@example.fr");
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/Leclerc|sophie\.leclerc|rue Test|75011|\+33/);
  });

  it("rejects malformed input with field errors", () => {
    const r = trackOrderInput.safeParse({ number: " ", email: "not-an-email" });
    expect(r.success).toBe(false);
    expect(zodFieldIssues(r.error!)).toEqual({ number: { code: "REQUIRED" }, email: { code: "INVALID_EMAIL" } });
  });
});

describe("the buyer's tracking lookup (public page)", () => {
  const timed = async (number: string, email: string, clientAddress: string) => {
    const started = performance.now();
    const result = await lookUpTracking(t.db, { number, email }, { clientAddress });
    return { result, ms: performance.now() - started };
  };

  it("takes the same time whether the order is found or not, so timing tells nothing", async () => {
    const found = await timed("ORD-2001", "sophie.leclerc@example.fr", "198.51.100.10");
    const wrongEmail = await timed("ORD-2001", "paul@example.fr", "198.51.100.10");
    const unknown = await timed("ORD-9999", "sophie.leclerc@example.fr", "198.51.100.10");
    expect(found.result.status).toBe("found");
    expect(wrongEmail.result).toEqual({ status: "notFound" });
    expect(unknown.result).toEqual({ status: "notFound" });
    // Every answer waits for the same floor, well above the lookup's own time.
    for (const { ms } of [found, wrongEmail, unknown]) expect(ms).toBeGreaterThanOrEqual(TRACK_MIN_DURATION_MS - 1);
    const spread = Math.max(found.ms, wrongEmail.ms, unknown.ms) - Math.min(found.ms, wrongEmail.ms, unknown.ms);
    expect(spread).toBeLessThan(TRACK_MIN_DURATION_MS / 2);
  });

  it(`refuses a client address after ${TRACK_LIMIT.limit} lookups in ${TRACK_LIMIT.windowMs / 60_000} minutes; other addresses still look up`, async () => {
    const fast = { minDurationMs: 0 };
    for (let i = 0; i < TRACK_LIMIT.limit; i++) {
      const r = await lookUpTracking(t.db, { number: `ORD-${3000 + i}`, email: "guess@example.fr" }, { clientAddress: "203.0.113.50", ...fast });
      expect(r.status).toBe("notFound");
    }
    const refused = await lookUpTracking(t.db, { number: "ORD-2001", email: "sophie.leclerc@example.fr" }, { clientAddress: "203.0.113.50", ...fast });
    expect(refused.status).toBe("throttled");
    if (refused.status === "throttled") expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    const other = await lookUpTracking(t.db, { number: "ORD-2001", email: "sophie.leclerc@example.fr" }, { clientAddress: "203.0.113.51", ...fast });
    expect(other.status).toBe("found");
  });

  it("answers field errors for malformed input without looking anything up or counting it", async () => {
    const r = await lookUpTracking(t.db, { number: " ", email: "nope" }, { clientAddress: "203.0.113.60", minDurationMs: 0 });
    expect(r).toEqual({ status: "invalid", fieldErrors: { number: { code: "REQUIRED" }, email: { code: "INVALID_EMAIL" } } });
    expect(await t.db.rateLimitBucket.count({ where: { key: { contains: "203.0.113.60" } } })).toBe(0);
  });
});
