// An order paid by link whose link expires unpaid is cancelled: its reserved units go back to
// stock and the buyer is told; a paid link and one still valid are left alone.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildWorld, LEA, PARIS_ADDRESS, position, TEST_AGENT } from "../testing";
import { captureOrder, captureOrderSchema } from "../commands/capture-order";
import { EXPIRED_LINK_REASON, expirePaymentLinks } from "./expire-payment-links";

let t: TestDb;
const NOW = new Date("2026-11-25T09:00:00Z");
const HOUR = 3_600_000;

function placeByLink(now: Date) {
  return captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }], payment: { method: "PAY_BY_LINK" } }), { now, db: t.db });
}

beforeEach(async () => {
  await t?.close();
  t = await createTestDb();
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 10 } });
});
afterAll(() => t?.close());

describe("expired payment links", () => {
  it("cancels the order of a link expired unpaid, frees its stock and tells the buyer, and leaves a valid link alone", async () => {
    const stale = await placeByLink(new Date(NOW.getTime() - 49 * HOUR));
    const fresh = await placeByLink(new Date(NOW.getTime() - 2 * HOUR));
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ reserved: 4 });
    const result = await expirePaymentLinks(t.db, { now: NOW });
    expect(result).toEqual({ cancelled: [stale.number], failed: 0 });
    const cancelled = await t.db.order.findUniqueOrThrow({ where: { id: stale.id }, include: { events: true } });
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.events.find((e) => e.type === "order.cancelled")?.reason).toBe(EXPIRED_LINK_REASON);
    expect(await t.db.outboxMessage.count({ where: { orderId: stale.id, topic: "ORDER_CANCELLED" } })).toBe(1);
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ reserved: 2 });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe("ON_HOLD");
    expect(await expirePaymentLinks(t.db, { now: NOW })).toEqual({ cancelled: [], failed: 0 });
  });
});
