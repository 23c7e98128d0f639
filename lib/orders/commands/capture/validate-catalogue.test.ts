import { describe, expect, it } from "vitest";
import { testContext, testInput } from "./testing";
import { validateCatalogue } from "./validate-catalogue";

describe("capture step: validate catalogue", () => {
  it("passes lines of sold SKUs and pickup at a pickup store, in the SKUs' currency", () => {
    const check = validateCatalogue(testInput({ lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }, { sku: "JEANS-32", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" }] }), testContext());
    expect(check.issues).toEqual({});
    expect(check.currency).toBe("EUR");
    expect(check.skuByCode.get("LAMP")?.priceMinor).toBe(3499);
  });

  it("names every bad line by field: unknown or delisted SKU, unknown store, a node that does not offer pickup", () => {
    const ctx = testContext({ inactiveSkus: ["TV-55"] });
    const check = validateCatalogue(
      testInput({
        lines: [
          { sku: "NOPE", qty: 1, mode: "SHIP" },
          { sku: "TV-55", qty: 1, mode: "SHIP" },
          { sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "DC-PAR" },
          { sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-XXX" },
        ],
      }),
      ctx,
    );
    expect(check.issues).toEqual({
      "lines.0.sku": { code: "SKU_UNKNOWN", params: { sku: "NOPE" } },
      "lines.1.sku": { code: "SKU_NOT_SOLD", params: { sku: "TV-55" } },
      "lines.2.pickupStore": { code: "PICKUP_NOT_OFFERED", params: { store: "DC-PAR" } },
      "lines.3.pickupStore": { code: "PICKUP_STORE_UNKNOWN", params: { store: "ST-XXX" } },
    });
  });

  it("refuses lines in two currencies", () => {
    const ctx = testContext();
    ctx.skus = ctx.skus.map((s) => (s.code === "LAMP" ? { ...s, currency: "GBP" } : s));
    const check = validateCatalogue(testInput({ lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }, { sku: "TSHIRT-M", qty: 1, mode: "SHIP" }] }), ctx);
    expect(check.issues.lines).toEqual({ code: "CURRENCY_MIXED" });
  });
});
