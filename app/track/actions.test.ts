// The tracking form's server action: the e-mail comes in the posted form (never a URL), the client
// address from the request counts the attempts, and the answer keeps what was typed only when the
// order was not found.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ forwardedFor: "198.51.100.20" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": request.forwardedFor }) }));

import { setDb } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildCustomer, buildNode, buildOrder, buildSku } from "@/lib/orders/testing";
import { TRACK_LIMIT } from "@/lib/orders";
import { trackOrderAction } from "./actions";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  const dc = await buildNode(t.db, { code: "DC-1", type: "DC" });
  const sku = await buildSku(t.db, { name: "Rain jacket" });
  const buyer = await buildCustomer(t.db, { firstName: "Sophie", email: "sophie@example.fr" });
  await buildOrder(t.db, { customer: buyer, number: "ORD-7001", lines: [{ skuId: sku.id }], fulfillments: [{ nodeId: dc.id, mode: "SHIP", status: "SHIPPED", lines: [{ line: 0, qty: 1 }] }] });
});
afterAll(() => t.close());

const post = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return trackOrderAction({ values: { number: "", email: "" }, result: null }, form);
};

describe("trackOrderAction", () => {
  it("finds the order from the posted number and e-mail, and keeps nothing typed once found", async () => {
    const state = await post({ number: "ORD-7001", email: "Sophie@Example.fr" });
    expect(state.result?.status).toBe("found");
    expect(state.values).toEqual({ number: "", email: "" });
  });

  it("keeps what was typed when nothing matches, and answers field errors for malformed input", async () => {
    expect(await post({ number: "ORD-7001", email: "paul@example.fr" })).toEqual({ values: { number: "ORD-7001", email: "paul@example.fr" }, result: { status: "notFound" } });
    const invalid = await post({ number: "", email: "x" });
    expect(invalid.result).toMatchObject({ status: "invalid", fieldErrors: { number: { code: "REQUIRED" }, email: { code: "INVALID_EMAIL" } } });
  });

  it("answers a crafted call that posts no form as invalid input instead of failing", async () => {
    request.forwardedFor = "10.0.0.2";
    const crafted = trackOrderAction as unknown as (previous: unknown, form: unknown) => ReturnType<typeof trackOrderAction>;
    const state = await crafted(undefined, { number: "ORD-7001", email: "sophie@example.fr" });
    expect(state.result).toMatchObject({ status: "invalid", fieldErrors: { number: { code: "REQUIRED" } } });
  });

  it("counts the attempts against the request's client address", async () => {
    request.forwardedFor = "10.0.0.1, 203.0.113.99";
    await post({ number: "ORD-7001", email: "paul@example.fr" });
    const bucket = await t.db.rateLimitBucket.findUniqueOrThrow({ where: { key: "track:ip:203.0.113.99" } });
    expect(bucket.count).toBe(1);
    // Past the limit, the address is refused, found or not.
    await t.db.rateLimitBucket.update({ where: { key: bucket.key }, data: { count: TRACK_LIMIT.limit } });
    const refused = await post({ number: "ORD-7001", email: "sophie@example.fr" });
    expect(refused.result?.status).toBe("throttled");
  });
});
