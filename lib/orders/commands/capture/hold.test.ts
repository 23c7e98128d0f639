import { describe, expect, it } from "vitest";
import { holdOrder } from "./hold";
import { testContext, testInput } from "./testing";
import type { PricedOrder } from "../../pricing";

const priced = (totalMinor: number): PricedOrder => ({ subtotalMinor: totalMinor, discountMinor: 0, shippingMinor: 0, taxMinor: 0, totalMinor, lineDiscountMinor: [0], promoCode: null });
const known = { hasOrders: true, addresses: [{ line1: "x", postalCode: "1" }], knownAddress: true };

describe("capture step: hold", () => {
  it("lets an ordinary order through", () => {
    expect(holdOrder(testInput({ lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }] }), testContext(), { priced: priced(3499), currency: "EUR", customer: known })).toEqual([]);
  });

  it("holds a high-value order, too many units of a SKU, and a pay-by-link order until it is paid", () => {
    const input = testInput({ lines: [{ sku: "LAMP", qty: 6, mode: "SHIP" }, { sku: "LAMP", qty: 6, mode: "SHIP" }], payment: { method: "PAY_BY_LINK" } });
    const holds = holdOrder(input, testContext(), { priced: priced(200_000), currency: "EUR", customer: known });
    expect(holds.map((h) => h.type)).toEqual(["HIGH_VALUE", "QUANTITY", "PAYMENT"]);
  });

  it("checks a returning customer's first order to an address not on file", () => {
    const stranger = { hasOrders: false, addresses: [{ line1: "x", postalCode: "1" }], knownAddress: false };
    expect(holdOrder(testInput({ lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }] }), testContext(), { priced: priced(3499), currency: "EUR", customer: stranger }).map((h) => h.type)).toEqual(["ADDRESS_CHECK"]);
  });
});
