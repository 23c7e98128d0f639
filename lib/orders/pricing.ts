// Prices an order: line amounts from the catalogue, a promo code, and the shipping fee. Prices
// include VAT (French retail), so taxMinor is the VAT share of the total, for reporting only.
// Pure: the caller looks the promo code up and passes it in.

export const SHIPPING_FEE_MINOR = 499;
export const FREE_SHIPPING_FROM_MINOR = 5_000;
export const VAT_RATE = 0.2;

export interface PromoInput {
  code: string;
  percentOff: number | null;
  amountOffMinor: number | null;
  minSubtotalMinor: number;
  active: boolean;
  validFrom: Date | null;
  validUntil: Date | null;
  /** FREESHIP-style codes: no amount off, the shipping fee is waived. */
  description?: string;
}

export interface PriceLine {
  qty: number;
  unitPriceMinor: number;
  mode: "SHIP" | "PICKUP";
}

export interface PricedOrder {
  subtotalMinor: number;
  discountMinor: number;
  shippingMinor: number;
  taxMinor: number;
  totalMinor: number;
  /** The discount spread over the lines (largest remainder), so a line refund gives back its share. */
  lineDiscountMinor: number[];
  promoCode: string | null;
}

export type PromoProblem = "UNKNOWN" | "INACTIVE" | "NOT_YET_VALID" | "EXPIRED" | "MINIMUM_NOT_REACHED";

export function promoProblem(promo: PromoInput | null, subtotalMinor: number, now: Date): PromoProblem | null {
  if (!promo) return "UNKNOWN";
  if (!promo.active) return "INACTIVE";
  if (promo.validFrom && now < promo.validFrom) return "NOT_YET_VALID";
  if (promo.validUntil && now > promo.validUntil) return "EXPIRED";
  if (subtotalMinor < promo.minSubtotalMinor) return "MINIMUM_NOT_REACHED";
  return null;
}

/** Splits `amount` over `weights` in integers that add up exactly (largest remainder). */
export function spread(amount: number, weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || amount === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (amount * w) / total);
  const out = raw.map(Math.floor);
  let left = amount - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i]++;
    left--;
  }
  return out;
}

/** The VAT share of a price that includes VAT, for reporting. */
export function vatShareMinor(totalMinor: number): number {
  return Math.round(totalMinor - totalMinor / (1 + VAT_RATE));
}

/** FREESHIP-style codes take nothing off: they waive the shipping fee. */
export function isFreeShippingCode(promo: Pick<PromoInput, "percentOff" | "amountOffMinor"> | null): boolean {
  return !!promo && !promo.percentOff && !promo.amountOffMinor;
}

/** The shipping fee: none when nothing ships, with a free-shipping code, or from the free-shipping amount (after discount). */
export function shippingFeeMinor(order: { ships: boolean; freeShippingCode: boolean; merchandiseMinor: number }): number {
  return !order.ships || order.freeShippingCode || order.merchandiseMinor >= FREE_SHIPPING_FROM_MINOR ? 0 : SHIPPING_FEE_MINOR;
}

/** `promo` must already be valid for this order (see promoProblem). */
export function priceOrder(lines: PriceLine[], promo: PromoInput | null): PricedOrder {
  const amounts = lines.map((l) => l.qty * l.unitPriceMinor);
  const subtotalMinor = amounts.reduce((a, b) => a + b, 0);
  let discountMinor = 0;
  if (promo?.percentOff) discountMinor = Math.round((subtotalMinor * promo.percentOff) / 100);
  else if (promo?.amountOffMinor) discountMinor = Math.min(promo.amountOffMinor, subtotalMinor);
  const shippingMinor = shippingFeeMinor({ ships: lines.some((l) => l.mode === "SHIP"), freeShippingCode: isFreeShippingCode(promo), merchandiseMinor: subtotalMinor - discountMinor });
  const totalMinor = subtotalMinor - discountMinor + shippingMinor;
  return {
    subtotalMinor,
    discountMinor,
    shippingMinor,
    taxMinor: vatShareMinor(totalMinor),
    totalMinor,
    lineDiscountMinor: spread(discountMinor, amounts),
    promoCode: promo?.code ?? null,
  };
}
