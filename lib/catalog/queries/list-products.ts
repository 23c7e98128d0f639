// The catalogue as channels sync it: every SKU with its price, in SKU-code order, one page at a
// time with an opaque cursor (stable while SKUs are added: a page starts after the last code seen).
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { fieldIssue, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/http";

export const PRODUCTS_DEFAULT_LIMIT = 50;
export const PRODUCTS_MAX_LIMIT = 200;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const listProductsSchema = z.object({
  limit: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .int()
      .min(1)
      .max(PRODUCTS_MAX_LIMIT)
      .default(PRODUCTS_DEFAULT_LIMIT),
  ),
  cursor: z.preprocess(emptyToUndefined, z.string().max(400, "CURSOR_INVALID").optional()),
});
export type ListProductsInput = z.input<typeof listProductsSchema>;

export interface ProductItem {
  sku: string;
  name: string;
  priceMinor: number;
  currency: string;
  /** False once the SKU is no longer sold: channels delist it. */
  active: boolean;
  product: { code: string; name: string; brand: string | null; category: string };
  attributes: Record<string, unknown>;
  weightGrams: number;
}

export interface ProductPage {
  items: ProductItem[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export const encodeProductCursor = (skuCode: string): string => Buffer.from(`sku:${skuCode}`, "utf8").toString("base64url");

function decodeProductCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  if (!text.startsWith("sku:") || text.length < 5) throw new ValidationError({ cursor: fieldIssue("CURSOR_INVALID") });
  return text.slice(4);
}

export async function listProducts(db: Db | Tx, input: ListProductsInput = {}): Promise<ProductPage> {
  const { limit, cursor } = parseInput(listProductsSchema, input);
  const after = cursor ? decodeProductCursor(cursor) : undefined;
  // One row more than asked tells whether another page exists.
  const rows = await db.sku.findMany({
    where: after ? { code: { gt: after } } : {},
    orderBy: { code: "asc" },
    take: limit + 1,
    select: {
      code: true,
      name: true,
      priceMinor: true,
      currency: true,
      active: true,
      attributes: true,
      weightGrams: true,
      product: { select: { code: true, name: true, brand: true, category: { select: { name: true } } } },
    },
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => ({
      sku: r.code,
      name: r.name,
      priceMinor: r.priceMinor,
      currency: r.currency,
      active: r.active,
      product: { code: r.product.code, name: r.product.name, brand: r.product.brand, category: r.product.category.name },
      attributes: r.attributes && typeof r.attributes === "object" && !Array.isArray(r.attributes) ? (r.attributes as Record<string, unknown>) : {},
      weightGrams: r.weightGrams,
    })),
    nextCursor: rows.length > limit ? encodeProductCursor(page[page.length - 1].code) : null,
  };
}
