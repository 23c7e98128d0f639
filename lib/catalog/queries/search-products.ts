// Product search for the agent taking an order on the phone: SKUs whose code or name matches what
// the customer says, with the units the network can promise now (the same ATP formula as the
// inventory screens), so the agent knows at once whether an item is worth offering.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { availableToPromise } from "@/lib/inventory";

export const SEARCH_PRODUCTS_MAX = 25;

export const searchProductsSchema = z.object({
  q: z.string({ error: "SEARCH_TEXT_REQUIRED" }).trim().min(1, "SEARCH_TEXT_REQUIRED").max(64),
  limit: z.coerce.number().int().min(1).max(SEARCH_PRODUCTS_MAX).default(10),
});
export type SearchProductsInput = z.input<typeof searchProductsSchema>;

export interface ProductMatch {
  sku: string;
  name: string;
  productName: string;
  priceMinor: number;
  currency: string;
  /** Units available to promise now across active nodes. */
  networkAtp: number;
}

export async function searchProducts(db: Db | Tx, rawInput: SearchProductsInput): Promise<{ items: ProductMatch[] }> {
  const { q, limit } = parseInput(searchProductsSchema, rawInput);
  const rows = await db.sku.findMany({
    where: {
      active: true,
      OR: [{ code: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }, { product: { name: { contains: q, mode: "insensitive" } } }],
    },
    // An exact code first (the agent read it off a receipt), then the catalogue order.
    orderBy: { code: "asc" },
    take: limit * 2,
    select: {
      id: true,
      code: true,
      name: true,
      priceMinor: true,
      currency: true,
      product: { select: { name: true } },
      positions: { where: { node: { active: true } }, select: { onHand: true, reserved: true, safetyStock: true } },
    },
  });
  const upper = q.toUpperCase();
  const ranked = [...rows].sort((a, b) => Number(b.code.toUpperCase() === upper) - Number(a.code.toUpperCase() === upper) || Number(b.code.toUpperCase().startsWith(upper)) - Number(a.code.toUpperCase().startsWith(upper)) || a.code.localeCompare(b.code));
  return {
    items: ranked.slice(0, limit).map((r) => ({
      sku: r.code,
      name: r.name,
      productName: r.product.name,
      priceMinor: r.priceMinor,
      currency: r.currency,
      networkAtp: r.positions.reduce((sum, p) => sum + availableToPromise(p), 0),
    })),
  };
}
