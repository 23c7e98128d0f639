// The omnichannel benefits calculator's arithmetic: from the facts read for a period (counts, units
// and values of pickups, returns and ship-from-store shipments; lib/analytics/queries/benefits.ts)
// and the user's assumptions, the incremental gross margin of BOPIS, BORIS and ship-from-store,
// each as components whose inputs are kept so the screen and the CSV can write the formula out
// with its numbers. Pure and browser-safe: no database, no I/O. Formulas: docs/benefits.md.
import type { BenefitsAssumptions } from "./benefits-schema";

/** Sales value (minor units, after discounts) per category code. */
export type ValueByCategory = Record<string, number>;

/** Collected pickup orders (BOPIS) of one period or bucket. */
export interface BopisFacts {
  /** Orders with at least one pickup line collected (picked up, or returned after). */
  orders: number;
  /** Units of those collected pickup lines (ordered less cancelled). */
  units: number;
  valueMinor: number;
  valueByCategory: ValueByCategory;
  /** Transfer legs bringing units of those orders to the pickup store (not served from its own shelf). */
  transferLegs: number;
  /** Units of those orders picked in a store (the pickup store's own shelf). */
  storeUnits: number;
  /** Pickup orders placed in the period not (yet) collected: not counted, shown for context. */
  uncollectedOrders: number;
}

/** Returns received in the period, by method (BORIS = in store). */
export interface BorisFacts {
  inStoreReturns: number;
  inStoreUnits: number;
  inStoreValueMinor: number;
  inStoreValueByCategory: ValueByCategory;
  mailReturns: number;
  mailUnits: number;
  mailValueMinor: number;
}

/** Fulfilment orders shipped to customers from stores. */
export interface ShipFromStoreFacts {
  shipments: number;
  units: number;
  valueMinor: number;
  valueByCategory: ValueByCategory;
  /** Units the ledger shows were above the store's target stock when they left. */
  excessUnits: number;
  excessValueMinor: number;
  /** Units whose excess cannot be told (no target stock set, or no ledger row for the shipment). */
  unknownUnits: number;
  unknownValueMinor: number;
}

/**
 * What the figures are priced with: the fulfilment costs of the published SOURCING rule set (EUR,
 * major units), and the VAT rate included in the prices customers pay (order prices include VAT;
 * margins and markdowns apply to sales net of VAT).
 */
export interface BenefitsCostModel {
  perShipment: number;
  handlingPerUnit: { DC: number; STORE: number };
  /** e.g. 0.2: a sales value V is worth V / 1.2 net of VAT. */
  vatRate: number;
}

export interface BenefitsFacts {
  bopis: BopisFacts;
  boris: BorisFacts;
  shipFromStore: ShipFromStoreFacts;
}

export type Lever = "bopis" | "boris" | "shipFromStore";
export const LEVERS: readonly Lever[] = ["bopis", "boris", "shipFromStore"];

export type ComponentKey =
  | "bopisAddOn"
  | "bopisIncrementalSales"
  | "bopisDeliveryAvoided"
  | "bopisHandling"
  | "borisProcessing"
  | "borisRepurchase"
  | "sfsMarkdownAvoided"
  | "sfsSavedSales"
  | "sfsHandling";

/** One category's term of a margin-weighted sum. */
export interface CategoryTerm {
  category: string;
  valueMinor: number;
  marginPercent: number;
}

/** One part of a lever's figure, with what its formula multiplies (money in minor units, rates in percent). */
export interface BenefitComponent {
  key: ComponentKey;
  valueMinor: number;
  inputs: Record<string, number>;
  /** For margin-weighted components: each category's value and margin. */
  terms?: CategoryTerm[];
}

export interface LeverResult {
  lever: Lever;
  totalMinor: number;
  components: BenefitComponent[];
}

export interface BenefitsResult {
  bopis: LeverResult;
  boris: LeverResult;
  shipFromStore: LeverResult;
  totalMinor: number;
}

const eurToMinor = (eur: number) => Math.round(eur * 100);
/** The divisor turning a price with VAT into one without (1.2 for 20 %), rounded like the screen shows it. */
const vatFactor = (costs: BenefitsCostModel) => Math.round((1 + costs.vatRate) * 10_000) / 10_000;
const rate = (percent: number) => percent / 100;

/** The margin rate (percent) of a category: its own line, else the default. */
export function marginFor(a: BenefitsAssumptions, category: string): number {
  const code = category.trim().toUpperCase();
  return a.categoryMargins.find((m) => m.category.trim().toUpperCase() === code)?.marginPercent ?? a.defaultMarginPercent;
}

function categoryTerms(a: BenefitsAssumptions, values: ValueByCategory): CategoryTerm[] {
  return Object.entries(values)
    .filter(([, v]) => v !== 0)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([category, valueMinor]) => ({ category, valueMinor, marginPercent: marginFor(a, category) }));
}

/** Σ value_c × margin_c (minor units, unrounded). */
const marginOf = (terms: CategoryTerm[]) => terms.reduce((s, t) => s + t.valueMinor * rate(t.marginPercent), 0);

function lever(key: Lever, parts: Array<Omit<BenefitComponent, "valueMinor"> & { exact: number }>): LeverResult {
  // Each component is rounded to the cent (after removing floating-point noise, so a hand-computed
  // half cent rounds up as on paper); the total is the sum of what is shown, so the figures add up.
  const components = parts.map(({ exact, ...c }) => ({ ...c, valueMinor: Math.round(Math.round(exact * 1e6) / 1e6) || 0 }));
  return { lever: key, components, totalMinor: components.reduce((s, c) => s + c.valueMinor, 0) };
}

/**
 * BOPIS (sales values and the basket include VAT, so each is divided by 1 + VAT rate):
 *   add-on margin        = collected pickup orders × add-on rate × add-on basket ÷ (1 + VAT) × add-on margin
 *   incremental sales    = Σ_category pickup value × margin(category) ÷ (1 + VAT) × incremental share
 *   delivery avoided     = (collected pickup orders − transfer legs to the pickup store) × cost per shipment
 *   handling difference  = units picked in stores × (DC handling − store handling) per unit
 */
export function bopisBenefit(f: BopisFacts, a: BenefitsAssumptions, costs: BenefitsCostModel): LeverResult {
  const terms = categoryTerms(a, f.valueByCategory);
  const vat = vatFactor(costs);
  return lever("bopis", [
    {
      key: "bopisAddOn",
      inputs: { orders: f.orders, ratePercent: a.bopisAddOnRatePercent, basketMinor: eurToMinor(a.bopisAddOnBasket), vatFactor: vat, marginPercent: a.bopisAddOnMarginPercent },
      exact: (f.orders * rate(a.bopisAddOnRatePercent) * eurToMinor(a.bopisAddOnBasket) * rate(a.bopisAddOnMarginPercent)) / vat,
    },
    {
      key: "bopisIncrementalSales",
      inputs: { valueMinor: f.valueMinor, vatFactor: vat, sharePercent: a.bopisIncrementalSalesPercent },
      terms,
      exact: (marginOf(terms) * rate(a.bopisIncrementalSalesPercent)) / vat,
    },
    {
      key: "bopisDeliveryAvoided",
      inputs: { orders: f.orders, transferLegs: f.transferLegs, perShipmentMinor: eurToMinor(costs.perShipment) },
      exact: (f.orders - f.transferLegs) * eurToMinor(costs.perShipment),
    },
    {
      key: "bopisHandling",
      inputs: { units: f.storeUnits, dcMinor: eurToMinor(costs.handlingPerUnit.DC), storeMinor: eurToMinor(costs.handlingPerUnit.STORE) },
      exact: f.storeUnits * (eurToMinor(costs.handlingPerUnit.DC) - eurToMinor(costs.handlingPerUnit.STORE)),
    },
  ]);
}

/**
 * BORIS:
 *   processing saved  = returns received in store × (cost of a return by mail − cost of a return in store)
 *   repurchase margin = Σ_category value returned in store × margin(category) ÷ (1 + VAT) × repurchase share
 */
export function borisBenefit(f: BorisFacts, a: BenefitsAssumptions, costs: BenefitsCostModel): LeverResult {
  const terms = categoryTerms(a, f.inStoreValueByCategory);
  const vat = vatFactor(costs);
  const mail = eurToMinor(a.borisMailReturnCost);
  const store = eurToMinor(a.borisStoreReturnCost);
  return lever("boris", [
    { key: "borisProcessing", inputs: { returns: f.inStoreReturns, mailCostMinor: mail, storeCostMinor: store }, exact: f.inStoreReturns * (mail - store) },
    {
      key: "borisRepurchase",
      inputs: { valueMinor: f.inStoreValueMinor, vatFactor: vat, sharePercent: a.borisRepurchasePercent },
      terms,
      exact: (marginOf(terms) * rate(a.borisRepurchasePercent)) / vat,
    },
  ]);
}

/**
 * Ship-from-store:
 *   markdown avoided    = (value from excess stock + value of unknown excess × unknown-excess share) ÷ (1 + VAT) × markdown rate
 *   saved sales         = Σ_category ship-from-store value × margin(category) ÷ (1 + VAT) × saved-sales share
 *   handling difference = units shipped from stores × (DC handling − store handling) per unit
 */
export function shipFromStoreBenefit(f: ShipFromStoreFacts, a: BenefitsAssumptions, costs: BenefitsCostModel): LeverResult {
  const terms = categoryTerms(a, f.valueByCategory);
  const vat = vatFactor(costs);
  return lever("shipFromStore", [
    {
      key: "sfsMarkdownAvoided",
      inputs: {
        excessValueMinor: f.excessValueMinor,
        unknownValueMinor: f.unknownValueMinor,
        unknownSharePercent: a.sfsUnknownExcessPercent,
        vatFactor: vat,
        markdownPercent: a.sfsMarkdownPercent,
      },
      exact: ((f.excessValueMinor + f.unknownValueMinor * rate(a.sfsUnknownExcessPercent)) * rate(a.sfsMarkdownPercent)) / vat,
    },
    {
      key: "sfsSavedSales",
      inputs: { valueMinor: f.valueMinor, vatFactor: vat, sharePercent: a.sfsSavedSalesPercent },
      terms,
      exact: (marginOf(terms) * rate(a.sfsSavedSalesPercent)) / vat,
    },
    {
      key: "sfsHandling",
      inputs: { units: f.units, dcMinor: eurToMinor(costs.handlingPerUnit.DC), storeMinor: eurToMinor(costs.handlingPerUnit.STORE) },
      exact: f.units * (eurToMinor(costs.handlingPerUnit.DC) - eurToMinor(costs.handlingPerUnit.STORE)),
    },
  ]);
}

export function calculateBenefits(facts: BenefitsFacts, a: BenefitsAssumptions, costs: BenefitsCostModel): BenefitsResult {
  const bopis = bopisBenefit(facts.bopis, a, costs);
  const boris = borisBenefit(facts.boris, a, costs);
  const shipFromStore = shipFromStoreBenefit(facts.shipFromStore, a, costs);
  return { bopis, boris, shipFromStore, totalMinor: bopis.totalMinor + boris.totalMinor + shipFromStore.totalMinor };
}

export const EMPTY_FACTS: BenefitsFacts = {
  bopis: { orders: 0, units: 0, valueMinor: 0, valueByCategory: {}, transferLegs: 0, storeUnits: 0, uncollectedOrders: 0 },
  boris: { inStoreReturns: 0, inStoreUnits: 0, inStoreValueMinor: 0, inStoreValueByCategory: {}, mailReturns: 0, mailUnits: 0, mailValueMinor: 0 },
  shipFromStore: { shipments: 0, units: 0, valueMinor: 0, valueByCategory: {}, excessUnits: 0, excessValueMinor: 0, unknownUnits: 0, unknownValueMinor: 0 },
};

/** True when the period has nothing any lever counts. */
export function isEmptyFacts(f: BenefitsFacts): boolean {
  return f.bopis.orders === 0 && f.boris.inStoreReturns === 0 && f.boris.mailReturns === 0 && f.shipFromStore.shipments === 0;
}

const addValues = (x: ValueByCategory, y: ValueByCategory): ValueByCategory => {
  const out = { ...x };
  for (const [k, v] of Object.entries(y)) out[k] = (out[k] ?? 0) + v;
  return out;
};

/** Facts of several buckets added up (every count, unit and value is additive). */
export function sumFacts(list: BenefitsFacts[]): BenefitsFacts {
  return list.reduce<BenefitsFacts>((acc, f) => {
    const b = acc.bopis, r = acc.boris, s = acc.shipFromStore;
    return {
      bopis: {
        orders: b.orders + f.bopis.orders,
        units: b.units + f.bopis.units,
        valueMinor: b.valueMinor + f.bopis.valueMinor,
        valueByCategory: addValues(b.valueByCategory, f.bopis.valueByCategory),
        transferLegs: b.transferLegs + f.bopis.transferLegs,
        storeUnits: b.storeUnits + f.bopis.storeUnits,
        uncollectedOrders: b.uncollectedOrders + f.bopis.uncollectedOrders,
      },
      boris: {
        inStoreReturns: r.inStoreReturns + f.boris.inStoreReturns,
        inStoreUnits: r.inStoreUnits + f.boris.inStoreUnits,
        inStoreValueMinor: r.inStoreValueMinor + f.boris.inStoreValueMinor,
        inStoreValueByCategory: addValues(r.inStoreValueByCategory, f.boris.inStoreValueByCategory),
        mailReturns: r.mailReturns + f.boris.mailReturns,
        mailUnits: r.mailUnits + f.boris.mailUnits,
        mailValueMinor: r.mailValueMinor + f.boris.mailValueMinor,
      },
      shipFromStore: {
        shipments: s.shipments + f.shipFromStore.shipments,
        units: s.units + f.shipFromStore.units,
        valueMinor: s.valueMinor + f.shipFromStore.valueMinor,
        valueByCategory: addValues(s.valueByCategory, f.shipFromStore.valueByCategory),
        excessUnits: s.excessUnits + f.shipFromStore.excessUnits,
        excessValueMinor: s.excessValueMinor + f.shipFromStore.excessValueMinor,
        unknownUnits: s.unknownUnits + f.shipFromStore.unknownUnits,
        unknownValueMinor: s.unknownValueMinor + f.shipFromStore.unknownValueMinor,
      },
    };
  }, EMPTY_FACTS);
}
