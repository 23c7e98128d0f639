// Card authorisations lapse after some days: an order not yet shipped has its open authorisation
// renewed a day before, or is held for payment when the renewal is refused; nothing is released by
// hand past a payment hold.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx } from "@/lib/db";
import { releaseHold } from "@/lib/orders";
import { AGENT, buildReturnsWorld, DAY, fulfil, placeOrder } from "@/lib/returns/testing";
import { ledgerTotals } from "../ledger";
import { registerPaymentProvider, unregisterPaymentProvider } from "../registry";
import { testProvider } from "../test-provider";
import { renewExpiringAuthorisations, RENEWAL_HOLD_REASON } from "./renew-authorisations";

let t: TestDb;
const NOW = new Date("2026-11-20T09:00:00Z");

async function orderAuthorisedDaysAgo(days: number) {
  const id = await placeOrder(t.db, { lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }] }, NOW);
  await t.db.paymentTransaction.updateMany({ where: { orderId: id }, data: { createdAt: new Date(NOW.getTime() - days * DAY) } });
  return id;
}
const ledger = (orderId: string) => t.db.paymentTransaction.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } });

beforeEach(async () => {
  await t?.close();
  t = await createTestDb();
  await buildReturnsWorld(t.db, { stock: { "DC-PAR|LAMP": 10 } });
});
afterEach(() => unregisterPaymentProvider("test"));
afterAll(() => t?.close());

describe("authorisation renewal", () => {
  it("renews an authorisation that lapses within a day on an order not shipped, once, keeping the amount authorised", async () => {
    const lapsing = await orderAuthorisedDaysAgo(6.5);
    const fresh = await orderAuthorisedDaysAgo(2);
    const before = ledgerTotals(await ledger(lapsing));
    const result = await renewExpiringAuthorisations(t.db, { now: NOW });
    expect(result).toMatchObject({ renewed: [lapsing], held: [], failed: 0 });
    const rows = await ledger(lapsing);
    expect(rows.map((r) => r.type)).toEqual(["AUTHORIZATION", "AUTHORIZATION", "VOID"]);
    expect(rows[1]).toMatchObject({ method: rows[0].method, provider: rows[0].provider, createdAt: NOW });
    expect(ledgerTotals(rows).authorizedMinor).toBe(before.authorizedMinor);
    expect(await t.db.orderEvent.count({ where: { orderId: lapsing, type: "payment.renewed" } })).toBe(1);
    expect((await ledger(fresh)).length).toBe(1);
    expect(await renewExpiringAuthorisations(t.db, { now: NOW })).toMatchObject({ renewed: [], held: [] });
  });

  it("holds the order for payment when the renewal is declined, and no one releases that hold by hand", async () => {
    registerPaymentProvider({ ...testProvider, name: "test", authorise: () => Promise.resolve({ status: "DECLINED", code: "card_declined", message: "The card was declined." }) });
    const id = await orderAuthorisedDaysAgo(6.5);
    const result = await renewExpiringAuthorisations(t.db, { now: NOW });
    expect(result.held).toEqual([id]);
    const order = await t.db.order.findUniqueOrThrow({ where: { id }, include: { holds: true, payments: true } });
    expect(order.holds.find((h) => h.releasedAt === null)).toMatchObject({ type: "PAYMENT", reason: RENEWAL_HOLD_REASON });
    expect(order.payments).toHaveLength(1);
    const hold = order.holds.find((h) => h.type === "PAYMENT")!;
    const err = await withTx((tx) => releaseHold(tx, AGENT, { orderId: id, holdId: hold.id, expectedVersion: order.version, note: "Looks fine" }), { db: t.db }).catch((e) => e);
    expect(err.code).toBe("PAYMENT_HOLD");
    // The work already at the node may be picked and packed, but it does not leave unpaid.
    const shipped = await fulfil(t.db, id).catch((e) => e);
    expect(shipped.code).toBe("PAYMENT_HOLD");
    expect(await t.db.fulfillmentOrder.count({ where: { orderId: id, status: "SHIPPED" } })).toBe(0);
  });
});
