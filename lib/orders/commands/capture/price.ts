// Capture step "price": the lines at catalogue prices, the promo code (a code the order cannot use
// is a field issue) and the shipping fee, by the one pricing rule (lib/orders/pricing.ts).
import { fieldIssue, type ErrorCode, type FieldIssues } from "@/lib/errors";
import { priceOrder, promoProblem, type PricedOrder, type PromoProblem } from "../../pricing";
import type { CaptureOrderInput } from "../../schemas";
import type { CaptureContext, SkuRow } from "./read-context";

const PROMO_CODES: Record<PromoProblem, ErrorCode> = {
  UNKNOWN: "PROMO_UNKNOWN",
  INACTIVE: "PROMO_INACTIVE",
  NOT_YET_VALID: "PROMO_NOT_YET_VALID",
  EXPIRED: "PROMO_EXPIRED",
  MINIMUM_NOT_REACHED: "PROMO_MINIMUM_NOT_REACHED",
};

/** Why the order cannot use its promo code, on the promoCode field; nothing when it can (or has none). */
export function checkPromo(input: Pick<CaptureOrderInput, "lines" | "promoCode">, ctx: Pick<CaptureContext, "promo">, skuByCode: Map<string, SkuRow>, now: Date): FieldIssues {
  if (!input.promoCode) return {};
  const subtotal = input.lines.reduce((a, l) => a + l.qty * (skuByCode.get(l.sku)?.priceMinor ?? 0), 0);
  const problem = promoProblem(ctx.promo, subtotal, now);
  return problem ? { promoCode: fieldIssue(PROMO_CODES[problem]) } : {};
}

/** The order's amounts; its SKUs are known and its promo code valid (validateCatalogue, checkPromo). */
export function priceCapture(input: Pick<CaptureOrderInput, "lines" | "promoCode">, ctx: Pick<CaptureContext, "promo">, skuByCode: Map<string, SkuRow>): PricedOrder {
  return priceOrder(
    input.lines.map((l) => ({ qty: l.qty, unitPriceMinor: skuByCode.get(l.sku)!.priceMinor, mode: l.mode })),
    input.promoCode ? ctx.promo : null,
  );
}
