import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluateHolds } from "./holds";
import { FREE_SHIPPING_FROM_MINOR, isFreeShippingCode, priceOrder, promoProblem, SHIPPING_FEE_MINOR, shippingFeeMinor, spread, VAT_RATE, vatShareMinor, type PromoInput } from "./pricing";
import { DEFAULT_RULES } from "@/lib/rules/client";

const promo = (p: Partial<PromoInput>): PromoInput => ({ code: "X", percentOff: null, amountOffMinor: null, minSubtotalMinor: 0, active: true, validFrom: null, validUntil: null, ...p });

describe("order pricing", () => {
  it("charges shipping below the free-shipping threshold, only when something ships", () => {
    expect(priceOrder([{ qty: 1, unitPriceMinor: 2000, mode: "SHIP" }], null)).toMatchObject({ subtotalMinor: 2000, shippingMinor: SHIPPING_FEE_MINOR, totalMinor: 2499 });
    expect(priceOrder([{ qty: 1, unitPriceMinor: 2000, mode: "PICKUP" }], null).shippingMinor).toBe(0);
    expect(priceOrder([{ qty: 1, unitPriceMinor: FREE_SHIPPING_FROM_MINOR, mode: "SHIP" }], null).shippingMinor).toBe(0);
  });

  it("applies a percentage promo and spreads the discount over the lines", () => {
    const p = priceOrder(
      [
        { qty: 2, unitPriceMinor: 1999, mode: "SHIP" },
        { qty: 1, unitPriceMinor: 4999, mode: "PICKUP" },
      ],
      promo({ code: "WELCOME10", percentOff: 10 }),
    );
    expect(p.subtotalMinor).toBe(8997);
    expect(p.discountMinor).toBe(900);
    expect(p.lineDiscountMinor.reduce((a, b) => a + b, 0)).toBe(900);
    expect(p.totalMinor).toBe(8997 - 900);
    expect(p.promoCode).toBe("WELCOME10");
  });

  it("waives shipping for a free-shipping code", () => {
    expect(priceOrder([{ qty: 1, unitPriceMinor: 1000, mode: "SHIP" }], promo({ code: "FREESHIP" })).shippingMinor).toBe(0);
  });

  it("explains why a promo code cannot be used", () => {
    const now = new Date("2026-11-25T12:00:00Z");
    expect(promoProblem(null, 1000, now)).toBe("UNKNOWN");
    expect(promoProblem(promo({ active: false }), 1000, now)).toBe("INACTIVE");
    expect(promoProblem(promo({ validUntil: new Date("2026-09-01") }), 1000, now)).toBe("EXPIRED");
    expect(promoProblem(promo({ minSubtotalMinor: 5000 }), 1000, now)).toBe("MINIMUM_NOT_REACHED");
    expect(promoProblem(promo({}), 1000, now)).toBeNull();
  });

  it("has one shipping rule: none when nothing ships, with a free-shipping code, or from the free-shipping amount after discount", () => {
    expect(shippingFeeMinor({ ships: true, freeShippingCode: false, merchandiseMinor: FREE_SHIPPING_FROM_MINOR - 1 })).toBe(SHIPPING_FEE_MINOR);
    expect(shippingFeeMinor({ ships: true, freeShippingCode: false, merchandiseMinor: FREE_SHIPPING_FROM_MINOR })).toBe(0);
    expect(shippingFeeMinor({ ships: false, freeShippingCode: false, merchandiseMinor: 100 })).toBe(0);
    expect(shippingFeeMinor({ ships: true, freeShippingCode: isFreeShippingCode(promo({ code: "FREESHIP" })), merchandiseMinor: 100 })).toBe(0);
    expect(isFreeShippingCode(promo({ percentOff: 10 }))).toBe(false);
  });

  it("reports the VAT share of a price that includes it at VAT_RATE", () => {
    expect(VAT_RATE).toBe(0.2);
    expect(vatShareMinor(1200)).toBe(200);
    expect(priceOrder([{ qty: 1, unitPriceMinor: 4497, mode: "PICKUP" }], null).taxMinor).toBe(vatShareMinor(4497));
  });

  it("spreads any amount exactly (property)", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 10 }), (amount, weights) => {
        const parts = spread(amount, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
        expect(parts.every((p) => p >= 0)).toBe(true);
      }),
    );
  });
});

describe("hold rules", () => {
  const base = { totalMinor: 5000, currency: "EUR", unitsBySku: new Map([["A", 1]]), newCustomer: false, addressMismatch: false };
  it("holds high-value orders, bulk quantities and unknown addresses of new customers", () => {
    expect(evaluateHolds(base, DEFAULT_RULES.HOLDS)).toEqual([]);
    expect(evaluateHolds({ ...base, totalMinor: 150_000 }, DEFAULT_RULES.HOLDS).map((h) => h.type)).toEqual(["HIGH_VALUE"]);
    expect(evaluateHolds({ ...base, unitsBySku: new Map([["A", 11]]) }, DEFAULT_RULES.HOLDS).map((h) => h.type)).toEqual(["QUANTITY"]);
    expect(evaluateHolds({ ...base, newCustomer: true, addressMismatch: true }, DEFAULT_RULES.HOLDS).map((h) => h.type)).toEqual(["ADDRESS_CHECK"]);
    expect(evaluateHolds({ ...base, newCustomer: false, addressMismatch: true }, DEFAULT_RULES.HOLDS)).toEqual([]);
  });
});
