// The demo catalogue: products in ten categories, each with 4-8 SKUs (colour x size, capacity...),
// EUR prices in minor units (VAT included), weights and a popularity used for demand and stock.
import { CATEGORIES, COLLECTIONS } from "./catalog-data";
import type { Axis, ProductTemplate } from "./catalog-data";
import type { Random } from "./random";
import { pad, WeightedTable } from "./random";
import type { Row, SkuRec } from "./model";

export interface Catalog {
  skus: SkuRec[];
  /** SKU indexes of each product (for exchanges and stock patterns). */
  productSkus: number[][];
  categoryRows: Row[];
  productRows: Row[];
  skuRows: Row[];
}

/** The EAN-13 check digit of 12 digits: weights 1 and 3 alternating from the left. */
export function ean13CheckDigit(digits12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/**
 * The label barcode of the SKU at `idx`: an EAN-13 in the 200-299 range GS1 leaves for in-store
 * numbering (never a real product's), "200" + the 1-based index on 9 digits + the check digit.
 */
export function demoBarcode(idx: number): string {
  const body = `200${String(idx + 1).padStart(9, "0")}`;
  return `${body}${ean13CheckDigit(body)}`;
}

/** A price ending in .99 / .95 / .90 like a real shelf label, in minor units. */
function shelfPrice(eur: number, cents: number): number {
  const whole = Math.max(1, Math.round(eur));
  return (whole - 1) * 100 + cents;
}

type Value = Axis["values"][number];

/** Picks 4-8 variants from a template's axes: a window of sizes times a few colours, or a list. */
function chooseVariants(rng: Random, template: ProductTemplate): Value[][] {
  const target = rng.int(4, 8);
  const [a, b] = template.axes;
  const subset = (axis: Axis, n: number): Value[] => {
    const count = Math.min(n, axis.values.length);
    if (axis.ordered) {
      const start = rng.int(0, axis.values.length - count);
      return axis.values.slice(start, start + count);
    }
    return rng.shuffle(axis.values).slice(0, count);
  };
  if (!b) return subset(a, target).map((v) => [v]);
  // Two axes: as many of the second (sizes) as fit, then enough of the first (colours).
  const secondCount = Math.min(b.values.length, Math.max(2, Math.min(target, rng.pick([2, 3, 4, 4, 5, 6]))));
  const firstCount = Math.max(1, Math.min(a.values.length, Math.floor(8 / secondCount), Math.ceil(target / secondCount)));
  const out: Value[][] = [];
  for (const x of subset(a, firstCount)) for (const y of subset(b, secondCount)) out.push([x, y]);
  for (const extra of a.values) {
    // Too few combinations (small second axis): add another value of the first axis.
    if (out.length >= 4) break;
    if (!out.some((o) => o[0] === extra)) for (const y of subset(b, secondCount)) out.push([extra, y]);
  }
  return out.slice(0, 8);
}

export function buildCatalog(rng: Random, skuCount: number, createdAt: Date): Catalog {
  const categoryRows: Row[] = CATEGORIES.map((c) => ({ id: `cat_${c.code}`, code: c.code, name: c.name }));
  const pickCategory = new WeightedTable(CATEGORIES, CATEGORIES.map((c) => c.weight));
  const perCategory = new Map<string, number>();
  const usedNames = new Set<string>();
  const skus: SkuRec[] = [];
  const productSkus: number[][] = [];
  const productRows: Row[] = [];
  const skuRows: Row[] = [];
  const rawPopularity: number[] = [];

  while (skus.length < skuCount) {
    const category = pickCategory.pick(rng);
    const template = rng.pick(category.templates);
    let name = "";
    for (let tries = 0; tries < 20; tries++) {
      const candidate = `${rng.pick(COLLECTIONS)} ${template.name}`;
      name = candidate;
      if (!usedNames.has(candidate)) break;
    }
    if (usedNames.has(name)) name = `${name} ${usedNames.size}`;
    usedNames.add(name);
    const n = (perCategory.get(category.code) ?? 0) + 1;
    perCategory.set(category.code, n);
    const productIdx = productRows.length;
    const productCode = `${category.code}-${pad(n, 4)}`;
    const productId = `prd_${productCode}`;
    const brand = rng.pick(category.brands);
    const basePrice = rng.float(template.price[0], template.price[1]);
    const cents = rng.pick([99, 99, 99, 95, 90]);
    const baseGrams = rng.int(template.grams[0], template.grams[1]);
    // Demand follows a long tail: a few best sellers, many slow movers.
    const productDemand = Math.pow(rng.next(), 2.2);
    productRows.push({
      id: productId,
      code: productCode,
      name,
      brand,
      categoryId: `cat_${category.code}`,
      description: `${name} by ${brand}. ${category.name}.`,
      createdAt,
    });
    const indexes: number[] = [];
    for (const variant of chooseVariants(rng, template)) {
      if (skus.length >= skuCount) break;
      const idx = skus.length;
      const code = `${productCode}-${variant.map((v) => v[1]).join("-")}`;
      const attributes = Object.fromEntries(template.axes.map((axis, i) => [axis.name, variant[i][0]]));
      const multiplier = variant.reduce((m, v) => m * (v[2] ?? 1), 1);
      const demandFactor = variant.reduce((m, v) => m * (v[3] ?? 1), 1);
      const grams = baseGrams + variant.reduce((g, v) => g + (v[4] ?? 0), 0);
      const sku: SkuRec = {
        idx,
        id: `sku_${pad(idx + 1, 6)}`,
        code,
        name: `${name}, ${variant.map((v) => v[0]).join(", ")}`,
        productIdx,
        categoryCode: category.code,
        priceMinor: shelfPrice(basePrice * multiplier, cents),
        weightGrams: grams,
        popularity: 0,
      };
      rawPopularity.push(productDemand * demandFactor * rng.float(0.7, 1.3));
      skus.push(sku);
      indexes.push(idx);
      skuRows.push({
        id: sku.id,
        code,
        productId,
        name: sku.name,
        attributes,
        priceMinor: sku.priceMinor,
        currency: "EUR",
        weightGrams: grams,
        barcode: demoBarcode(idx),
        active: true,
      });
    }
    productSkus.push(indexes);
  }
  const max = Math.max(...rawPopularity);
  skus.forEach((s, i) => (s.popularity = Math.max(0.002, rawPopularity[i] / max)));
  return { skus, productSkus, categoryRows, productRows, skuRows };
}
