import { describe, expect, it } from "vitest";
import { checkPromo, priceCapture } from "./price";
import { testContext, testInput } from "./testing";
import { validateCatalogue } from "./validate-catalogue";

const promo = (p: Partial<NonNullable<ReturnType<typeof testContext>["promo"]>>) => ({ code: "X", percentOff: null, amountOffMinor: null, minSubtotalMinor: 0, active: true, validFrom: null, validUntil: null, ...p });
const NOW = new Date("2026-11-25T09:00:00Z");

describe("capture step: price", () => {
  it("prices at catalogue prices with the shipping fee below the free-shipping amount", () => {
    const ctx = testContext();
    const input = testInput({ lines: [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }] });
    const priced = priceCapture(input, ctx, validateCatalogue(input, ctx).skuByCode);
    expect(priced).toMatchObject({ subtotalMinor: 3998, shippingMinor: 499, totalMinor: 4497, discountMinor: 0, promoCode: null });
  });

  it("applies a valid promo code", () => {
    const ctx = testContext({ promo: promo({ code: "WELCOME10", percentOff: 10 }) });
    const input = testInput({ lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }], promoCode: "WELCOME10" });
    const { skuByCode } = validateCatalogue(input, ctx);
    expect(checkPromo(input, ctx, skuByCode, NOW)).toEqual({});
    expect(priceCapture(input, ctx, skuByCode)).toMatchObject({ discountMinor: 350, promoCode: "WELCOME10" });
  });

  it("says why a promo code cannot be used, on the promoCode field", () => {
    const input = testInput({ lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }], promoCode: "OLD5" });
    const check = (p: ReturnType<typeof testContext>["promo"]) => {
      const ctx = testContext({ promo: p });
      return checkPromo(input, ctx, validateCatalogue(input, ctx).skuByCode, NOW);
    };
    expect(check(null)).toEqual({ promoCode: { code: "PROMO_UNKNOWN" } });
    expect(check(promo({ validUntil: new Date("2020-01-01") }))).toEqual({ promoCode: { code: "PROMO_EXPIRED" } });
    expect(check(promo({ minSubtotalMinor: 10_000 }))).toEqual({ promoCode: { code: "PROMO_MINIMUM_NOT_REACHED" } });
  });
});
