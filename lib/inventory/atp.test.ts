import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { availableToPromise, isBelowSafetyStock, isOutOfStock, isStocked } from "./atp";

describe("availableToPromise", () => {
  it("is on hand - reserved - safety stock", () => {
    expect(availableToPromise({ onHand: 20, reserved: 5, safetyStock: 3 })).toBe(12);
  });

  it("is 0 when free stock is within the safety stock, never negative", () => {
    expect(availableToPromise({ onHand: 10, reserved: 8, safetyStock: 5 })).toBe(0);
    expect(availableToPromise({ onHand: 0, reserved: 0, safetyStock: 4 })).toBe(0);
  });

  it("never goes below 0 and never exceeds on hand", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (onHand, r, safetyStock) => {
        const reserved = Math.min(r, onHand);
        const atp = availableToPromise({ onHand, reserved, safetyStock });
        return atp >= 0 && atp <= onHand && atp <= onHand - reserved;
      }),
    );
  });
});

describe("stock problems", () => {
  it("calls a position out of stock when every unit on hand is reserved", () => {
    expect(isOutOfStock({ onHand: 4, reserved: 4, safetyStock: 1, targetStock: 0 })).toBe(true);
    expect(isOutOfStock({ onHand: 0, reserved: 0, safetyStock: 0, targetStock: 3 })).toBe(true);
    expect(isOutOfStock({ onHand: 5, reserved: 4, safetyStock: 0, targetStock: 3 })).toBe(false);
  });

  it("does not call a SKU a node does not carry out of stock", () => {
    const notCarried = { onHand: 0, reserved: 0, safetyStock: 0, targetStock: 0 };
    expect(isStocked(notCarried)).toBe(false);
    expect(isOutOfStock(notCarried)).toBe(false);
    expect(isStocked({ ...notCarried, onHand: 2 })).toBe(true);
  });

  it("calls a position below safety stock when its free stock is under it", () => {
    expect(isBelowSafetyStock({ onHand: 5, reserved: 2, safetyStock: 4 })).toBe(true);
    expect(isBelowSafetyStock({ onHand: 6, reserved: 2, safetyStock: 4 })).toBe(false);
  });
});
