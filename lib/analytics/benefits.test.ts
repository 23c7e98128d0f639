// The benefits arithmetic on hand-computed inputs, and its invariants: no activity gives no benefit,
// and a higher margin rate never gives less.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateBenefits, EMPTY_FACTS, marginFor, sumFacts, type BenefitsFacts } from "./benefits";
import { assumptionsOrDefaults, BENEFITS_DEFAULTS, benefitsAssumptionsSchema, type BenefitsAssumptions } from "./benefits-schema";

// VAT at 25 % keeps the hand computations round: a sales value V is worth V ÷ 1.25 = 0.8 V net.
const COSTS = { perShipment: 6, handlingPerUnit: { DC: 0.4, STORE: 1.2 }, vatRate: 0.25 };
const A: BenefitsAssumptions = { ...BENEFITS_DEFAULTS, defaultMarginPercent: 40, categoryMargins: [{ category: "APPAREL", marginPercent: 60 }] };

const FACTS: BenefitsFacts = {
  bopis: { orders: 10, units: 14, valueMinor: 100_000, valueByCategory: { APPAREL: 60_000, HOME: 40_000 }, transferLegs: 3, storeUnits: 9, uncollectedOrders: 2 },
  boris: { inStoreReturns: 4, inStoreUnits: 5, inStoreValueMinor: 20_000, inStoreValueByCategory: { APPAREL: 20_000 }, mailReturns: 6, mailUnits: 7, mailValueMinor: 30_000 },
  shipFromStore: { shipments: 5, units: 8, valueMinor: 50_000, valueByCategory: { HOME: 50_000 }, excessUnits: 2, excessValueMinor: 10_000, unknownUnits: 3, unknownValueMinor: 20_000 },
};

const byKey = (r: { components: Array<{ key: string; valueMinor: number }> }) => Object.fromEntries(r.components.map((c) => [c.key, c.valueMinor]));

describe("calculateBenefits", () => {
  it("computes BOPIS from pickups: add-on baskets, incremental sales at each category's margin net of VAT, deliveries avoided, store handling", () => {
    const r = calculateBenefits(FACTS, A, COSTS).bopis;
    // 10 × 20% × €30 ÷ 1.25 × 50% = €24; (€600 × 60% + €400 × 40%) ÷ 1.25 × 10% = €41.60;
    // (10 − 3) × €6 = €42; 9 × (€0.40 − €1.20) = −€7.20
    expect(byKey(r)).toEqual({ bopisAddOn: 2400, bopisIncrementalSales: 4160, bopisDeliveryAvoided: 4200, bopisHandling: -720 });
    expect(r.totalMinor).toBe(10_040);
    expect(r.components.find((c) => c.key === "bopisIncrementalSales")?.terms).toEqual([
      { category: "APPAREL", valueMinor: 60_000, marginPercent: 60 },
      { category: "HOME", valueMinor: 40_000, marginPercent: 40 },
    ]);
  });

  it("computes BORIS from in-store returns: processing saved against mail, and the margin of what is bought again", () => {
    const r = calculateBenefits(FACTS, A, COSTS).boris;
    // 4 × (€9 − €3) = €24; €200 × 60% ÷ 1.25 × 15% = €14.40
    expect(byKey(r)).toEqual({ borisProcessing: 2400, borisRepurchase: 1440 });
    expect(r.totalMinor).toBe(3840);
  });

  it("computes ship-from-store: markdown avoided on excess stock (and the assumed share of the unknown), saved sales, store handling", () => {
    const r = calculateBenefits(FACTS, A, COSTS).shipFromStore;
    // (€100 + €200 × 25%) ÷ 1.25 × 30% = €36; €500 × 40% ÷ 1.25 × 5% = €8; 8 × −€0.80 = −€6.40
    expect(byKey(r)).toEqual({ sfsMarkdownAvoided: 3600, sfsSavedSales: 800, sfsHandling: -640 });
    expect(r.totalMinor).toBe(3760);
  });

  it("adds the three levers into the total", () => {
    expect(calculateBenefits(FACTS, A, COSTS).totalMinor).toBe(10_040 + 3840 + 3760);
  });

  it("rounds each component to the cent and totals what is shown", () => {
    const r = calculateBenefits({ ...EMPTY_FACTS, bopis: { ...EMPTY_FACTS.bopis, orders: 1 } }, { ...A, bopisAddOnRatePercent: 33.33, bopisAddOnBasket: 10.01 }, COSTS).bopis;
    // 1 × 33.33% × 1001 ÷ 1.25 × 50% = 133.45… → 133; plus one delivery avoided, 600
    expect(byKey(r).bopisAddOn).toBe(133);
    expect(r.totalMinor).toBe(733);
  });

  it("rounds a hand-computed half cent up, as on paper, despite floating-point noise", () => {
    // (€40 + €10 × 25%) ÷ 1.2 × 30% = 4250 ÷ 1.2 × 0.3 = 1062.5 cents (1062.4999… in floating point)
    const f = { ...EMPTY_FACTS.shipFromStore, excessValueMinor: 4000, unknownValueMinor: 1000 };
    const r = calculateBenefits({ ...EMPTY_FACTS, shipFromStore: f }, BENEFITS_DEFAULTS, { ...COSTS, vatRate: 0.2 }).shipFromStore;
    expect(byKey(r).sfsMarkdownAvoided).toBe(1063);
  });

  it("reads a category's margin case-insensitively, else the default", () => {
    expect(marginFor(A, "apparel")).toBe(60);
    expect(marginFor(A, "TOYS")).toBe(40);
  });
});

const count = fc.integer({ min: 0, max: 10_000 });
const money = fc.integer({ min: 0, max: 10_000_000 });
const arbFacts: fc.Arbitrary<BenefitsFacts> = fc.record({
  bopis: fc.record({ orders: count, units: count, valueMinor: money, valueByCategory: fc.dictionary(fc.constantFrom("APPAREL", "HOME", "TOYS"), money), transferLegs: count, storeUnits: count, uncollectedOrders: count }),
  boris: fc.record({ inStoreReturns: count, inStoreUnits: count, inStoreValueMinor: money, inStoreValueByCategory: fc.dictionary(fc.constantFrom("APPAREL", "HOME"), money), mailReturns: count, mailUnits: count, mailValueMinor: money }),
  shipFromStore: fc.record({ shipments: count, units: count, valueMinor: money, valueByCategory: fc.dictionary(fc.constantFrom("APPAREL", "HOME"), money), excessUnits: count, excessValueMinor: money, unknownUnits: count, unknownValueMinor: money }),
});
const pct = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);
const arbAssumptions: fc.Arbitrary<BenefitsAssumptions> = fc.record({
  defaultMarginPercent: pct,
  categoryMargins: fc.constant([]),
  bopisAddOnRatePercent: pct,
  bopisAddOnBasket: fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
  bopisAddOnMarginPercent: pct,
  bopisIncrementalSalesPercent: pct,
  borisMailReturnCost: fc.integer({ min: 0, max: 5000 }).map((n) => n / 100),
  borisStoreReturnCost: fc.integer({ min: 0, max: 5000 }).map((n) => n / 100),
  borisRepurchasePercent: pct,
  sfsMarkdownPercent: pct,
  sfsUnknownExcessPercent: pct,
  sfsSavedSalesPercent: pct,
});

describe("benefits properties", () => {
  it("gives no benefit without any pickup, return or ship-from-store shipment, whatever the assumptions", () => {
    fc.assert(
      fc.property(arbAssumptions, (a) => {
        const r = calculateBenefits(EMPTY_FACTS, a, COSTS);
        expect([r.totalMinor, r.bopis.totalMinor, r.boris.totalMinor, r.shipFromStore.totalMinor]).toEqual([0, 0, 0, 0]);
      }),
    );
  });

  it("never gives less when the margin rate goes up", () => {
    fc.assert(
      fc.property(arbFacts, arbAssumptions, pct, pct, (f, a, m1, m2) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        const low = calculateBenefits(f, { ...a, defaultMarginPercent: lo }, COSTS);
        const high = calculateBenefits(f, { ...a, defaultMarginPercent: hi }, COSTS);
        expect(high.totalMinor).toBeGreaterThanOrEqual(low.totalMinor);
      }),
    );
  });

  it("adds bucket facts into the period's facts (the period's figure is the buckets' facts summed)", () => {
    fc.assert(
      fc.property(arbFacts, arbFacts, (x, y) => {
        const s = sumFacts([x, y]);
        expect(s.bopis.orders).toBe(x.bopis.orders + y.bopis.orders);
        expect(s.shipFromStore.unknownValueMinor).toBe(x.shipFromStore.unknownValueMinor + y.shipFromStore.unknownValueMinor);
        expect(Object.values(s.boris.inStoreValueByCategory).reduce((a, b) => a + b, 0)).toBe(
          [x, y].flatMap((f) => Object.values(f.boris.inStoreValueByCategory)).reduce((a, b) => a + b, 0),
        );
      }),
    );
  });
});

describe("benefits assumptions", () => {
  it("accepts the documented defaults", () => {
    expect(benefitsAssumptionsSchema.parse(BENEFITS_DEFAULTS)).toEqual(BENEFITS_DEFAULTS);
  });

  it("refuses each bad field by its path", () => {
    const r = benefitsAssumptionsSchema.safeParse({
      ...BENEFITS_DEFAULTS,
      defaultMarginPercent: 120,
      bopisAddOnBasket: -1,
      borisMailReturnCost: 1.234,
      categoryMargins: [{ category: "HOME", marginPercent: 30 }, { category: "home", marginPercent: 35 }],
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join(".")).sort()).toEqual(["bopisAddOnBasket", "borisMailReturnCost", "categoryMargins.1.category", "defaultMarginPercent"]);
  });

  it("falls back to the defaults when nothing is saved or what is saved no longer validates", () => {
    expect(assumptionsOrDefaults(null)).toEqual({ assumptions: BENEFITS_DEFAULTS, saved: false });
    expect(assumptionsOrDefaults({ defaultMarginPercent: "lots" })).toEqual({ assumptions: BENEFITS_DEFAULTS, saved: false });
    expect(assumptionsOrDefaults({ ...BENEFITS_DEFAULTS, sfsMarkdownPercent: 20 }).saved).toBe(true);
  });
});
