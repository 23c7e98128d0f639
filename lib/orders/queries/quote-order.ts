// A phone order's price and dates before it is placed, for the agent's form and its read-back: the
// capture's own steps on the capture's own context (read-context, validate-catalogue, price,
// source), so what the customer is told is what the order gets. Delivery options list what each
// mode could give one line; this quote plans the cart as it will be placed, lines together, which
// is what decides the sources and so the dates. Reads only; reserves nothing.
import { sqlFor, type Db } from "@/lib/db";
import { ValidationError, type FieldIssues } from "@/lib/errors";
import { geocodeShippingAddress } from "@/lib/geo";
import { checkPromo, priceCapture } from "../commands/capture/price";
import { readCaptureContext } from "../commands/capture/read-context";
import { sourceAndReserve } from "../commands/capture/source";
import { validateCatalogue } from "../commands/capture/validate-catalogue";
import type { CaptureOrderInput, QuoteOrderInput } from "../schemas";

export interface QuotedLine {
  sku: string;
  qty: number;
  unitPriceMinor: number;
  amountMinor: number;
  /** When the customer has the units (delivered, or ready at the counter); null until the line's delivery is chosen, or when no supply is known. */
  promisedDate: string | null;
}

export interface OrderQuote {
  currency: string;
  subtotalMinor: number;
  discountMinor: number;
  shippingMinor: number;
  totalMinor: number;
  /** The promo code applied, or null (see issues.promoCode for why one is not). */
  promoCode: string | null;
  /** What the capture would refuse that the quote can still price around: the promo code. */
  issues: FieldIssues;
  lines: QuotedLine[];
}

type Delivered = QuoteOrderInput["lines"][number] & { mode: "SHIP" | "PICKUP" };

export async function quoteOrder(db: Db, input: QuoteOrderInput, options: { now?: Date } = {}): Promise<OrderQuote> {
  const now = options.now ?? new Date();
  const pool = sqlFor(db);
  // The context reads the customer too; a quote has none, so it asks for nobody.
  const ctx = await readCaptureContext(pool, pool, { ...input, customer: { name: "", email: "" } } as unknown as CaptureOrderInput, now, false);
  // A line whose delivery is not chosen yet is priced, adds no shipping fee and has no date.
  const priceable = input.lines.map((l) => ({ ...l, mode: l.mode ?? ("PICKUP" as const) }));
  const catalogue = validateCatalogue({ lines: priceable }, ctx);
  const issues: FieldIssues = { ...catalogue.issues };
  const geocoded = geocodeShippingAddress(input.shippingAddress);
  Object.assign(issues, geocoded.issues);
  const destination: { lat: number; lng: number } | null = geocoded.point;
  if (Object.keys(issues).length) throw new ValidationError(issues);

  const promoIssues = checkPromo({ lines: priceable, promoCode: input.promoCode }, ctx, catalogue.skuByCode, now);
  const priced = priceCapture({ lines: priceable, promoCode: Object.keys(promoIssues).length ? undefined : input.promoCode }, ctx, catalogue.skuByCode);

  // Dates: the lines whose delivery is complete, sourced together as the capture sources them.
  const ready = input.lines.map((l, i) => ({ l, i })).filter((x): x is { l: Delivered; i: number } => (x.l.mode === "SHIP" ? !!destination : x.l.mode === "PICKUP" && !!x.l.pickupStore));
  const dates = new Map<number, Date>();
  if (ready.length) {
    const sourced = sourceAndReserve({ lines: ready.map((x) => x.l) }, ctx, { orderId: "quote", skuByCode: catalogue.skuByCode, destination, openHolds: 0, now });
    sourced.lines.forEach((line, k) => {
      const date = sourced.linePromise.get(line.id);
      if (date) dates.set(ready[k].i, date);
    });
  }

  return {
    currency: catalogue.currency,
    subtotalMinor: priced.subtotalMinor,
    discountMinor: priced.discountMinor,
    shippingMinor: priced.shippingMinor,
    totalMinor: priced.totalMinor,
    promoCode: priced.promoCode,
    issues: input.promoCode && Object.keys(promoIssues).length ? promoIssues : {},
    lines: input.lines.map((l, i) => {
      const unitPriceMinor = catalogue.skuByCode.get(l.sku)!.priceMinor;
      return { sku: l.sku, qty: l.qty, unitPriceMinor, amountMinor: unitPriceMinor * l.qty, promisedDate: dates.get(i)?.toISOString() ?? null };
    }),
  };
}

