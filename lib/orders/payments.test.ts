// Capturing a line's units in pieces (several parcels, a pickup collected in parts) must add up to
// exactly what the order's total counts for those units, to the cent, whatever the discount.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ledgerTotals, unitsValueMinor } from "./payments";

describe("unitsValueMinor", () => {
  it("adds up piece by piece to the line's price less its rounded discount share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 10 }),
        (qty, price, percent, pieces) => {
          const line = { qty, unitPriceMinor: price, discountMinor: Math.round((qty * price * percent) / 100) };
          let paid = 0;
          let sum = 0;
          for (const piece of pieces) {
            const n = Math.min(piece, qty - paid);
            if (n <= 0) break;
            sum += unitsValueMinor(line, n, paid);
            paid += n;
            // What re-pricing counts for the units paid so far (lib/orders/commands/reprice-order.ts).
            expect(sum).toBe(paid * price - Math.round((line.discountMinor * paid) / qty));
          }
        },
      ),
    );
  });
});

describe("ledgerTotals", () => {
  it("nets voids off authorisations and appeasements with refunds", () => {
    expect(
      ledgerTotals([
        { type: "AUTHORIZATION", amountMinor: 10_000 },
        { type: "VOID", amountMinor: 2_000 },
        { type: "CAPTURE", amountMinor: 6_000 },
        { type: "REFUND", amountMinor: 500 },
        { type: "APPEASEMENT", amountMinor: 300 },
      ]),
    ).toEqual({ authorizedMinor: 8_000, capturedMinor: 6_000, refundedMinor: 800, balanceMinor: 5_200 });
  });
});
