// The payment ledger always balances, whatever happens to an order and in whatever order: random
// sequences of shipping, returns (by mail or at a store, refunded early or on receipt, received in
// parts and in any condition) and goodwill refunds. After every step: refunded never exceeds
// captured, captured never exceeds authorised, and what the buyer has paid net of refunds equals
// the value of the units they keep plus the fees they paid minus goodwill, to the cent.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx, type Tx } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { discountShareMinor, ledgerTotals } from "@/lib/payments";
import { authoriseReturn, receiveReturn, refundReturn, requestAppeasement } from "./index";
import { ADMIN, buildReturnsWorld, DAY, fulfil, PLACED, placeOrder, publishReturnsPolicy, SUPPLY } from "./testing";

let t: TestDb;
const run = <T,>(fn: (tx: Tx) => Promise<T>) => withTx(fn, { db: t.db });
const NOW = new Date(PLACED.getTime() + 3 * DAY);
const SKUS = ["TSHIRT-M", "JEANS-32", "LAMP", "HOODIE-M"] as const;
const REASONS = ["CHANGED_MIND", "SIZE_TOO_SMALL", "DAMAGED"] as const;

type Op =
  | { kind: "ship" }
  | { kind: "return"; line: number; qty: number; reason: (typeof REASONS)[number]; method: "MAIL" | "STORE"; refundNow: boolean }
  | { kind: "receive"; rma: number; line: number; qty: number; condition: "RESELLABLE" | "DAMAGED" | "WRONG_ITEM" }
  | { kind: "early"; rma: number }
  | { kind: "goodwill"; amountMinor: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.constant({ kind: "ship" as const }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant("return" as const), line: fc.nat(3), qty: fc.integer({ min: 1, max: 3 }), reason: fc.constantFrom(...REASONS), method: fc.constantFrom("MAIL" as const, "STORE" as const), refundNow: fc.boolean() }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant("receive" as const), rma: fc.nat(3), line: fc.nat(3), qty: fc.integer({ min: 1, max: 2 }), condition: fc.constantFrom("RESELLABLE" as const, "DAMAGED" as const, "WRONG_ITEM" as const) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant("early" as const), rma: fc.nat(3) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("goodwill" as const), amountMinor: fc.integer({ min: 1, max: 900 }) }), weight: 1 },
);

const scenario = fc.record({
  lines: fc.uniqueArray(fc.record({ sku: fc.constantFrom(...SKUS), qty: fc.integer({ min: 2, max: 4 }) }), { minLength: 1, maxLength: 3, selector: (l) => l.sku }),
  promo: fc.constantFrom(true, true, true, false),
  ops: fc.array(op, { minLength: 3, maxLength: 10 }),
});

/** The value of the first n units of a line as the ledger counts them: price less their share of the discount. */
function firstUnits(line: { qty: number; unitPriceMinor: number; discountMinor: number }, n: number): number {
  return n * line.unitPriceMinor - discountShareMinor(line, n);
}

async function checkLedger(orderId: string, goodwillMinor: number): Promise<number> {
  const o = await t.db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: {
      payments: true,
      lines: { include: { fulfillmentLines: { include: { fulfillmentOrder: { select: { status: true, deliveryMode: true } } } } } },
      returns: { include: { lines: true } },
    },
  });
  const totals = ledgerTotals(o.payments);
  expect(totals.refundedMinor).toBeLessThanOrEqual(totals.capturedMinor);
  expect(totals.capturedMinor).toBeLessThanOrEqual(totals.authorizedMinor);
  let kept = 0;
  let deliveredValue = 0;
  for (const line of o.lines) {
    const delivered = line.fulfillmentLines.filter((f) => f.fulfillmentOrder.status === "SHIPPED" || f.fulfillmentOrder.status === "DELIVERED").reduce((a, f) => a + f.qty, 0);
    const refunded = o.returns.flatMap((r) => r.lines).filter((rl) => rl.orderLineId === line.id).reduce((a, rl) => a + rl.refundedQty, 0);
    expect(refunded).toBeLessThanOrEqual(delivered);
    deliveredValue += firstUnits(line, delivered);
    kept += firstUnits(line, delivered) - firstUnits(line, refunded);
  }
  // The shipping fee is captured with the first parcel, all of it or nothing.
  const shipping = totals.capturedMinor - deliveredValue;
  expect([0, o.shippingMinor]).toContain(shipping);
  const fees = o.returns.filter((r) => r.lines.some((rl) => rl.refundedQty > 0)).reduce((a, r) => a + r.restockingFeeMinor + r.returnShippingMinor - r.shippingRefundMinor, 0);
  expect(totals.balanceMinor).toBe(kept + shipping + fees - goodwillMinor);
  return totals.balanceMinor - kept;
}

beforeAll(async () => {
  t = await createTestDb();
  const stock: Record<string, number> = {};
  for (const sku of SKUS) stock[`DC-PAR|${sku}`] = 10_000;
  await buildReturnsWorld(t.db, { stock });
  // A third off: discounts that do not split evenly between units, so every refund must take its unit's exact share.
  await t.db.promoCode.create({ data: { code: "THIRD", description: "33% off", percentOff: 33 } });
  await publishReturnsPolicy(t.db, { restockingFeePercent: 10, returnShipping: { paidBy: "CUSTOMER", feeMinor: 495 }, buyerReasons: ["CHANGED_MIND", "SIZE_TOO_SMALL"] });
});
afterAll(() => t?.close());

describe("the payment ledger under random returns, refunds and goodwill", () => {
  it("always balances to the cent", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ lines, promo, ops }) => {
        const orderId = await placeOrder(t.db, { lines: lines.map((l) => ({ ...l, mode: "SHIP" as const })), ...(promo ? { promoCode: "THIRD" } : {}) });
        const orderLines = await t.db.orderLine.findMany({ where: { orderId }, orderBy: { lineNo: "asc" }, select: { id: true, qty: true } });
        const rmas: Array<{ id: string; lineIds: string[]; qty: number }> = [];
        let goodwill = 0;
        let headroom = await checkLedger(orderId, goodwill);
        // Most sequences start by shipping, so returns have units to work on; some try before.
        for (const step of [{ kind: "ship" } as Op, ...ops]) {
          try {
            if (step.kind === "ship") {
              const fo = await t.db.fulfillmentOrder.findFirst({ where: { orderId, status: "RELEASED" }, select: { id: true } });
              if (fo) await fulfil(t.db, orderId, { now: new Date(PLACED.getTime() + DAY) });
            } else if (step.kind === "return") {
              const line = orderLines[step.line % orderLines.length];
              const qty = 1 + ((step.qty - 1) % line.qty);
              const r = await run((tx) =>
                authoriseReturn(tx, ADMIN, { orderId, method: step.method, lines: [{ orderLineId: line.id, qty, reason: step.reason }], ...(step.refundNow ? { refundNow: { reason: "Agent's decision" } } : {}) }, { now: NOW }),
              );
              rmas.push({ id: r.returnId, lineIds: [line.id], qty });
            } else if (step.kind === "receive" && rmas.length) {
              const rma = rmas[step.rma % rmas.length];
              await run((tx) => receiveReturn(tx, SUPPLY, { returnId: rma.id, nodeId: "node-DC-PAR", lines: [{ orderLineId: rma.lineIds[0], qty: 1 + ((step.qty - 1) % rma.qty), condition: step.condition }] }, { now: NOW }));
            } else if (step.kind === "early" && rmas.length) {
              const rma = rmas[step.rma % rmas.length];
              const { version } = await t.db.return.findUniqueOrThrow({ where: { id: rma.id }, select: { version: true } });
              await run((tx) => refundReturn(tx, ADMIN, { returnId: rma.id, expectedVersion: version, reason: "Supervisor's decision" }, { now: NOW }));
            } else if (step.kind === "goodwill") {
              // Goodwill within what the fees paid leave, so a later refund of returned units is never cut short.
              const amountMinor = Math.min(step.amountMinor, headroom);
              if (amountMinor > 0) {
                await run((tx) => requestAppeasement(tx, ADMIN, { orderId, amountMinor, reason: "Goodwill gesture" }));
                goodwill += amountMinor;
              }
            }
          } catch (e) {
            // A refusal (policy, limits, nothing to receive) is an answer, not a failure: it must change nothing.
            if (!isDomainError(e)) throw e;
          }
          headroom = await checkLedger(orderId, goodwill);
        }
      }),
      { numRuns: 15, endOnFailure: true },
    );
  });
});
